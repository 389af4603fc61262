"""The general advice that holds when no industry or culture plugin says more.

It is an ordinary plugin, named ``baseline``, written only against the public
plugin API; ``Engine(disable=["baseline"])`` switches it off like any other.
The facts are data, each with its source.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from ._model import Candidate, Channel, Expectation, Interview, Register, Verdict
from .hookspecs import hookimpl

SEED_ARTICLE = (
    "'Are Thank-You Notes Important After Job Interviews?' (the article this project "
    "grew from): personalize, keep it professional, proofread"
)

GENERAL = (
    Expectation(
        Verdict.RECOMMENDED,
        "Most hiring managers take a thank-you note into account (80% of 300 HR managers "
        "surveyed in 2017), yet only 24% of candidates sent one, so a note helps you stand out.",
        weight=1.0,
        source="Robert Half / Accountemps survey of 300 HR managers, press.roberthalf.com, "
        "2017-11-20",
    ),
    Expectation(
        None,
        "Send it within 24 hours of the interview, while the conversation is fresh.",
        source="TopResume survey of 358 recruiters and hiring managers, talentinc.com, "
        "2017-11-14; Accountemps",
        within=timedelta(hours=24),
    ),
    Expectation(
        None,
        "Not minutes after the interview: a note sent at once reads as automated.",
        weight=0.3,
        source="faraday.email blog (one practitioner; weak)",
        wait=timedelta(hours=1),
    ),
    Expectation(
        None,
        "E-mail is the safe default: 94% of HR managers find it appropriate and it "
        "arrives before the decision.",
        source="Robert Half / Accountemps survey, press.roberthalf.com, 2017-11-20",
        channel=Channel.EMAIL,
    ),
    Expectation(
        None,
        "Keep it short, personal and professional: mention something specific from the "
        "interview, no slang, and proofread it.",
        source=SEED_ARTICLE,
        register=Register.NEUTRAL,
    ),
)


@hookimpl
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    return GENERAL
