"""Mexico: a thank-you letter is well received but not widespread (one guide; weak)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

IONOS_MX = (
    "IONOS México, 'La carta de agradecimiento tras una entrevista: claves y ejemplos', ionos.mx"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Mexico a thank-you letter is well received but not widespread."

NORM = CountryNorm(
    code="MX",
    zone="America/Mexico_City",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Mexico a thank-you letter after an interview is usually well received but "
                "not widespread (one business guide; weak source).",
                IONOS_MX,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail.", f"{IONOS_MX}; {GENERIC_EMAIL}", ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "Usted and 'Estimada Sra. López:', as in formal Spanish letters (a Spanish-language "
        "guide; weak source).",
        IONOS_MX,
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
