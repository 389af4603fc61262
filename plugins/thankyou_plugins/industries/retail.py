"""Retail: a short, prompt e-mail is recommended; no retail-specific source.

No source found speaks for retail in particular, so the stance is the
general career-centre advice with a low weight, and the baseline decides.
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "retail"
INDUSTRY = Industry(
    KEY,
    "Retail",
    aliases=(
        "store",
        "retail management",
        "store management",
        "shop",
        "merchandising",
        "grocery",
    ),
)

VCU = (
    "Virginia Commonwealth University Career Services, 'Thank-you notes and emails', "
    "careers.vcu.edu/applying-and-interviewing/interviewing/thank-you-notes-and-emails/"
)

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "A thank-you within a day or two can sometimes decide between candidates; send one "
        "to each person you met (general career-centre advice, not specific to retail; "
        "weak source).",
        weight=0.5,
        source=VCU,
    ),
)

PHRASES = (
    Phrase(
        "I would be glad to help the team give every customer a great experience in the store.",
        kind="interest",
        locale="en",
        source=VCU,
    ),
    Phrase(
        "I enjoyed hearing about {highlight}.",
        kind="highlight",
        locale="en",
        source=VCU,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
