"""Belgium: a thank-you e-mail sets you apart (one recruiter; weak), formal French or Dutch."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

ROBERT_WALTERS = (
    "Robert Walters Belgium (Audrey Hannecart), 'Sending a thank you email after a job "
    "interview', robertwalters.be"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = (
    "In Belgium a thank-you e-mail sets a candidate apart, and mostly experienced "
    "candidates send one."
)

NORM = CountryNorm(
    code="BE",
    zone="Europe/Brussels",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "In Belgium a thank-you e-mail sets you apart; mostly experienced candidates "
                "send one (one recruiter; weak source).",
                ROBERT_WALTERS,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "Within 48 hours, and not straight after the interview: take time to think about "
        "the job first (one recruiter; weak source).",
        ROBERT_WALTERS,
        WEAK,
    ),
    channel=Fact("E-mail.", f"{ROBERT_WALTERS}; {GENERIC_EMAIL}", ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal: in French 'Madame,' or 'Madame, Monsieur,' with vous and a matching "
        "closing formula; in Dutch 'Geachte mevrouw Peeters,'.",
        "keljob.com; cvenligne.com (French letter conventions); careerwise.nl",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
