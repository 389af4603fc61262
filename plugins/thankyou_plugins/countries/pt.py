"""Portugal: a thank-you e-mail is not obligatory, and advice on it is split."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, CountryNorm, Custom, Fact, expectations_hook

E_KONOMISTA = "e-konomista.pt, 'Carta de agradecimento'"
TRABALHADOR = "trabalhador.pt, 'Devo enviar um email depois de uma entrevista de emprego?'"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Portugal a thank-you e-mail is not obligatory and advice on it is split."

NORM = CountryNorm(
    code="PT",
    zone="Europe/Lisbon",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Portugal a thank-you e-mail is not obligatory and advice on it is split: "
                "some say a recruiter will like the gesture, others that one sent straight "
                "after the interview adds nothing and can look desperate.",
                f"{E_KONOMISTA}; {TRABALHADOR}",
                ORDINARY,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing_fact=Fact(
        "Advice on timing differs: within 24 hours, or about two days after the interview; "
        "not straight after it.",
        f"centrodeempregos.pt, 'Depois da entrevista de emprego'; {E_KONOMISTA}; {TRABALHADOR}",
        ORDINARY,
    ),
    channel=Fact("E-mail.", f"centrodeempregos.pt; {GENERIC_EMAIL}", ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "Professional and formal throughout.",
        E_KONOMISTA,
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
