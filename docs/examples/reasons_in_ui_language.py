"""Show the advice in the app's language: labels and reasons in a UI locale."""

from datetime import datetime
from zoneinfo import ZoneInfo

import thankyou

interview = thankyou.Interview(
    company="Harbor Food Bank",
    position="Major Gifts Officer",
    when=datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("America/New_York")),
    country="US",
    interviewers=[thankyou.Interviewer("Dana Whitfield", honorific="ms")],
)
candidate = thankyou.Candidate("Sam Rivera", locale="en_US")

# The languages the library's own messages are translated into.
print("UI locales:", ", ".join(thankyou.ui_locales()))

# Your app's user reads German; the note itself is still written for the interviewer.
advice = thankyou.advise(interview, candidate, now=interview.when, ui_locale="de")
rec = advice.recommendation
print(thankyou.label(rec.verdict, "de"), "/", thankyou.label(rec.channel, "de"))
for reason in rec.reasons[:2]:
    print(f"- [{reason.plugin}] {reason.text}")
    print(f"  (original: {reason.untranslated or reason.text})")
