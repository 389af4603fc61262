# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""Dutch phrasebook (``nl``).

"U" throughout and "Geachte mevrouw …," / "Geachte heer …,"; Dutch letters
name academic titles in the address, not in the salutation, except for a
professor ("Geachte professor …,", which needs no gender). The text after
the salutation begins with a capital letter, and by Dutch style advice not
with "Ik". A highlight follows "over", which never changes its form.
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Phrasebook
from thankyou.hookspecs import hookimpl

SOURCE = (
    "careerwise.nl ('Geachte heer/mevrouw …' or 'Beste …', 'Met vriendelijke groet', "
    "send it the same day); viva.nl (during office hours); Taaladvies.net (Nederlandse "
    "Taalunie) on the salutation and closing of letters"
)

PHRASEBOOK = Phrasebook(
    locale="nl",
    subjects=(
        "Bedankt voor het gesprek van {date}",
        "Sollicitatiegesprek {position} – hartelijk dank",
        "Dank voor het gesprek over de functie van {position}",
    ),
    salutations={
        "ms": "Geachte mevrouw {family_name},",
        "mr": "Geachte heer {family_name},",
        "prof": "Geachte professor {family_name},",
        # Gender unknown: the full name, as the Taalunie advises.
        "name": "Geachte {name},",
        "team": "Geachte heer, mevrouw,",
    },
    openers=(
        "Hartelijk dank voor het prettige gesprek van {date} over de functie van "
        "{position} bij {company}.",
        "Graag bedank ik u voor de tijd die u op {date} voor ons gesprek over de functie "
        "van {position} bij {company} hebt vrijgemaakt.",
        "Nogmaals bedankt voor het gesprek op {date} over de functie van {position}.",
    ),
    highlights=(
        "Vooral wat we bespraken over {highlight}, is me bijgebleven.",
        "Wat u vertelde over {highlight}, gaf me een goed beeld van het werk.",
        "Uw uitleg over {highlight} vond ik bijzonder interessant.",
    ),
    interest=(
        "Het gesprek heeft mijn interesse in de functie nog versterkt.",
        "Ik ben ervan overtuigd dat ik een waardevolle bijdrage kan leveren aan uw team.",
        "De functie van {position} sluit naadloos aan bij mijn ambities.",
    ),
    short_openers=(
        "Hartelijk dank voor het gesprek van {date}.",
        "Dank voor het prettige gesprek over de functie van {position}.",
        "Nogmaals dank voor ons gesprek van {date}.",
    ),
    short_highlights=(
        "Vooral het gesprek over {highlight} is me bijgebleven.",
        "Wat u vertelde over {highlight}, vond ik erg interessant.",
    ),
    short_interest=(
        "De functie spreekt me erg aan.",
        "Ik zou graag deel uitmaken van uw team.",
    ),
    fits=(
        "De taken die u beschreef, passen goed bij wat ik in eerdere functies heb gedaan.",
        "Ik zou mijn kennis graag inzetten voor {company} en daarbij blijven leren.",
        "Mijn projecten van de afgelopen jaren hebben me goed voorbereid op deze rol.",
        "De manier van werken die u schetste, spreekt me zeer aan.",
    ),
    short_closers=(
        "Ik hoor graag van u.",
        "Ik zie uw reactie graag tegemoet.",
    ),
    follow_ups=(
        "Als u nog aanvullende informatie nodig hebt, stuur ik die u met plezier toe.",
        "Mocht u vragen hebben over mijn achtergrond, dan kunt u altijd contact met mij opnemen.",
        "Desgewenst stuur ik u ook referenties.",
    ),
    closers=(
        "Ik hoor graag van u.",
        "Hopelijk spreken we elkaar binnenkort weer.",
        "Ik zie uw reactie met belangstelling tegemoet.",
    ),
    sign_offs=("Met vriendelijke groet,", "Met hartelijke groet,"),
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)
