"""Proofread a note the user wrote: Findings with character spans and suggestions."""

from datetime import datetime
from zoneinfo import ZoneInfo

import thankyou

dana = thankyou.Interviewer("Dana Whitfield", honorific="ms", email="dana.whitfield@example.org")
interview = thankyou.Interview(
    company="Harbor Food Bank",
    position="Major Gifts Officer",
    when=datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("America/New_York")),
    country="US",
    highlights=["the spring capital campaign"],
    interviewers=[dana],
)
candidate = thankyou.Candidate("Sam Rivera", locale="en_US")

text = """Dear Ms. Whitfeld,

Thank you for meeting me about the [Position] role at Harbor Food Bank. I enjoyed
hearing about the the spring capital campaign.

Best regards,
Sam Rivera"""

# `now` is when the user is about to send it: the same evening.
evening = datetime(2026, 11, 20, 19, 0, tzinfo=ZoneInfo("America/New_York"))
findings = thankyou.check(text, interview, candidate, recipient=dana, now=evening)
for finding in findings:
    span = text[finding.start : finding.end]
    where = repr(span) if len(span) < 40 else "(the whole note)"
    fix = f" -> {finding.suggestion!r}" if finding.suggestion else ""
    print(f"{finding.severity.value:7} {finding.rule:14} {where}{fix}: {finding.message}")

# Block sending while anything at error level remains.
errors = [f for f in findings if f.severity is thankyou.Severity.ERROR]
print("ready to send" if not errors else f"{len(errors)} error(s) to fix first")
