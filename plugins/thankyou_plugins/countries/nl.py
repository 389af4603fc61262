"""Netherlands: a brief same-day e-mail is possible but not expected (weak source)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

CAREERWISE = (
    "careerwise.nl, 'Doe dit na je sollicitatiegesprek en maak meer kans' (one career site)"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In the Netherlands a brief thank-you e-mail is possible but not expected."

NORM = CountryNorm(
    code="NL",
    zone="Europe/Amsterdam",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In the Netherlands a brief thank-you e-mail is something you can send, not "
                "something expected; don't repeat the interview in it (one career site; weak "
                "source).",
                CAREERWISE,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "Preferably the same day, during office hours, never at 2 a.m. (weak sources).",
        f"{CAREERWISE}; viva.nl, 2018-04",
        WEAK,
    ),
    channel=Fact("E-mail.", f"{CAREERWISE}; {GENERIC_EMAIL}", ORDINARY),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "'Geachte mevrouw De Vries,' or, once you were on first-name terms, 'Beste Anna,'; "
        "'Met vriendelijke groet' (one career site; weak source).",
        CAREERWISE,
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
