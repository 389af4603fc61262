"""Creative and design work: a note is optional; name the work you discussed.

The portfolio is the conversation in a creative interview, so a note that
names the piece you talked about does more than a generic one. In the UK a
designed card can read as over the top.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "creative"
INDUSTRY = Industry(
    KEY,
    "Creative and design",
    aliases=(
        "design",
        "graphic design",
        "designer",
        "ux design",
        "advertising",
        "creative agency",
        "illustration",
        "art direction",
        "photography",
    ),
)

CORRECT_RESUME = "correctresume.com (thank-you e-mail guidance for designers)"
GD_FORUMS = "graphicdesignforums.co.uk (UK designers' forum thread)"

EXPECTATIONS = (
    Expectation(
        Verdict.OPTIONAL,
        "In creative work a thank-you note is optional; the portfolio and the conversation "
        "about it carry the decision (career-site advice; weak source).",
        weight=0.5,
        source=CORRECT_RESUME,
    ),
    Expectation(
        None,
        "If you write, name a portfolio piece or project you discussed, so the note recalls "
        "your work rather than only your thanks (weak source).",
        weight=0.5,
        source=CORRECT_RESUME,
    ),
)
UK_CARD = Expectation(
    None,
    "In the UK a specially designed card can come across as over the top; a plain e-mail is "
    "safer (one forum thread; weak source).",
    weight=0.3,
    source=GD_FORUMS,
    channel=Channel.EMAIL,
)

PHRASES = (
    Phrase(
        "I enjoyed talking through {highlight}, and I would be glad to share more of the "
        "process behind that work.",
        kind="highlight",
        locale="en",
        source=CORRECT_RESUME,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """Adds the UK caution about designed cards."""
    return EXPECTATIONS + ((UK_CARD,) if interview.country == "GB" else ())


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
