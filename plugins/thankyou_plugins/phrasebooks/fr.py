# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""French phrasebooks: France (``fr``), Belgium (``fr_BE``) and Canada (``fr_CA``).

"Vous" throughout, "Madame," / "Monsieur," and never "Mademoiselle";
"Madame, Monsieur," when the reader is unknown. The closing formula of a
French letter repeats the salutation ("Je vous prie d'agréer, Madame, …"),
but the composer chooses the sign-off independently of the salutation, so
every sign-off here uses the equally correct form without the inserted
address: it can never contradict "Madame," or "Monsieur,". Nothing agrees
with the candidate's gender ("ravi(e)", "intéressé(e)" are avoided), since
it is unknown. Québec says "entrevue" (feminine) where France says
"entretien"; a colon takes a no-break space before it in all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from thankyou import Check, CheckContext, Finding, Phrasebook, Severity
from thankyou.hookspecs import hookimpl

from ._variant import variant

NBSP = "\u00a0"

SOURCE_FR = (
    "keljob.com and cvenligne.com (thank-you e-mail after an interview; 'Madame,' / "
    "'Madame, Monsieur,', 'Je vous prie d'agréer … mes salutations distinguées', "
    "'Cordialement' contested); powermycv.fr; no 'Mademoiselle' in official use since "
    "the circular of the Prime Minister of 21 February 2012"
)
SOURCE_BE = SOURCE_FR + "; Belgium: the same forms, 'Bien à vous' as a courteous closing"
SOURCE_CA = (
    "Office québécois de la langue française, Banque de dépannage linguistique "
    "(salutation, formule de salutation 'Veuillez agréer … mes salutations distinguées', "
    "'entrevue'); La Presse on thank-you notes in Québec; keljob.com"
)

SALUTATIONS = {
    "ms": "Madame,",
    "mr": "Monsieur,",
    "ms+prof": "Madame la Professeure,",
    "mr+prof": "Monsieur le Professeur,",
    # No gender given: no "Madame"/"Monsieur" guessed, the name instead.
    "name": "Bonjour {name},",
    "team": "Madame, Monsieur,",
}

SIGN_OFFS = (
    "Je vous prie d'agréer l'expression de mes salutations distinguées.",
    "Veuillez agréer l'expression de mes salutations distinguées.",
    "Je vous prie de recevoir mes salutations distinguées.",
)

BASE = Phrasebook(
    locale="fr",
    subjects=(
        f"Remerciements{NBSP}: entretien du {{date}}",
        "Merci pour notre entretien – poste {position}",
        "Entretien pour le poste {position} chez {company} – remerciements",
    ),
    salutations=SALUTATIONS,
    openers=(
        "Je tiens à vous remercier pour l'entretien que vous m'avez accordé le {date} "
        "pour le poste {position} chez {company}.",
        "Je vous remercie vivement du temps que vous m'avez consacré le {date} lors de "
        "notre entretien pour le poste {position} chez {company}.",
        "Merci encore pour notre échange du {date} au sujet du poste {position} chez {company}.",
    ),
    highlights=(
        "J'ai particulièrement apprécié notre discussion sur {highlight}.",
        "Nos échanges sur {highlight} ont retenu toute mon attention.",
        "Ce que vous m'avez présenté sur {highlight} m'a permis de mieux cerner les "
        "enjeux du poste.",
        "Notre conversation sur {highlight} m'a donné un aperçu concret de votre façon "
        "de travailler.",
    ),
    interest=(
        "Cet entretien a renforcé mon intérêt pour le poste et mon envie de rejoindre "
        "votre équipe.",
        "La perspective de travailler chez {company} me motive plus que jamais.",
        "Le poste {position} correspond pleinement à mes compétences et à mes aspirations.",
        "Mon parcours me semble répondre à vos attentes, et ce serait pour moi un "
        "plaisir de relever les défis de ce poste.",
    ),
    short_openers=(
        "Merci pour notre entretien du {date}.",
        "Merci pour le temps que vous m'avez consacré le {date}.",
        "Je vous remercie pour notre échange du {date}.",
    ),
    short_highlights=(
        "Notre échange sur {highlight} m'a beaucoup plu.",
        "J'ai beaucoup apprécié nos échanges sur {highlight}.",
    ),
    short_interest=(
        "Ce poste m'intéresse vivement.",
        "Rejoindre votre équipe me motive beaucoup.",
    ),
    fits=(
        "Mon expérience me permettrait d'apporter rapidement une contribution concrète aux "
        "sujets dont vous m'avez parlé.",
        "J'ai à cœur de mettre mes compétences au service de votre équipe.",
        "Les missions que vous m'avez décrites rejoignent directement mon expérience.",
        "La culture d'équipe que vous m'avez présentée correspond à ce que je recherche.",
    ),
    follow_ups=(
        "N'hésitez pas à me contacter si vous souhaitez des précisions sur mon parcours.",
        "Je peux volontiers vous transmettre tout document complémentaire utile.",
        "Je peux également vous communiquer des références si vous le souhaitez.",
    ),
    closers=(
        "Je reste à votre disposition pour tout complément d'information.",
        "J'espère avoir l'occasion de poursuivre cet échange prochainement.",
        "Dans l'attente de votre retour, je vous remercie de l'attention portée à ma candidature.",
    ),
    short_closers=(
        "Au plaisir d'échanger à nouveau avec vous.",
        "Dans l'attente de votre retour.",
    ),
    sign_offs=SIGN_OFFS,
    source=SOURCE_FR,
)

