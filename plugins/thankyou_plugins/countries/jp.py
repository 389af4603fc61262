"""Japan: a note is optional, but if you send one, the same day within business hours.

"The same day" becomes a window that ends at 18:00 local time on the day of
the interview. When the interview ends less than an hour before 18:00, the
note goes the next business morning (by noon), as Japanese career sites
advise after a late interview.
"""

from __future__ import annotations

from datetime import time

from thankyou import Register, Verdict

from ._norms import ORDINARY, STRONG, WEAK, CountryNorm, Custom, Fact, Timing, expectations_hook

RIKUNABI = (
    "Rikunabi NEXT (Recruit), Q&A 1351 'お礼状を出しそびれました', next.rikunabi.com, 2016-03-10"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In Japan a thank-you e-mail is optional and rarely changes the decision."

NORM = CountryNorm(
    code="JP",
    zone="Asia/Tokyo",
    customs=[
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "In Japan a thank-you e-mail is optional: companies say it hardly ever changes "
                "the decision and most candidates send none. If you send one, never send an "
                "unchanged template.",
                f"{RIKUNABI}; job.atimes.co.jp, guide 47; kishotenshoku.jp, 2025-11-01; "
                "mynavi-agent.jp",
                STRONG,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.SAME_DAY,
    hours=(time(9), time(18)),
    timing_fact=Fact(
        "If you send one, send it the same day, within business hours (9:00 to 18:00), "
        "while they still remember you.",
        f"{RIKUNABI} (the same day, at the latest the next day); mynavi-agent.jp; "
        "lifetips-qa-navi.com (business hours 9:00-18:00)",
        ORDINARY,
    ),
    late_fact=Fact(
        "The interview ended too late to send it today within business hours: send it the "
        "next business morning, which Mynavi and doda consider fine after a late interview "
        "(as quoted by a blog; weak source).",
        "doda and Mynavi Tenshoku as quoted by lifetips-qa-navi.com (weak); kishotenshoku.jp "
        "(at the latest the next morning)",
        WEAK,
    ),
    channel=Fact(
        "E-mail; a posted letter is also accepted, but only if it goes out by the next day.",
        RIKUNABI,
        STRONG,
    ),
    register=Register.FORMAL,
    register_fact=Fact(
        "Keigo throughout: address the company, the department and '〇〇様' (or "
        "'採用ご担当者様' when the name is unknown); write 貴社, not 御社; subject like "
        "'面接のお礼（氏名）'.",  # noqa: RUF001 (the native punctuation is the point)
        "mynavi-agent.jp; hataractive.jp; docoic.com",
        STRONG,
    ),
)

thankyou_expectations = expectations_hook(NORM)
