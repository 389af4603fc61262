# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""Swedish phrasebook (``sv``).

Swedish business writing uses "du" and greets with "Hej" and the name; titles
are not used in the salutation, so every form of address is the same. The
sign-off is written out ("Med vänlig hälsning", never "MVH") and takes no
comma. A highlight follows "om", which never changes its form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from thankyou import Check, CheckContext, Finding, Phrasebook, Severity
from thankyou.hookspecs import hookimpl

SOURCE = (
    "karriarkonsulten.se ('Hej [förnamn]', 'Med vänlig hälsning', never 'MVH'; in Sweden "
    "a thank-you note is optional); Språkrådet, Svenska skrivregler (no comma after the "
    "closing)"
)

PHRASEBOOK = Phrasebook(
    locale="sv",
    subjects=(
        "Tack för intervjun den {date}",
        "Tack för samtalet om tjänsten som {position}",
        "Intervju för tjänsten som {position} – tack",
    ),
    salutations={"name": "Hej {name},", "team": "Hej,"},
    openers=(
        "Tack för ett trevligt och givande samtal den {date} om tjänsten som {position} "
        "på {company}.",
        "Jag vill tacka för att du tog dig tid att träffa mig den {date} och berätta mer "
        "om tjänsten som {position}.",
        "Tack igen för intervjun den {date} för tjänsten som {position} på {company}.",
    ),
    highlights=(
        "Särskilt intressant tyckte jag att det var att höra om {highlight}.",
        "Vårt samtal om {highlight} gav mig en tydligare bild av arbetet.",
        "Det du berättade om {highlight} har jag tänkt mycket på sedan dess.",
    ),
    interest=(
        "Intervjun har gjort mig ännu mer intresserad av tjänsten.",
        "Jag är övertygad om att jag skulle kunna tillföra mycket i ert team.",
        "Det vore roligt att få vara med och bidra till det ni gör på {company}.",
    ),
    short_openers=(
        "Tack för ett trevligt samtal den {date}.",
        "Tack för intervjun om tjänsten som {position}.",
        "Tack igen för intervjun den {date}.",
    ),
    short_highlights=(
        "Särskilt intressant var det du berättade om {highlight}.",
        "Vårt samtal om {highlight} var väldigt givande.",
    ),
    short_interest=(
        "Tjänsten känns väldigt lockande.",
        "Jag skulle gärna bli en del av ert team.",
    ),
    fits=(
        "Uppgifterna du beskrev stämmer väl överens med det jag har arbetat med tidigare.",
        "Rollen skulle också ge mig goda möjligheter att utvecklas.",
        "Projekten jag har drivit de senaste åren har gett mig en stabil grund för den här "
        "tjänsten.",
        "Ert sätt att arbeta tilltalar mig mycket.",
    ),
    short_closers=(
        "Hör gärna av dig.",
        "Jag ser fram emot att höra från dig.",
    ),
    follow_ups=(
        "Behöver du mer information från mig skickar jag den gärna.",
        "Om det är till hjälp kan jag också skicka exempel på tidigare arbeten.",
        "Jag kan också lämna referenser om det behövs.",
    ),
    closers=(
        "Hör gärna av dig om du har några frågor.",
        "Jag ser fram emot att höra från dig.",
        "Jag hoppas att vi hörs snart igen.",
    ),
    sign_offs=("Med vänlig hälsning", "Vänliga hälsningar"),
    source=SOURCE,
)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return (PHRASEBOOK,)


# --- proofreading ------------------------------------------------------------------------

_MVH = re.compile(r"(?<!\w)mvh(?!\w)", re.IGNORECASE)


def mvh(ctx: CheckContext) -> Iterator[Finding]:
    """ "MVH" reads as careless in a note after an interview: write the closing out."""
    for match in _MVH.finditer(ctx.text):
        yield Finding(
            "sv-mvh",
            Severity.WARNING,
            "write the closing out instead of the abbreviation (karriarkonsulten.se)",
            match.start(),
            match.end(),
            "Med vänlig hälsning",
        )


CHECKS = (Check("sv-mvh", mvh, languages=("sv",)),)


@hookimpl
def thankyou_checks() -> Iterable[Check]:
    return CHECKS
