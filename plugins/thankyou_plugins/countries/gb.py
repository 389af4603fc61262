"""United Kingdom: a note is welcome but less customary than in the US (weak sources)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

UK_BLOGS = "cvcircuit.com; atlasjob.tech (UK career blogs)"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In the United Kingdom a thank-you note is optional, and many candidates send none."

NORM = CountryNorm(
    code="GB",
    zone="Europe/London",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In the United Kingdom a thank-you note is welcome but less customary than in "
                "the US; many candidates send none (career blogs; weak source).",
                UK_BLOGS,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "If you send one, 24 to 48 hours after the interview is usual, and one e-mail to a "
        "whole panel is acceptable (career blogs; weak source).",
        UK_BLOGS,
        WEAK,
    ),
    channel=Fact(
        "E-mail, so that it arrives before the decision.",
        GENERIC_EMAIL,
        ORDINARY,
    ),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "'Dear Ms Lee' (no full stop after Ms), 'Kind regards'; three or four sentences, "
        "and no gushing (career blogs; weak source).",
        UK_BLOGS,
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
