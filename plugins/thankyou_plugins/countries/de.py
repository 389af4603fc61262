"""Germany: a note is not expected and recruiters are split; formal German if you write."""

from __future__ import annotations

from datetime import timedelta

from thankyou import Register, Verdict

from ._norms import ORDINARY, STRONG, CountryNorm, Custom, Fact, Timing, expectations_hook

ARBEITS_ABC = "arbeits-abc.de, 'Dankschreiben: So punkten Bewerber nach dem Vorstellungsgespräch'"
BUSINESS_INSIDER = (
    "Business Insider Deutschland, 'Nicht jeder Recruiter erwartet nach dem "
    "Bewerbungsgespräch ein Dankschreiben', businessinsider.de, 2022-10"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Germany a thank-you note is not expected and recruiters are split on it."

NORM = CountryNorm(
    code="DE",
    zone="Europe/Berlin",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Germany a thank-you note after an interview is not expected: recruiters' "
                "opinions are split, some welcome it and some find it a nuisance in a full "
                "inbox. A short, specific one does no harm.",
                f"{BUSINESS_INSIDER}; {ARBEITS_ABC}; onlinemarketing.de, 2019-05-06, 'Solltest "
                "du dich nach dem Vorstellungsgespräch per Mail bedanken?'",
                STRONG,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(days=3),
    timing_fact=Fact(
        "Those who advise a note suggest writing it two or three days after the interview, "
        "so a short delay is normal here; the general advice (within a day) is the safe side.",
        f"{ARBEITS_ABC}; tipps.jobs.de, 'Sag zum Abschied richtig Servus'",
        ORDINARY,
    ),
    channel=Fact(
        "E-mail is enough; it need not be a card.",
        BUSINESS_INSIDER,
        ORDINARY,
    ),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal German: Sie, 'Sehr geehrte Frau Dr. Weber,' with the academic title, the "
        "next line in lower case, 'Mit freundlichen Grüßen'; no smileys.",
        "DIN 5008 letter conventions as summarised by experto.de; bewerbung.net",
        STRONG,
    ),
)

thankyou_expectations = expectations_hook(NORM)