BELGIUM = variant(
    BASE,
    "fr_BE",
    source=SOURCE_BE,
    sign_offs=(*SIGN_OFFS[:2], "Bien à vous,"),
)

CANADA = variant(
    BASE,
    "fr_CA",
    source=SOURCE_CA,
    subjects=(
        f"Remerciements{NBSP}: entrevue du {{date}}",
        "Merci pour notre entrevue – poste {position}",
        "Entrevue pour le poste {position} chez {company} – remerciements",
    ),
    openers=(
        "Je tiens à vous remercier pour l'entrevue que vous m'avez accordée le {date} "
        "pour le poste {position} chez {company}.",
        "Je vous remercie vivement du temps que vous m'avez consacré le {date} lors de "
        "notre entrevue pour le poste {position} chez {company}.",
        "Merci encore pour notre échange du {date} au sujet du poste {position} chez {company}.",
    ),
    short_openers=(
        "Merci pour notre entrevue du {date}.",
        "Merci pour le temps que vous m'avez consacré le {date}.",
        "Je vous remercie pour notre échange du {date}.",
    ),
    interest=(
        "Cette entrevue a renforcé mon intérêt pour le poste et mon envie de me joindre "
        "à votre équipe.",
        *BASE.interest[1:],
    ),
    sign_offs=(
        "Veuillez agréer mes salutations distinguées.",
        "Je vous prie d'agréer l'expression de mes salutations distinguées.",
        "Je vous prie de recevoir mes salutations distinguées.",
    ),
)

PHRASEBOOKS = (BASE, BELGIUM, CANADA)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return PHRASEBOOKS


# --- proofreading ------------------------------------------------------------------------

_MADEMOISELLE = re.compile(r"\bMademoiselle\b", re.IGNORECASE)
_ADDRESS = r"Madame, Monsieur|Madame|Monsieur"
_FR_SALUTATION = re.compile(rf"^(?P<who>{_ADDRESS})(?: l[ea] [^\n,]+)?,[ \t]*$", re.MULTILINE)
_FORMULA = re.compile(rf"\b(?:agréer|recevoir|croire)\s*,\s*(?P<who>{_ADDRESS})\b")
#: A word that elides before a vowel ("de Acme" is "d'Acme"). Words starting
#: with "h" or "y" are left alone: whether they elide depends on the word.
_ELIDING = re.compile(
    r"\b(?P<word>[Dd]e|[Qq]ue|[Jj]e|[Mm]e|[Tt]e|[Ss]e|[Nn]e|[Ll]e|[Ll]a|[Jj]usque|"
    r"[Ll]orsque|[Pp]uisque) (?P<next>[aeiouàâäéèêëîïôöùûüAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ]\w*)"
)


def mademoiselle(ctx: CheckContext) -> Iterator[Finding]:
    """ "Mademoiselle" has no place in professional letters: every woman is "Madame"."""
    for match in _MADEMOISELLE.finditer(ctx.text):
        yield Finding(
            "fr-mademoiselle",
            Severity.WARNING,
            "write 'Madame': 'Mademoiselle' is out of use in professional letters "
            "(keljob.com; circulaire du Premier ministre, 21 février 2012)",
            match.start(),
            match.end(),
            "Madame",
        )


def closing_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """The closing formula repeats the salutation: "Madame," … "agréer, Madame, …"."""
    opening = _FR_SALUTATION.search(ctx.text)
    if opening is None:
        return
    who = opening.group("who")
    for match in _FORMULA.finditer(ctx.text, opening.end()):
        if match.group("who") != who:
            yield Finding(
                "fr-closing-mismatch",
                Severity.WARNING,
                f"the closing formula must repeat the salutation ('{who}')",
                match.start("who"),
                match.end("who"),
                who,
            )


def elision(ctx: CheckContext) -> Iterator[Finding]:
    """ "de Acme", "que il": French elides these words before a vowel."""
    for match in _ELIDING.finditer(ctx.text):
        word = match.group("word")
        elided = f"{word[:-1]}'{match.group('next')}"
        yield Finding(
            "fr-elision",
            Severity.WARNING,
            f"'{word}' elides before a vowel: '{elided}'",
            match.start(),
            match.end(),
            elided,
        )


CHECKS = (
    Check("fr-mademoiselle", mademoiselle, languages=("fr",)),
    Check("fr-closing-mismatch", closing_mismatch, languages=("fr",)),
    Check("fr-elision", elision, languages=("fr",)),
)


@hookimpl
def thankyou_checks() -> Iterable[Check]:
    return CHECKS
