"""Finance and banking: a note is customary, exact, and a mailed one is welcome.

Bank recruiters expect a note after each interview, though sources disagree
on how much it counts; financial services managers are the ones who prefer a
mailed note. The classic, fatal mistake is the wrong name or the wrong bank.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "finance"
INDUSTRY = Industry(
    KEY,
    "Finance and banking",
    aliases=(
        "banking",
        "bank",
        "investment banking",
        "financial services",
        "asset management",
        "wealth management",
        "private equity",
        "accounting",
        "insurance",
    ),
)

PROSPECT_ROCK = (
    "Prospect Rock Partners, 'Thank You Notes', prospectrockpartners.com/thank-you-notes"
)
MANAGEMENT_CONSULTED = (
    "Management Consulted, 'Are thank you letters necessary?', "
    "managementconsulted.com/are-thank-you-letters-necessary/"
)
CAREERBUILDER_2011 = (
    "CareerBuilder survey of 2,800+ employers (2011), reported by plansponsor.com, "
    "'thank-you notes still important to hiring managers'"
)
BREAKING_INTO_FINANCE = "breakingintofinance.info (2021)"

EXPECTATIONS = (
    Expectation(
        Verdict.EXPECTED,
        "Banks' recruiters expect a thank-you after each interview, informational or "
        "formal; a head of MBA recruiting at a top investment bank mentions the notes she "
        "receives to every incoming class.",
        weight=1.5,
        source=PROSPECT_ROCK,
    ),
    Expectation(
        Verdict.OPTIONAL,
        "Some advisers call the note optional in finance, while strongly recommending it "
        "in consulting (one firm's view; weak source).",
        weight=0.5,
        source=MANAGEMENT_CONSULTED,
    ),
    Expectation(
        None,
        "Financial services hiring managers are the ones who prefer a mailed note: consider "
        "a mailed card after the e-mail.",
        weight=0.8,
        source=CAREERBUILDER_2011,
        channel=Channel.HANDWRITTEN,
    ),
    Expectation(
        None,
        "Check every name and the bank's name twice: a note naming the wrong person or "
        "another bank ends a candidacy.",
        source=BREAKING_INTO_FINANCE,
    ),
)

PHRASES = (
    Phrase(
        "Our discussion of {highlight} gave me a clearer picture of the team's work and of "
        "where I could contribute.",
        kind="highlight",
        locale="en",
        source=PROSPECT_ROCK,
    ),
    Phrase(
        "The conversation confirmed my interest in the {position} role at {company}.",
        kind="interest",
        locale="en",
        source=PROSPECT_ROCK,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
