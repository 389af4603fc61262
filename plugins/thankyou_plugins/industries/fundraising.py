"""Fundraising and nonprofit development: the job is thanking people.

A development officer's work is donor stewardship, so a candidate who does
not thank the interviewer shows the habit the job cannot afford. This is the
industry the project's seed article names as one where a note "may be
expected and could even influence the hiring process".
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "fundraising"
INDUSTRY = Industry(
    KEY,
    "Fundraising and nonprofit development",
    aliases=(
        "nonprofit",
        "non-profit",
        "not-for-profit",
        "NGO",
        "development",
        "nonprofit development",
        "philanthropy",
        "charity",
        "advancement",
        "donor relations",
    ),
)

SEED_ARTICLE = (
    "'Are Thank-You Notes Important After Job Interviews?' (the article this project grew "
    "from): 'in industries like fundraising, thank-you notes may be expected and could even "
    "influence the hiring process'"
)
CAREERS_IN_NONPROFITS = (
    "Careers in Nonprofits, 'What is the protocol for following up after interviews?', "
    "careersinnonprofits.com/question-protocol-following-interviews-mean-pushy-lax-"
    "brookover-arlington-va/"
)
MADON = (
    "Susan Madon, CFRE, 'Write a Thank you Note!', susanmadoncfre.com/susan-madons-number-"
    "one-fundraising-and-life-tip-write-a-thank-you-note/"
)

EXPECTATIONS = (
    Expectation(
        Verdict.EXPECTED,
        "In fundraising a thank-you note is expected and can decide between candidates: "
        "thanking people promptly is the core of the job, so hiring managers read the note "
        "as a sample of how you will treat donors.",
        weight=2.5,
        source=SEED_ARTICLE,
    ),
    Expectation(
        Verdict.EXPECTED,
        "Nonprofit recruiters call the thank-you note the one golden rule after an interview: "
        "send it within a day or two, by e-mail or by post; it can make or break your "
        "candidacy.",
        source=CAREERS_IN_NONPROFITS,
    ),
    Expectation(
        Verdict.EXPECTED,
        "A development director writes that a candidate who cannot be bothered to thank an "
        "interviewer is unlikely to keep donor relationships warm, and that the note can "
        "make the difference in hiring for a development job (one practitioner; weak "
        "source).",
        weight=0.5,
        source=MADON,
    ),
    Expectation(
        None,
        "Never turn the note into an ask: in donor relations a thank-you that asks for more "
        "is a classic mistake, and an interviewer in the field will notice (one "
        "practitioner; weak source).",
        weight=0.3,
        source="Weiswood, 'Never Do This When Thanking a Donor', "
        "weiswood.com/blog/never-do-this-when-thanking-a-donor",
    ),
)

PHRASES = (
    Phrase(
        "I came away even more committed to {company}'s mission, and to the donor "
        "relationships that sustain it.",
        kind="interest",
        locale="en",
        source=MADON,
    ),
    Phrase(
        "Our discussion of {highlight} showed me how closely your team works with its donors.",
        kind="highlight",
        locale="en",
        source=MADON,
    ),
    Phrase(
        "Ich möchte mich mit ganzer Kraft für die Mission von {company} einsetzen und die "
        "Beziehungen zu den Spenderinnen und Spendern mit Sorgfalt pflegen.",
        kind="interest",
        locale="de",
        source=MADON,
    ),
    Phrase(
        "Je souhaite plus que jamais servir la mission portée par {company} et entretenir "
        "une relation durable avec ses donateurs.",
        kind="interest",
        locale="fr",
        source=MADON,
    ),
    Phrase(
        "Me encantaría contribuir a la misión de {company} y cuidar la relación con sus donantes.",
        kind="interest",
        locale="es",
        source=MADON,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
