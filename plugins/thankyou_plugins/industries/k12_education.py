"""K-12 education: a handwritten note to the principal and panel is customary.

Schools keep to paper: the educators' honor society advises a letter or a
formal card with a handwritten message after every interview, and an e-mail
only after a phone interview or when a card cannot go out within a day.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Format, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "k12-education"
INDUSTRY = Industry(
    KEY,
    "K-12 education (schools and teaching)",
    aliases=(
        "k-12",
        "k12",
        "school",
        "schools",
        "teaching",
        "teacher",
        "elementary school",
        "primary school",
        "middle school",
        "high school",
        "secondary school",
    ),
)

KDP = "Kappa Delta Pi career center, 'After the Interview', kdp.org/resources/careercenter"

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "After a teaching interview, thank each interviewer in writing, whether the "
        "interview was in person or by phone; it shows professional and personal courtesy.",
        source=KDP,
    ),
)
IN_PERSON = Expectation(
    None,
    "Send a letter or a formal card with a handwritten message; check the spelling of names "
    "and titles on the school's website or with the school secretary.",
    weight=1.2,
    source=KDP,
    channel=Channel.HANDWRITTEN,
)
REMOTE = Expectation(
    None,
    "After a phone or video interview a formal e-mail is the quick follow-up; a paper note "
    "can follow.",
    source=KDP,
    channel=Channel.EMAIL,
)

PHRASES = (
    Phrase(
        "I left our conversation excited about the chance to teach at {company} and to "
        "support its students.",
        kind="interest",
        locale="en",
        source=KDP,
    ),
    Phrase(
        "I especially enjoyed discussing {highlight}.",
        kind="highlight",
        locale="en",
        source=KDP,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """The channel depends on the format: a card after an in-person interview."""
    channel = IN_PERSON if interview.format is Format.ONSITE else REMOTE
    return (*EXPECTATIONS, channel)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
