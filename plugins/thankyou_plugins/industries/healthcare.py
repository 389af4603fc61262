"""Healthcare and nursing: a note to each interviewer is recommended.

Nurse managers and clinical panels appreciate the courtesy; one nurse
manager prefers a written note to an e-mail, which is too thin a source to
change the channel on its own.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "healthcare"
INDUSTRY = Industry(
    KEY,
    "Healthcare and nursing",
    aliases=(
        "health care",
        "health",
        "nursing",
        "nurse",
        "hospital",
        "medical",
        "clinical",
        "allied health",
    ),
)

LIVEABOUT = (
    "LiveAbout (formerly The Balance), 'Thank-You Letter for a Nurse Interview', "
    "liveabout.com/thank-you-letter-for-a-nurse-interview-2064003"
)
LIVECAREER = (
    "LiveCareer, 'When and How to Send a Follow-Up Letter After a Nursing Interview', "
    "livecareer.com (quotes one clinical nurse manager)"
)

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "After a nursing or healthcare interview, send a thank-you to each person who "
        "interviewed you, immediately after the interview.",
        source=LIVEABOUT,
    ),
    Expectation(
        None,
        "A clinical nurse manager says very few candidates follow up, and that a written "
        "note is better than an e-mail (one manager; weak source).",
        weight=0.5,
        source=LIVECAREER,
        channel=Channel.HANDWRITTEN,
    ),
)

PHRASES = (
    Phrase(
        "What I learned about the team's approach to patient care made me even more eager "
        "to join {company}.",
        kind="interest",
        locale="en",
        source=LIVEABOUT,
    ),
    Phrase(
        "I appreciated learning about {highlight}.",
        kind="highlight",
        locale="en",
        source=LIVEABOUT,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
