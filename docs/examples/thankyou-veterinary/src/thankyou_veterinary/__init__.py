"""What veterinary hospitals expect after a job interview: a thankyou plugin.

The facts are data, each with the source it comes from. Advice from a single
recruiter or educator is weakly sourced: it gets a low weight and says so in
its reason, so it informs the advice without outvoting a survey.
"""

from __future__ import annotations

from collections.abc import Iterable

from thankyou import Candidate, Channel, Expectation, Industry, Interview, Verdict, hookimpl

__all__ = ["INDUSTRY", "NORMS", "thankyou_expectations", "thankyou_industries"]

INDUSTRY = Industry(
    "veterinary",
    "Veterinary medicine",
    aliases=("vet", "veterinarian", "animal hospital", "vet tech", "veterinary technician"),
)

RECRUITER = (
    "Veterinary Career Services, 'Should I Write a Thank You Note After I Interview with a "
    "Veterinary Specialty Practice?', veterinarycareerservices.com (one recruiter)"
)
EDUCATOR = "The Vetducator, 'Should I Send a Thank You Note?', vetducator.com (one educator's blog)"

NORMS = (
    Expectation(
        Verdict.RECOMMENDED,
        "A veterinary recruiter advises a note to everyone who was key to the interview: the "
        "doctors gave up appointments to meet you, and a missing note is remembered (one "
        "recruiter's advice, so it counts for little).",
        weight=0.5,
        source=RECRUITER,
    ),
    Expectation(
        None,
        "The same recruiter prefers a short handwritten note, addressed to each doctor and "
        "to the hospital administrator (one recruiter; weak).",
        weight=0.3,
        source=RECRUITER,
        channel=Channel.HANDWRITTEN,
    ),
    Expectation(
        Verdict.RECOMMENDED,
        "A veterinary educator says you will not be cut from a shortlist for sending none, "
        "but a note shows respect for the time people gave you; thank the staff who arranged "
        "the visit too (one blog; weak).",
        weight=0.3,
        source=EDUCATOR,
    ),
)


@hookimpl
def thankyou_industries() -> Iterable[Industry]:
    return [INDUSTRY]


@hookimpl
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    # The engine has already turned "vet" or "animal hospital" into the key "veterinary".
    if interview.industry != INDUSTRY.key:
        return ()
    return NORMS
