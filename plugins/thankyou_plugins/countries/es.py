"""Spain: a thank-you letter is not widely sent, though advisers recommend it; usted."""

from __future__ import annotations

from datetime import timedelta

from thankyou import Register, Verdict

from ._norms import (
    GENERIC_EMAIL,
    ORDINARY,
    WEAK,
    CountryNorm,
    Custom,
    Fact,
    Timing,
    expectations_hook,
)

PORTAL_FINANCIERO = "portalfinanciero.com, 'La carta de agradecimiento'"
MODELO_CURRICULUM = (
    "modelocurriculum.net, 'Claves para redactar un email de agradecimiento perfecto tras una "
    "entrevista de trabajo'"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Spain a thank-you letter is not widely sent, though advisers recommend it."

NORM = CountryNorm(
    code="ES",
    zone="Europe/Madrid",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Spain a thank-you letter after an interview is not widely sent, although "
                "career advisers recommend it (one finance portal; weak source).",
                PORTAL_FINANCIERO,
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(hours=48),
    timing_fact=Fact(
        "Ideally the next morning, first thing; within two days is always fine, and not "
        "straight after the interview.",
        f"{MODELO_CURRICULUM}; {PORTAL_FINANCIERO}",
        ORDINARY,
    ),
    channel=Fact("E-mail.", f"{MODELO_CURRICULUM}; {GENERIC_EMAIL}", ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal Spanish: 'Estimada Sra. López:', usted; two or three short paragraphs of "
        "about four lines.",
        f"{PORTAL_FINANCIERO}; utilidad.com, 'Cómo escribir una carta de agradecimiento para "
        "una entrevista'",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
