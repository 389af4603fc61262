"""Canada: a note is customary and influences most employers; e-mail first."""

from __future__ import annotations

from datetime import timedelta

from thankyou import Register, Verdict

from ._norms import ORDINARY, STRONG, WEAK, CountryNorm, Custom, Fact, Timing, expectations_hook

ACCOUNTEMPS_CA = (
    "Accountemps survey of 100 Canadian executives (2007), newswire.ca, 'Thanks but no thanks'"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Canada a thank-you note is customary and influences most employers."

NORM = CountryNorm(
    code="CA",
    zone="America/Toronto",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "In Canada a thank-you note counts: 76% of executives polled by Accountemps "
                "said it influences their decision, yet only about one candidate in five "
                "sends one.",
                ACCOUNTEMPS_CA,
                STRONG,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(hours=24),
    timing_fact=Fact(
        "Send it within 24 hours.",
        "University of Guelph career services, 'Thank you letters', cecs.uoguelph.ca",
        ORDINARY,
    ),
    channel=Fact(
        "E-mail: 62% of Canadian executives prefer it, 22% a handwritten note.",
        ACCOUNTEMPS_CA,
        STRONG,
    ),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "Write a different note to each person and check every name and title; in Quebec, "
        "write in French and use vous (press report as collected by the project; weak "
        "source).",
        "La Presse, as collected in the project's norms list; Accountemps Canada",
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
