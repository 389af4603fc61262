"""Australia: many candidates skip the note; a short one can still help (weak sources)."""

from __future__ import annotations

from thankyou import Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Australia many candidates skip the thank-you note."

NORM = CountryNorm(
    code="AU",
    zone="Australia/Sydney",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Australia many candidates don't bother with a thank-you e-mail, and "
                "readers ask whether it is a US custom; a short one can still set you apart "
                "(career blogs; weak source).",
                "calibratedcareer.com.au, 'Interview thank you email'; lifehacker.com.au, "
                "2015-07, 'Remember To Send A Followup Thankyou After An Interview' (reader "
                "comments)",
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "If you send one, send it within 24 hours, ideally the same day (one recruiter's "
        "guide; weak source).",
        "starhunt.com.au, 'Following up after job interviews in Australia'",
        WEAK,
    ),
    channel=Fact(
        "E-mail; if an agency arranged the interview, thank the agency recruiter too.",
        f"{GENERIC_EMAIL}; employmentguide.com.au",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
