"""France: a short thank-you e-mail within 48 hours is a courtesy recruiters appreciate."""

from __future__ import annotations

from datetime import timedelta

from thankyou import Register, Verdict

from ._norms import ORDINARY, STRONG, CountryNorm, Custom, Fact, Timing, expectations_hook

STRATEGIES = (
    "Stratégies, 'Comment marquer des points après un entretien d'embauche' (recruiters at "
    "Alexander Hughes, Fed Finance, Michael Page), strategies.fr"
)
ROBERT_HALF_FR = (
    "Robert Half France (Valérie Sablé), 'Après un entretien d'embauche, la grande majorité "
    "des DRH apprécient un feedback des candidats', managerama.tv"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In France a short thank-you e-mail is a courtesy recruiters appreciate."

NORM = CountryNorm(
    code="FR",
    zone="Europe/Paris",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "In France a short thank-you e-mail is a courtesy recruiters appreciate "
                "('une question de courtoisie'), and it can separate two equal candidates.",
                f"{STRATEGIES}; {ROBERT_HALF_FR}; fedbusiness.fr, 2023-01-02",
                STRONG,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.WINDOW,
    within=timedelta(hours=48),
    timing_fact=Fact(
        "Within 24 to 48 hours, written calmly, and not in the hour after the interview.",
        f"{STRATEGIES}; {ROBERT_HALF_FR}",
        ORDINARY,
    ),
    channel=Fact("E-mail; avoid a text message (SMS).", ROBERT_HALF_FR, STRONG),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal French: 'Madame,' or 'Madame, Monsieur,' (never 'Mademoiselle'), vous, and "
        "a closing formula that matches the salutation.",
        "keljob.com; cvenligne.com; powermycv.fr",
        STRONG,
    ),
)

thankyou_expectations = expectations_hook(NORM)
