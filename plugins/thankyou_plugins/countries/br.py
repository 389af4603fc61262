"""Brazil: a thank-you note after an interview is not a common habit (one agency; weak)."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

TERCEIRA = (
    "3raintercambio.com, 'Mercado de trabalho: Saiba como escrever a \u201cthank you note\u201d "
    "perfeita' (an exchange agency)"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Brazil a thank-you note after an interview is not a common habit."

NORM = CountryNorm(
    code="BR",
    zone="America/Sao_Paulo",
    customs=[
        Custom(
            Verdict.UNUSUAL,
            Fact(
                "In Brazil a thank-you note after an interview is not a common habit; many "
                "Brazilians first meet the custom when they look for work in North America "
                "(one exchange agency; weak source).",
                TERCEIRA,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail, if you send one.", GENERIC_EMAIL, ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "'Prezada Sra. Silva,' and 'Atenciosamente' (as collected by the project; weak source).",
        "3raintercambio.com, as collected in the project's norms list",
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
