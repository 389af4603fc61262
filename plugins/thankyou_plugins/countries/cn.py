"""China: careers advisers recommend a letter, foreign firms are most receptive; no LinkedIn."""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

XINHUA = (
    "Xinhua, 2009-11-05, report from Changchun quoting Jilin University graduate employment "
    "advisers, www.gov.cn/govweb/fwxx/wy/2009-11/06/content_1457558.htm"
)
JOYEN = "joyen.net, '透析外企面试' series, 2011-06 (a guide to interviews at foreign firms)"

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = (
    "In China careers advisers recommend a thank-you letter, and foreign-invested "
    "firms are the most receptive to one."
)

NORM = CountryNorm(
    code="CN",
    zone="Asia/Shanghai",
    customs=[
        Custom(
            Verdict.RECOMMENDED,
            Fact(
                "University careers advisers quoted by Xinhua call a thank-you letter after an "
                "interview a useful, even necessary, step that sets a graduate apart.",
                XINHUA,
                ORDINARY,
            ),
        ),
        Custom(
            Verdict.OPTIONAL,
            Fact(
                "Many candidates fear a note would be presumptuous; foreign-invested firms are "
                "the most receptive to it (one interview guide; weak source).",
                JOYEN,
                WEAK,
            ),
        ),
    ],
    summary=SUMMARY_TEXT,
    channel=Fact(
        "E-mail, the same day if the firm has been writing to you by e-mail; a printed "
        "letter suits a traditional firm.",
        XINHUA,
        ORDINARY,
    ),
    no_linkedin=Fact(
        "No e-mail address is known for your interviewers, but LinkedIn is no fallback in "
        "mainland China: it closed its local network in 2021 and its jobs app InCareer in "
        "2023. Send your thanks by e-mail to the HR contact who arranged the interview.",
        "LinkedIn announcements of 2021-10-14 and 2023-05-08 (InCareer phased out by "
        "2023-08-09), reported by Reuters",
        ORDINARY,
    ),
    register=Register.FORMAL,
    register_fact=Fact(
        "Formal: '尊敬的王经理：', 您 throughout, and the closing '此致' / '敬礼'.",  # noqa: RUF001 (the native punctuation is the point)
        f"{JOYEN}; {XINHUA} (correct forms of address and format)",
        ORDINARY,
    ),
)

thankyou_expectations = expectations_hook(NORM)
