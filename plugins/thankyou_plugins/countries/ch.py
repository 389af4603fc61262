"""Switzerland: a short e-mail the morning after is acceptable, not expected (weak source)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

BELLEVUE = (
    "Bellevue Executive Search, 'Nach dem letzten Vorstellungsgespräch: Do's und Don'ts', "
    "bellevue-executive-search.ch"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Switzerland a short thank-you e-mail is acceptable but not expected."

NORM = CountryNorm(
    code="CH",
    zone="Europe/Zurich",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Switzerland a short, personal thank-you e-mail is acceptable but not "
                "expected (one executive-search firm; weak source).",
                BELLEVUE,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "The morning after the interview is the moment suggested; not minutes after it "
        "(one executive-search firm; weak source).",
        BELLEVUE,
        WEAK,
    ),
    channel=Fact(
        "E-mail; leave salary, start date and holidays out of it (one executive-search "
        "firm; weak source).",
        BELLEVUE,
        WEAK,
    ),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal German written the Swiss way: 'ss' for 'ß', Sie, titles as given.",
        "conviva-plus.ch (DACH differences: Switzerland without ß)",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
