"""Government and the public sector: a note is recommended, the same for the whole panel.

Public-sector hiring is slow and formal, so a letter is a tangible reminder
long after the interview. Panels are common: give every member the same kind
of note. (A claim that structured scoring ignores notes was left out: no
source was found for it.)
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "government"
INDUSTRY = Industry(
    KEY,
    "Government and public sector",
    aliases=(
        "public sector",
        "public service",
        "civil service",
        "federal government",
        "state government",
        "local government",
        "public administration",
        "municipal",
    ),
)

GOVLOOP = (
    "Lily Whiteman (author of 'How to Land a Top-Paying Federal Job', Federal Times "
    "columnist), 'How-To: Write Post-Interview Thank-You', govloop.com"
)
CANADA = "canadiangovernmentjobs.ca, 'Following a job interview'"

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "Write a thank-you letter: very few applicants for government jobs do, and in a "
        "long hiring process the letter reminds a busy interviewer of you long after the "
        "interview.",
        source=GOVLOOP,
    ),
)
PANEL = Expectation(
    None,
    "Send every member of the interview panel the same kind of note (all e-mails or all "
    "cards), each worded a little differently (Canadian federal hiring; weak source).",
    weight=0.5,
    source=CANADA,
)

PHRASES = (
    Phrase(
        "I would welcome the chance to serve the public as {position} at {company}.",
        kind="interest",
        locale="en",
        source=GOVLOOP,
    ),
    Phrase(
        "I appreciated learning about {highlight}.",
        kind="highlight",
        locale="en",
        source=GOVLOOP,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """Adds the panel rule when more than one person interviewed."""
    return EXPECTATIONS + ((PANEL,) if len(interview.interviewers) > 1 else ())


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
