"""What nurse managers expect after a job interview: a thankyou plugin.

The facts are data, each with the source it comes from. Advice from a single
practitioner or a forum is weakly sourced: it gets a low weight and says so in
its reason, so it informs the advice without outvoting a survey.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from thankyou import Candidate, Expectation, Industry, Interview, Register, Verdict, hookimpl

__all__ = ["INDUSTRY", "NORMS", "thankyou_expectations", "thankyou_industries"]

INDUSTRY = Industry("nursing", "Nursing", aliases=("nurse", "rn", "registered nurse"))

NORMS = (
    Expectation(
        Verdict.RECOMMENDED,
        "A nurse educator advises a note after every nursing interview: not required, "
        "but among many strong candidates it helps you stand out (one practitioner's "
        "advice, so it counts for little).",
        weight=0.5,
        source="Karen Clarke, MSN, RN, 'A New Graduate Nurse's Guide to Writing a Thank You "
        "Letter After an Interview', nursingcecentral.com, 2024-07-30",
        within=timedelta(hours=24),
    ),
    Expectation(
        None,
        "Nurse managers are busy: keep the note short, thank them, and name one thing "
        "you discussed, without selling yourself all over again (forum advice; weak).",
        weight=0.2,
        source="allnurses.com forum thread 'Interview went great, now thank you?', 2014",
        register=Register.NEUTRAL,
    ),
)


@hookimpl
def thankyou_industries() -> Iterable[Industry]:
    return [INDUSTRY]


@hookimpl
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    # The engine has already turned "RN" or "nurse" into the key "nursing".
    if interview.industry != INDUSTRY.key:
        return ()
    return NORMS
