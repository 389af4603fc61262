# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""German phrasebooks: Germany (``de``), Austria (``de_AT``) and Switzerland (``de_CH``).

Formal "Sie" throughout. The salutation names the doctorate ("Sehr geehrte
Frau Dr. Weber,") and writes "Professor" out; in Germany and Austria the text
goes on in lower case after the comma (DIN 5008). Switzerland writes "ss" for
"ß" and, following SN 010130, sets no comma after the salutation and begins
the text with a capital letter. Sentences about a highlight put it after a
colon, so a German noun phrase in any case or gender reads correctly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from thankyou import Check, CheckContext, Finding, Phrasebook, Severity
from thankyou.hookspecs import hookimpl

from ._variant import variant

SOURCE_DE = (
    "DIN 5008 letter conventions as summarised by arbeits-abc.de and businessinsider.de "
    "(2022): 'Sehr geehrte Frau Dr. …,' with the doctorate, 'Professor' written out, "
    "lower case after the comma, 'Mit freundlichen Grüßen' without a comma; experto.de; "
    "bewerbung.net"
)
SOURCE_AT = (
    SOURCE_DE + "; Austria: titles are part of the name in the salutation, ÖNORM A 1080 "
    "withdrawn in 2018 and DIN 5008 followed instead (conviva-plus.ch, 'Geschäftsbrief "
    "Vorlage Schweiz/DE/AT')"
)
SOURCE_CH = (
    "Swiss letter norm SN 010130 as summarised by conviva-plus.ch ('Geschäftsbrief Vorlage "
    "Schweiz/DE/AT'): no 'ß' (always 'ss'), no comma after the salutation and a capital "
    "letter after it, 'Freundliche Grüsse'; forms of address as in arbeits-abc.de"
)

BASE = Phrasebook(
    locale="de",
    subjects=(
        "Vielen Dank für das Gespräch am {date}",
        "Vorstellungsgespräch als {position} – herzlichen Dank",
        "Dank für das Vorstellungsgespräch bei {company}",
        "Unser Gespräch zur Position {position}",
    ),
    salutations={
        "ms": "Sehr geehrte Frau {family_name},",
        "mr": "Sehr geehrter Herr {family_name},",
        "ms+dr": "Sehr geehrte Frau Dr. {family_name},",
        "mr+dr": "Sehr geehrter Herr Dr. {family_name},",
        "ms+prof": "Sehr geehrte Frau Professorin {family_name},",
        "mr+prof": "Sehr geehrter Herr Professor {family_name},",
        # No established gender-neutral "Frau/Herr": greet with the full name,
        # keeping the title (abbreviated only where no "Frau/Herr" precedes it).
        "dr": "Guten Tag Dr. {name},",
        "prof": "Guten Tag Prof. {name},",
        "name": "Guten Tag {name},",
        "team": "Sehr geehrte Damen und Herren,",
    },
    openers=(
        "vielen Dank für das angenehme Gespräch am {date} und die Zeit, die Sie sich "
        "genommen haben, um mir die Stelle als {position} bei {company} vorzustellen.",
        "für das freundliche und offene Vorstellungsgespräch am {date} zur Position "
        "{position} bei {company} danke ich Ihnen herzlich.",
        "herzlichen Dank, dass Sie sich am {date} Zeit für unser Gespräch über die Stelle "
        "als {position} bei {company} genommen haben.",
        "nochmals vielen Dank für das Gespräch am {date} über die Position {position} "
        "bei {company}.",
    ),
    highlights=(
        "Besonders in Erinnerung geblieben ist mir ein Thema unseres Gesprächs: {highlight}.",
        "Ein Punkt beschäftigt mich seit unserem Gespräch ganz besonders: {highlight}.",
        "Sehr aufschlussreich fand ich, was Sie mir zu diesem Thema erzählt haben: {highlight}.",
        "Viel mitgenommen habe ich aus unserem Austausch zu folgendem Thema: {highlight}.",
    ),
    interest=(
        "Das Gespräch hat mein Interesse an der Stelle noch verstärkt.",
        "Ich bin überzeugt, dass ich bei {company} einen echten Beitrag leisten kann.",
        "Die Aufgaben als {position} reizen mich sehr, und ich würde mich freuen, sie "
        "gemeinsam mit Ihnen anzugehen.",
        "Nach unserem Gespräch bin ich mehr denn je davon überzeugt, dass die Stelle gut "
        "zu mir passt.",
    ),
    short_openers=(
        "vielen Dank für das angenehme Gespräch am {date}.",
        "herzlichen Dank für das Gespräch zur Stelle als {position}.",
        "nochmals herzlichen Dank für unser Gespräch am {date}.",
    ),
    short_interest=(
        "Die Stelle reizt mich sehr.",
        "Mein Interesse an der Stelle ist noch gewachsen.",
        "Ich würde sehr gern in Ihrem Team mitarbeiten.",
    ),
    fits=(
        "Meine bisherige Berufserfahrung hat mich gut auf die Aufgaben vorbereitet, die Sie "
        "mir beschrieben haben.",
        "Gern würde ich mein Wissen in Ihr Team einbringen und dabei weiter dazulernen.",
        "Aus früheren Projekten bringe ich vieles mit, was in dieser Rolle wichtig ist.",
        "Die Arbeitsweise, die Sie geschildert haben, entspricht sehr der meinen.",
    ),
    follow_ups=(
        "Falls Sie weitere Unterlagen von mir benötigen, sende ich Ihnen diese gern zu.",
        "Sollten sich noch Fragen zu meinem Werdegang ergeben, beantworte ich sie gern.",
        "Auf Wunsch nenne ich Ihnen gern Referenzen.",
    ),
    closers=(
        "Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.",
        "Ich freue mich darauf, von Ihnen zu hören.",
        "Über eine Rückmeldung von Ihnen freue ich mich sehr.",
        "Für ein weiteres Gespräch stehe ich Ihnen gern zur Verfügung.",
    ),
    short_closers=(
        "Ich freue mich, von Ihnen zu hören.",
        "Auf Ihre Rückmeldung freue ich mich.",
    ),
    # German sign-offs take no comma. In application correspondence the standard
    # closing is the only one that never reads as too casual, so it is the only one.
    sign_offs=("Mit freundlichen Grüßen",),
    source=SOURCE_DE,
)

AUSTRIA = variant(
    BASE,
    "de_AT",
    source=SOURCE_AT,
    sign_offs=("Mit freundlichen Grüßen", "Mit besten Grüßen"),
)


def _swiss(text: str) -> str:
    return text.replace("ß", "ss")


def _no_comma(salutation: str) -> str:
    return _swiss(salutation.removesuffix(","))


def _capitalised(sentence: str) -> str:
    return _swiss(sentence[:1].upper() + sentence[1:])


SWITZERLAND = variant(
    BASE,
    "de_CH",
    source=SOURCE_CH,
    rewrite=_swiss,
    salutations={key: _no_comma(template) for key, template in BASE.salutations},
    openers=tuple(_capitalised(opener) for opener in BASE.openers),
    short_openers=tuple(_capitalised(opener) for opener in BASE.short_openers),
    sign_offs=("Freundliche Grüsse", "Mit freundlichen Grüssen"),
)

PHRASEBOOKS = (BASE, AUSTRIA, SWITZERLAND)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return PHRASEBOOKS


# --- proofreading: forms of address in German ----------------------------------------------

_SALUTATION = re.compile(r"^(?:Sehr geehrte[r]?|Liebe[r]?|Guten Tag|Hallo)\b[^\n]*$", re.MULTILINE)
_PROF_ABBREVIATED = re.compile(r"\b(Frau|Herr) Prof\.(?: ?Dr\.)?")
#: Words that begin a sentence but are no nouns: lower case after "…,".
_SENTENCE_STARTERS = frozenset(
    [
        "vielen",
        "herzlichen",
        "ich",
        "für",
        "nochmals",
        "gerne",
        "gern",
        "danke",
        "mit",
        "wie",
        "hiermit",
        "zunächst",
        "bei",
        "nach",
        "am",
        "es",
        "da",
        "als",
        "über",
        "auf",
        "in",
        "heute",
        "gestern",
        "besten",
        "recht",
        "ganz",
        "zuerst",
    ]
)
_SWISS = "CH"


def _salutation(ctx: CheckContext) -> re.Match[str] | None:
    return _SALUTATION.search(ctx.text)


def title_missing(ctx: CheckContext) -> Iterator[Finding]:
    """A doctorate or professorship the reader holds belongs in the salutation."""
    person = ctx.recipient
    line = _salutation(ctx)
    if person is None or person.academic_title is None or line is None:
        return
    text = line.group()
    if "Prof" in text or (person.academic_title == "dr" and "Dr." in text):
        return
    surname = person.surname
    if person.academic_title == "dr":
        title, example = "Dr.", "Sehr geehrte Frau Dr. Weber,"
    else:
        title = "Professorin" if "Frau" in text else "Professor"
        example = "Sehr geehrter Herr Professor Schmidt,"
    suggestion = text.replace(surname, f"{title} {surname}", 1) if surname in text else None
    yield Finding(
        "de-title-missing",
        Severity.WARNING,
        f"{person.name} holds the title {title}: name it in the salutation, "
        f"as in '{example}' (arbeits-abc.de)",
        line.start(),
        line.end(),
        suggestion,
    )


def prof_abbreviated(ctx: CheckContext) -> Iterator[Finding]:
    """ "Herr Prof. Dr. Schmidt" is for the address field; the salutation writes "Professor"."""
    line = _salutation(ctx)
    if line is None:
        return
    for match in _PROF_ABBREVIATED.finditer(line.group()):
        written = "Frau Professorin" if match.group(1) == "Frau" else "Herr Professor"
        yield Finding(
            "de-prof-abbreviated",
            Severity.WARNING,
            "in the salutation 'Professor' is written out and the doctorate left out "
            "(businessinsider.de 2022)",
            line.start() + match.start(),
            line.start() + match.end(),
            written,
        )


def capital_after_salutation(ctx: CheckContext) -> Iterator[Finding]:
    """After "Sehr geehrte Frau Weber," the text goes on in lower case (DIN 5008)."""
    line = _salutation(ctx)
    if line is None or not line.group().rstrip().endswith(","):
        return
    first = re.compile(r"\S+").search(ctx.text, line.end())
    if first is None:
        return
    word = first.group().rstrip(",.;:!?")
    if word[:1].isupper() and word.lower() in _SENTENCE_STARTERS:
        yield Finding(
            "de-capital-after-salutation",
            Severity.WARNING,
            "after a salutation ending in a comma, the text goes on in lower case",
            first.start(),
            first.start() + len(word),
            word.lower(),
        )


def _swiss_reader(ctx: CheckContext) -> bool:
    person = ctx.recipient
    if ctx.locale.territory == _SWISS:
        return True
    if person is not None and person.locale is not None:
        return person.locale.territory == _SWISS
    return ctx.interview.country == _SWISS


def swiss_eszett(ctx: CheckContext) -> Iterator[Finding]:
    """Swiss Standard German has no "ß": a Swiss reader sees "Grüsse"."""
    if not _swiss_reader(ctx):
        return
    for match in re.finditer("ß", ctx.text):
        yield Finding(
            "de-ch-eszett",
            Severity.WARNING,
            "Swiss German writes 'ss' for 'ß' (conviva-plus.ch, SN 010130)",
            match.start(),
            match.end(),
            "ss",
        )


CHECKS = (
    Check("de-title-missing", title_missing, languages=("de",)),
    Check("de-prof-abbreviated", prof_abbreviated, languages=("de",)),
    Check("de-capital-after-salutation", capital_after_salutation, languages=("de",)),
    Check("de-ch-eszett", swiss_eszett, languages=("de",)),
)


@hookimpl
def thankyou_checks() -> Iterable[Check]:
    return CHECKS
