"""The tutorial's first advice: describe the interview, ask, read the answer."""

from datetime import datetime
from zoneinfo import ZoneInfo

import thankyou

interview = thankyou.Interview(
    company="Harbor Food Bank",
    position="Major Gifts Officer",
    when=datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("America/New_York")),
    country="US",
    highlights=["the spring capital campaign for the new warehouse"],
    interviewers=[
        thankyou.Interviewer(
            "Dana Whitfield",
            honorific="ms",
            job_title="Director of Development",
            email="dana.whitfield@example.org",
        )
    ],
)
candidate = thankyou.Candidate("Sam Rivera", locale="en_US", email="sam.rivera@example.com")

# `now` fixes the clock, so the answer is the same every time you run this.
advice = thankyou.advise(interview, candidate, now=interview.when)
rec = advice.recommendation

print("Verdict:", rec.verdict.value)
print("Send between", rec.send_after.isoformat(), "and", rec.send_by.isoformat())
print("Channel:", rec.channel.value, "| register:", rec.register.value)
for reason in rec.reasons:
    print(f"- [{reason.plugin}] {reason.text}")
    print(f"    source: {reason.source or 'none given'}")
