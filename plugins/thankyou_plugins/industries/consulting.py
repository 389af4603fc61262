"""Consulting: a note is recommended, but it cannot rescue a case.

Consulting decisions take longer than banking ones and interviewers read
e-mail all day, so a note keeps the candidate in mind; but the round's
decision is made in the debrief right after the interviews, and a note that
re-argues the case changes nothing.
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "consulting"
INDUSTRY = Industry(
    KEY,
    "Management consulting",
    aliases=(
        "management consulting",
        "strategy consulting",
        "consultancy",
        "consultant",
        "advisory",
    ),
)

MANAGEMENT_CONSULTED = (
    "Management Consulted, 'Are thank you letters necessary?', "
    "managementconsulted.com/are-thank-you-letters-necessary/"
)
CASE_INTERVIEW = (
    "Victor Cheng, 'More Case Interview Mistakes', caseinterview.com/more-case-interview-mistakes"
)

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "A thank-you is strongly recommended in consulting: decisions take longer than in "
        "finance, consultants read e-mail constantly, and the note keeps your name in mind.",
        source=MANAGEMENT_CONSULTED,
    ),
    Expectation(
        None,
        "Do not use the note to fix a case: interviewers compare notes and decide in a group "
        "debrief right after the interviews, before anyone reads e-mail, and a late "
        "correction does not change the outcome.",
        source=CASE_INTERVIEW,
    ),
)

PHRASES = (
    Phrase(
        "I enjoyed working through {highlight} with you, and it gave me a good sense of how "
        "the team approaches a client's problem.",
        kind="highlight",
        locale="en",
        source=MANAGEMENT_CONSULTED,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
