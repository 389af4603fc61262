"""Denmark: following up is not a general requirement, though it can help."""

from __future__ import annotations

from thankyou import Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, CountryNorm, Custom, Fact, expectations_hook

GRADUATELAND = "Graduateland, 'Sådan følges op efter jobsamtale', graduateland.com/da"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Denmark following up after an interview is not a general requirement."

NORM = CountryNorm(
    code="DK",
    zone="Europe/Copenhagen",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Denmark following up after an interview is not a general requirement "
                "that employers expect, though a short e-mail can help you stand out.",
                GRADUATELAND,
                ORDINARY,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact(
        "E-mail (a call or a letter also works).",
        f"{GRADUATELAND}; {GENERIC_EMAIL}",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
