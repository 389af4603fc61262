"""United States: a note within a day is customary, by e-mail.

The surveys behind the core baseline are American, so this plugin mostly
confirms it with US-only figures and a sourced 24-hour window.
"""

from __future__ import annotations

from datetime import timedelta

from thankyou import Verdict

from ._norms import ORDINARY, STRONG, CountryNorm, Custom, Fact, Timing, expectations_hook

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In the United States a thank-you note within a day is customary."

NORM = CountryNorm(
    code="US",
    zone="America/New_York",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "In the United States a thank-you note is customary: 88% of executives polled "
                "by Accountemps said a note influences their decision, and 22% of employers "
                "told CareerBuilder they are less likely to hire a candidate who sends none.",
                "Accountemps survey of 150 US executives (2008), reported by massagemag.com; "
                "CareerBuilder survey of 2,800+ employers (2011), reported by plansponsor.com, "
                "'thank-you notes still important to hiring managers'",
                STRONG,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(hours=24),
    timing_fact=Fact(
        "Send it within 24 hours; a quarter of US hiring managers expect it within two days "
        "at the latest.",
        "TopResume survey of 358 recruiters and hiring managers, talentinc.com, 2017-11-14; "
        "CareerBuilder survey of 650+ hiring managers, press.careerbuilder.com, 2005-08-16",
        ORDINARY,
    ),
    channel=Fact(
        "E-mail: 89% of US employers accept it and half prefer it; a handwritten card may "
        "follow, but it can arrive after the decision.",
        "CareerBuilder survey of 2,800+ employers (2011), reported by plansponsor.com; "
        "fastcompany.com/3063647",
        STRONG,
    ),
)

thankyou_expectations = expectations_hook(NORM)
