"""Finland: no Finnish source found; the Nordic neighbours' 'optional' is carried over (weak)."""

from __future__ import annotations

from thankyou import Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Finland a thank-you note is optional, as elsewhere in the Nordics."

NORM = CountryNorm(
    code="FI",
    zone="Europe/Helsinki",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "No Finnish source was found; as in Sweden and Denmark, a thank-you note is "
                "treated as optional (carried over from the neighbours; weak source).",
                "karriarkonsulten.se; Graduateland, graduateland.com/da (Swedish and Danish "
                "sources carried over)",
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail.", GENERIC_EMAIL, ORDINARY),
)

thankyou_expectations = expectations_hook(NORM)
