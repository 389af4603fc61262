"""Austria: as in Germany a note is not expected (German sources carried over); titles matter."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

KARRIERE = (
    "karriere.de (Handelsblatt / WirtschaftsWoche), 'Schön bescheiden bleiben' (applications "
    "in Austria resemble German ones; Elfriede V. Gerdenits, Vienna)"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Austria a thank-you note is not expected and opinions on it are split."

NORM = CountryNorm(
    code="AT",
    zone="Europe/Vienna",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "Austria follows German practice: a thank-you note is not expected and "
                "opinions on it are split, though a Vienna job adviser sees following up "
                "becoming more common (German sources carried over; weak source).",
                f"{KARRIERE}; arbeits-abc.de",
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail.", GENERIC_EMAIL, ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal German with every title: in Austria academic and professional titles "
        "matter even more than in Germany ('Sehr geehrte Frau Mag. Huber,'); Sie, "
        "'Mit freundlichen Grüßen'.",
        "conviva-plus.ch (DACH differences: Austria with titles); experto.de",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
