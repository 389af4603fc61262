"""Academia and higher education: no standard practice.

Faculty searches are run by committees with their own process, and academics
disagree on whether a note after an interview is customary, so this plugin
leaves the general advice in charge and says where a note goes: to the chair.
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Interview, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "academia"
INDUSTRY = Industry(
    KEY,
    "Academia and higher education",
    aliases=(
        "academic",
        "higher education",
        "higher ed",
        "university",
        "college",
        "faculty",
        "professor",
        "postdoc",
        "research",
    ),
)

DYNAMIC_ECOLOGY = "Dynamic Ecology blog, poll of academics on post-interview thank-you notes (n=84)"
CHRONICLE_VITAE = (
    "Chronicle Vitae (The Chronicle of Higher Education), on community college searches"
)

EXPECTATIONS = (
    Expectation(
        Verdict.OPTIONAL,
        "Academia has no standard practice: in a small poll academics split on whether a "
        "note after a faculty interview is expected (small, informal poll; weak source).",
        weight=0.5,
        source=DYNAMIC_ECOLOGY,
    ),
)
COMMUNITY_COLLEGE = Expectation(
    Verdict.RECOMMENDED,
    "At a community college, send a note to the search committee chair.",
    weight=0.5,
    source=CHRONICLE_VITAE,
)
COMMITTEE = Expectation(
    None,
    "A search committee interviewed you: address the note to the chair and ask them to "
    "thank the committee (advice given for community-college searches, applied here to "
    "committees generally; weak source).",
    weight=0.5,
    source=CHRONICLE_VITAE,
)

PHRASES = (
    Phrase(
        "I appreciated the chance to meet the committee and to learn about the department's "
        "plans for teaching and research.",
        kind="interest",
        locale="en",
        source=CHRONICLE_VITAE,
    ),
    Phrase(
        "Our conversation about {highlight} has given me much to think about.",
        kind="highlight",
        locale="en",
        source=CHRONICLE_VITAE,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """Adds the community-college and committee advice where they apply."""
    found = list(EXPECTATIONS)
    if "community college" in interview.company.casefold():
        found.append(COMMUNITY_COLLEGE)
    if len(interview.interviewers) > 1:
        found.append(COMMITTEE)
    return tuple(found)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
