"""Advise many interviews: one engine, plain dicts in, one result (or error) per item."""

from __future__ import annotations

import json
from typing import Any

import thankyou

# One engine for the whole batch: loading plugins is the costly part, advising is cheap.
engine = thankyou.Engine()

# What an applicant-tracking system might hold: the documented file format as dicts.
records: list[dict[str, Any]] = [
    {
        "candidate": {"name": "Sam Rivera", "locale": "en_US"},
        "interview": {
            "company": "Harbor Food Bank",
            "position": "Major Gifts Officer",
            "when": "2026-11-20T15:30:00-05:00",
            "country": "US",
            "interviewers": [{"name": "Dana Whitfield", "honorific": "ms"}],
        },
    },
    {
        "candidate": {"name": "Lena Vogel", "locale": "de_DE"},
        "interview": {
            "company": "Nordlicht Software GmbH",
            "position": "Backend-Entwicklerin",
            "when": "2026-11-19T11:00:00+01:00",
            "country": "DE",
        },
    },
    {
        "candidate": {"name": "Kim Park", "locale": "en_US"},
        # A mistake in the data: the error names the field, the batch goes on.
        "interview": {"company": "Acme", "position": "Analyst", "when": "yesterday"},
    },
]

for number, record in enumerate(records, 1):
    try:
        interview = thankyou.from_dict(thankyou.Interview, record["interview"])
        candidate = thankyou.from_dict(thankyou.Candidate, record["candidate"])
        advice = engine.advise(interview, candidate, now=interview.when)
    except thankyou.ThankYouError as exc:
        print(json.dumps({"record": number, "error": str(exc)}))
        continue
    rec = advice.recommendation
    print(
        json.dumps(
            {
                "record": number,
                "verdict": rec.verdict.value,
                "send_by": rec.send_by.isoformat(),
                "plugins": sorted({reason.plugin for reason in rec.reasons}),
            }
        )
    )
