"""Ireland: recruiters advise a short thank-you e-mail within one or two days."""

from __future__ import annotations

from datetime import timedelta

from thankyou import Register, Verdict

from ._norms import ORDINARY, CountryNorm, Custom, Fact, Timing, expectations_hook

CPL = (
    "Cpl (Irish recruitment firm), Dave Cullen, 'The Power of Thank You: How to Impress "
    "after a job interview', cpl.ie/blog"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Ireland recruiters advise a short thank-you e-mail."

NORM = CountryNorm(
    code="IE",
    zone="Europe/Dublin",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "Irish recruiters advise a short thank-you e-mail if you really want to "
                "impress a prospective employer; it is good manners rather than a requirement.",
                CPL,
                ORDINARY,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(hours=48),
    timing_fact=Fact(
        "Within 24 to 48 hours, while you are fresh in the interviewer's mind.",
        CPL,
        ORDINARY,
    ),
    channel=Fact("E-mail.", CPL, ORDINARY),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "Two or three short paragraphs: a wordy, essay-like note frustrates a busy reader.",
        CPL,
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
