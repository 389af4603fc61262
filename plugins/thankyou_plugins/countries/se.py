"""Sweden: whether a note is welcome depends on the employer (one consultant; weak)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

KARRIARKONSULTEN = "karriarkonsulten.se (one career consultant)"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Sweden whether a thank-you note is welcome depends on the employer."

NORM = CountryNorm(
    code="SE",
    zone="Europe/Stockholm",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Sweden it depends on the employer whether a thank-you note is welcome; "
                "it is not a fixed custom (one career consultant; weak source).",
                KARRIARKONSULTEN,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail.", GENERIC_EMAIL, ORDINARY),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "'Hej Anna,' with the first name, and 'Med vänlig hälsning' written out, never "
        "'MVH' (one career consultant; weak source).",
        KARRIARKONSULTEN,
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
