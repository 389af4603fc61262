"""Hospitality: hotels, restaurants and food service expect a prompt thank-you.

Courtesy is the product in hospitality, so recruiters read a missing note as
a missing quality. Decisions move fast (second interviews within two days),
so the note goes by e-mail within one business day; a hotel panel is thanked
through its highest-ranking member.
"""

from __future__ import annotations

from datetime import timedelta

from thankyou import Channel, Expectation, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "hospitality"
INDUSTRY = Industry(
    KEY,
    "Hospitality (hotels, restaurants, food service)",
    aliases=(
        "hotel",
        "hotels",
        "restaurant",
        "restaurants",
        "food service",
        "foodservice",
        "catering",
        "tourism",
        "travel",
        "hospitality management",
    ),
)

HHB = (
    "HHB Restaurant Recruiting, 'Why You Must Send a Restaurant Manager Interview Thank You "
    "Letter', hhbrestaurantrecruiting.com"
)
HCAREERS = (
    "Hcareers, 'Most Common Post-Job Interview Mistakes' (2019), hcareers.com/article/"
    "career-advice/most-common-post-job-interview-mistake"
)
JDI = "JDI Search, 'How to Write a Thank You Note After an Interview', jdisearch.com"

EXPECTATIONS = (
    Expectation(
        Verdict.EXPECTED,
        "In hospitality a prompt thank-you is expected: courtesy is the job, and some "
        "restaurant groups think less of candidates who fail to follow up promptly; "
        "neglecting the follow-up is the most common post-interview mistake.",
        weight=1.5,
        source=f"{HHB}; {HCAREERS}",
    ),
    Expectation(
        Verdict.EXPECTED,
        "A hotel recruiter's rule: send a note whether the interview went well or badly; "
        "managers move between properties, and a gracious note can pay off at the next one.",
        source=JDI,
    ),
    Expectation(
        None,
        "Within one business day: second interviews are often set within 48 hours of the first.",
        source=f"{HCAREERS}; {JDI}",
        within=timedelta(hours=24),
    ),
    Expectation(
        None,
        "E-mail rather than a mailed card, which cannot arrive in time for a decision made "
        "within two days.",
        weight=0.5,
        source=JDI,
        channel=Channel.EMAIL,
    ),
)
PANEL = Expectation(
    None,
    "For a hotel panel, write to its highest-ranking member and thank the whole panel "
    "through them (one recruiter's advice; weak source).",
    weight=0.5,
    source=JDI,
)

PHRASES = (
    Phrase(
        "Everything I saw at {company} reflects the kind of guest experience I want to help "
        "deliver.",
        kind="interest",
        locale="en",
        source=HCAREERS,
    ),
    Phrase(
        "I enjoyed our conversation about {highlight}.",
        kind="highlight",
        locale="en",
        source=HCAREERS,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """Adds the panel advice when more than one person interviewed."""
    return EXPECTATIONS + ((PANEL,) if len(interview.interviewers) > 1 else ())


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
