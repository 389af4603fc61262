"""Customer service: prompt, careful follow-through is what the job asks for.

No survey isolates customer service, so the stance rests on an HR firm's
advice for customer service roles and, weakly, on the hospitality sources
for the customer-facing trades.
"""

from __future__ import annotations

from thankyou import Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "customer-service"
INDUSTRY = Industry(
    KEY,
    "Customer service and support",
    aliases=(
        "customer service",
        "customer support",
        "customer care",
        "customer success",
        "client services",
        "call center",
        "call centre",
        "contact center",
        "help desk",
    ),
)

THATS_GOOD_HR = "That's Good HR, 'Thank you note', thatsgoodhr.com/thankyounote/"
HCAREERS = (
    "Hcareers, 'Most Common Post-Job Interview Mistakes' (2019), hcareers.com/article/"
    "career-advice/most-common-post-job-interview-mistake"
)

EXPECTATIONS = (
    Expectation(
        Verdict.RECOMMENDED,
        "Send a note the same day if you can: it shows initiative and the attention to "
        "detail and follow-through that customer service roles are hired for.",
        source=THATS_GOOD_HR,
    ),
    Expectation(
        Verdict.EXPECTED,
        "In customer-facing trades a prompt thank-you is expected, and skipping it is the "
        "most common post-interview mistake (a hospitality source, applied here by analogy; "
        "weak source).",
        weight=0.5,
        source=HCAREERS,
    ),
)

PHRASES = (
    Phrase(
        "I would bring the same care and prompt follow-through to your customers.",
        kind="interest",
        locale="en",
        source=THATS_GOOD_HR,
    ),
    Phrase(
        "I especially appreciated hearing about {highlight}.",
        kind="highlight",
        locale="en",
        source=THATS_GOOD_HR,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
