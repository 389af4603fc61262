"""Korea: a note is uncommon at large firms; if you send one, the next morning 9-11.

"The next morning, 9 to 11" becomes a wait until 09:00 and a window until
11:00 the next calendar day, with business hours 09:00-11:00; the engine
moves both onto the next business day. The same source also says "within 24
hours", so after a morning interview (ending at 10:00) the slot ends 24 hours
later (at 10:00) rather than at 11:00: the engine keeps the narrowest window.
"""

from __future__ import annotations

from datetime import time

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

HELPROSE = "helprose.com/32, '면접 후 감사 메일' (one career blog)"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = (
    "In South Korea a thank-you e-mail is uncommon and makes no difference at large conglomerates."
)

NORM = CountryNorm(
    code="KR",
    zone="Asia/Seoul",
    customs=[
        Custom(
            Verdict.UNUSUAL,
            Fact(
                "In Korea a thank-you e-mail after an interview is not common practice: it "
                "makes no difference at large conglomerates and helps most at start-ups and "
                "foreign firms (career blogs; weak source).",
                "brunch.co.kr/@leegk243/47, 2018-05-08; inthiswork.com/archives/278430",
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    timing=Timing.NEXT_MORNING,
    hours=(time(9), time(11)),
    timing_fact=Fact(
        "If you send one, send it the next morning between 9 and 11, and within 24 hours "
        "of the interview (one career blog; weak source).",
        HELPROSE,
        WEAK,
    ),
    channel=Fact("E-mail.", f"{HELPROSE}; {GENERIC_EMAIL}", ORDINARY),
    register=Register.FORMAL,
    register_fact=Fact(
        "The formal polite style (하십시오체, '-습니다'), used between strangers and to "
        "customers; subject like '[감사 인사] ○○직무 면접 기회를 주셔서 감사합니다 – "  # noqa: RUF001 (the native punctuation is the point)
        "지원자 ○○○'.",
        "Wiktionary, '하십시오체' (usage notes); en.wikipedia.org, 'Korean speech levels'; "
        f"{HELPROSE} (subject line)",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
