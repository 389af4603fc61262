"""Norway: a short thank-you e-mail the day after is advised (one guide; weak)."""

from __future__ import annotations

from thankyou import Verdict

from ._norms import ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

NORWAY_ABROAD = (
    "norwayabroad.net, 'Don't Forget To Follow Up After Job Interview In Norway', 2021-04-30 "
    "(a guide for newcomers)"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Norway a short thank-you e-mail the day after the interview is advised."

NORM = CountryNorm(
    code="NO",
    zone="Europe/Oslo",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "In Norway a short thank-you e-mail to each member of the panel is a good "
                "idea (one guide for newcomers; weak source).",
                NORWAY_ABROAD,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "The day after the interview (one guide; weak source).",
        NORWAY_ABROAD,
        WEAK,
    ),
    channel=Fact(
        "E-mail to the interviewer, not a comment on the company's Facebook page.",
        "studenttorget.no, citing Jenny Foss, thedailymuse.com",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
