"""Technology and software: a note is welcome but rarely decides.

Opinions on thank-you notes in tech hiring are openly split, so this plugin
leaves the general advice in charge and only says that the note seldom
decides. E-mail is the channel, and interviewers' addresses are often not
given, so the note goes through the recruiter.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "technology"
INDUSTRY = Industry(
    KEY,
    "Technology and software",
    aliases=(
        "tech",
        "software",
        "IT",
        "information technology",
        "software engineering",
        "software development",
        "web development",
        "data science",
        "saas",
    ),
)

BESEEN = (
    "Beseen, 'Is it necessary to send a thank-you email after your tech interview?', "
    "beseen.com/blog/talent/thank-you-email-after-tech-interview/ (reports Jessica Liebman, "
    "Business Insider, for; Efrat Dagan against)"
)
CAREERBUILDER_2011 = (
    "CareerBuilder survey of 2,800+ employers (2011), reported by plansponsor.com, "
    "'thank-you notes still important to hiring managers'"
)

EXPECTATIONS = (
    Expectation(
        Verdict.OPTIONAL,
        "In technology a thank-you note rarely decides: opinion is openly split, from "
        "managers who advance no one without a note to others who say notes should not "
        "count at all, so send a short e-mail but do not expect it to carry the decision "
        "(opinion pieces; weak source).",
        weight=0.5,
        source=BESEEN,
    ),
    Expectation(
        None,
        "E-mail: IT hiring managers prefer it to a mailed note.",
        source=CAREERBUILDER_2011,
        channel=Channel.EMAIL,
    ),
)
NO_ADDRESS = Expectation(
    None,
    "Tech interviewers often give no e-mail address: send your thanks through the recruiter "
    "and ask them to pass it on, rather than hunting for addresses (one local tech news "
    "site; weak source).",
    weight=0.5,
    source="technical.ly",
)

PHRASES = (
    Phrase(
        "I enjoyed working through {highlight} with you, and I have kept thinking about it since.",
        kind="highlight",
        locale="en",
        source=BESEEN,
    ),
    Phrase(
        "If it helps, I am happy to share more about my approach, or links to related work.",
        kind="follow_up",
        locale="en",
        source=BESEEN,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """Adds the recruiter route when an interviewer's address is unknown."""
    unknown = not interview.interviewers or any(p.email is None for p in interview.interviewers)
    return EXPECTATIONS + ((NO_ADDRESS,) if unknown else ())


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
