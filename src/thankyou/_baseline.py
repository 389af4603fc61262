"""The general advice that holds when no industry or culture plugin says more.

It is an ordinary plugin, named ``baseline``, written only against the public
plugin API; ``Engine(disable=["baseline"])`` switches it off like any other.
The facts are data, each with its source. Besides the general advice it
holds the rules that depend on the interview but not on the industry: how
much the stage weighs, who gets a note on a panel, and thanking an agency
recruiter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from ._model import Candidate, Channel, Expectation, Interview, Register, Stage, Verdict
from .hookspecs import hookimpl

SEED_ARTICLE = (
    "'Are Thank-You Notes Important After Job Interviews?' (the article this project "
    "grew from): personalize, keep it professional, proofread"
)

GENERAL = (
    Expectation(
        Verdict.RECOMMENDED,
        "Most hiring managers take a thank-you note into account (80% of 300 HR managers "
        "surveyed in 2017), yet only 24% of candidates sent one, so a note helps you stand out.",
        weight=1.0,
        source="Robert Half / Accountemps survey of 300 HR managers, press.roberthalf.com, "
        "2017-11-20",
    ),
    Expectation(
        None,
        "Send it within 24 hours of the interview, while the conversation is fresh.",
        source="TopResume survey of 358 recruiters and hiring managers, talentinc.com, "
        "2017-11-14; Accountemps",
        within=timedelta(hours=24),
    ),
    Expectation(
        None,
        "Not minutes after the interview: a note sent at once reads as automated.",
        weight=0.3,
        source="faraday.email blog (one practitioner; weak)",
        wait=timedelta(hours=1),
    ),
    Expectation(
        None,
        "E-mail is the safe default: 94% of HR managers find it appropriate and it "
        "arrives before the decision.",
        source="Robert Half / Accountemps survey, press.roberthalf.com, 2017-11-20",
        channel=Channel.EMAIL,
    ),
    Expectation(
        None,
        "Keep it short, personal and professional: mention something specific from the "
        "interview, no slang, and proofread it.",
        source=SEED_ARTICLE,
        register=Register.NEUTRAL,
    ),
)


#: Stage: a final round weighs more than a screening call. Each adds a light
#: stance to the general one, so the score rises from screening to final.
BY_STAGE: dict[Stage, Expectation] = {
    Stage.SCREENING: Expectation(
        Verdict.OPTIONAL,
        "After a short screening call a note is courteous but seldom needed; if you send "
        "one, keep it to a brief e-mail within a day (one career office, written for law "
        "students; weak source).",
        weight=0.5,
        source="University of Georgia School of Law, career development office, "
        "'Thank You Notes', law.uga.edu/thank-you-notes",
    ),
    Stage.FINAL: Expectation(
        Verdict.EXPECTED,
        "After a final round the decision is close, often between two candidates, and the "
        "note is the last thing the decision-makers read from you (one recruiter's "
        "experience; weak source).",
        weight=0.5,
        source="Sales Talent Inc., 'Why You Must Send Follow Up Emails After an Interview', "
        "salestalentinc.com/blog/send-follow-up-emails-interview/",
    ),
}

#: Up to this many interviewers each get a note of their own.
PANEL_EACH_MAX = 3

PANEL_EACH = Expectation(
    None,
    "A panel of two or three: send each interviewer a note of their own, each with at "
    "least one sentence of its own; interviewers compare notes, and the notes may be filed "
    "with your application.",
    source="Northeastern University MBA career center, quoted on dice.com, 'When You Should "
    "(or Shouldn't) Send Interview Thank-You Notes'; TSA career coaching pages",
)
PANEL_LARGE = Expectation(
    None,
    "A large panel: write a full note to the chair (or your main contact), and a short line "
    "of thanks to each other member, rather than one long note to everyone.",
    weight=0.5,
    source="TSA career coaching pages (one employer's advice; weak source); jdisearch.com, "
    "'How to Write a Thank You Note After an Interview' (the highest-ranking member)",
)
RECRUITER = Expectation(
    None,
    "An agency recruiter arranged this interview: thank them too, and ask them to pass on "
    "your thanks if you have no address for an interviewer; the agency remains your main "
    "contact.",
    source="employmentguide.com.au; Appoint Group, 'Interview thank you letters: should you "
    "send them?', appoint.co.uk; LSU Olinde Career Center, 'Thank You Notes', lsu.edu",
)


def situational(interview: Interview) -> tuple[Expectation, ...]:
    """The general rules that depend on this interview: stage, panel, recruiter."""
    found: list[Expectation] = []
    if interview.stage in BY_STAGE:
        found.append(BY_STAGE[interview.stage])
    panel = len(interview.interviewers)
    if 2 <= panel <= PANEL_EACH_MAX:
        found.append(PANEL_EACH)
    elif panel > PANEL_EACH_MAX:
        found.append(PANEL_LARGE)
    if interview.recruiter is not None:
        found.append(RECRUITER)
    return tuple(found)


@hookimpl
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    return GENERAL + situational(interview)
