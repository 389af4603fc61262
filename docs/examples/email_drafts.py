"""Send the drafts as e-mail: each Note becomes an email.message.EmailMessage."""

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
        thankyou.Interviewer("Dana Whitfield", honorific="ms", email="dana.whitfield@example.org"),
        thankyou.Interviewer("Omar Haddad", honorific="mr", email="omar.haddad@example.org"),
    ],
)
candidate = thankyou.Candidate("Sam Rivera", locale="en_US", email="sam.rivera@example.com")
advice = thankyou.advise(interview, candidate, now=interview.when)

for note in advice.notes:
    if note.channel is not thankyou.Channel.EMAIL:
        continue  # a handwritten card or a LinkedIn message is not sent by SMTP
    message = note.as_email(sender="Sam Rivera <sam.rivera@example.com>")
    # Hand `message` to smtplib.SMTP.send_message, or to your mail provider's API.
    print("To:", message["To"])
    print("Subject:", message["Subject"])
    print(message.get_content().strip())
    print("---")
