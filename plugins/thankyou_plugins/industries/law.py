"""Law: a note is expected after a callback, ideally a handwritten card.

Stages, as this plugin reads them: ``screening`` is a screening interview
(on-campus or a first call), ``first`` a first interview at the firm (e.g. a
lateral hire's), and ``final`` a callback, the second-round interview at the
firm's office that decides the offer. Career offices agree a callback always
deserves a note and a screening interview at a large firm usually does not.
"""

from __future__ import annotations

from thankyou import Channel, Expectation, Industry, Interview, Phrase, Register, Stage, Verdict

from ._hooks import industry_hooks

KEY = "law"
INDUSTRY = Industry(
    KEY,
    "Law and legal services",
    aliases=("legal", "law firm", "attorney", "lawyer", "biglaw", "big law", "paralegal"),
)

WISCONSIN = (
    "University of Wisconsin Law School, Career Services, 'Thank-You Letters', "
    "law.wisc.edu/career/thankyou_letters.html"
)
MIZZOU = (
    "University of Missouri School of Law, MU Law Career Cafe, 'The Follow Up' (2013), "
    "mulaw.missouri.edu/mizzoulawcareercafe/2013/02/05/the-follow-up/"
)
GEORGIA = (
    "University of Georgia School of Law, career development office, 'Thank You Notes', "
    "law.uga.edu/thank-you-notes"
)
LEGAL_RESUME_REVIEW = "Legal Resume Review blog, 'Thank You Notes', blog.legalresumereview.com"
SELTZER_FONTAINE = (
    "Seltzer Fontaine (legal recruiters), 'Don't Forget to Say \"Thank You\"', seltzerfontaine.com"
)
ASCEND = "Ascend Legal, 'Thank You Notes' (2016), ascendlegal.com/blog"

CALLBACK = (
    Expectation(
        Verdict.EXPECTED,
        "After a callback interview a thank-you is expected, whatever the size of the firm; "
        "a note hurts only if it is poorly written or has typos.",
        weight=3.0,
        source=WISCONSIN,
    ),
    Expectation(
        None,
        "Write a handwritten card on a plain note card within 24 hours: it stands out, and "
        "hiring partners notice it; if the firm decides quickly, send a short e-mail the "
        "same day and let the card follow.",
        weight=1.5,
        source=f"{MIZZOU}; {LEGAL_RESUME_REVIEW}",
        channel=Channel.HANDWRITTEN,
    ),
    Expectation(
        None,
        "If in doubt, send paper: a mailed letter is the more formal option, and a lawyer "
        "may read an e-mail as too informal. Keep the note formal and flawless, as if it "
        "were a sample of your legal writing.",
        weight=1.5,
        source=WISCONSIN,
        channel=Channel.HANDWRITTEN,
        register=Register.FORMAL,
    ),
)
CALLBACK_PANEL = Expectation(
    None,
    "You met several lawyers: write to the recruiting coordinator or hiring partner and ask "
    "them to thank the others, or write to each, with at least one sentence different in "
    "each, since all the notes may be forwarded to your file.",
    source=f"{WISCONSIN}; {GEORGIA}",
)
SCREENING = (
    Expectation(
        Verdict.OPTIONAL,
        "After a screening interview (for example on campus) a large firm does not expect a "
        "note; smaller firms sometimes do. If you send one, keep it to a brief e-mail "
        "within 24 hours.",
        source=f"{GEORGIA}; {WISCONSIN}",
    ),
    Expectation(
        None,
        "After a screening interview a mailed card arrives after the callback list is made; "
        "a prompt, well-written e-mail can still tip a borderline decision.",
        weight=0.5,
        source=ASCEND,
        channel=Channel.EMAIL,
    ),
)
FIRST = (
    Expectation(
        Verdict.RECOMMENDED,
        "After an interview at the firm, thank the lawyers within a day or two; e-mail is the "
        "norm, and a mailed card stands out. The legal community is small.",
        source=SELTZER_FONTAINE,
    ),
)

PHRASES = (
    Phrase(
        "I very much enjoyed meeting the attorneys at {company}, and our conversations "
        "confirmed my interest in joining the firm.",
        kind="interest",
        locale="en",
        register=Register.FORMAL,
        source=MIZZOU,
    ),
    Phrase(
        "Our discussion of {highlight} gave me a clear sense of the work I would do at the firm.",
        kind="highlight",
        locale="en",
        source=WISCONSIN,
    ),
    Phrase(
        "Please let me know if I can provide any further materials, such as a writing sample "
        "or a transcript.",
        kind="closer",
        locale="en",
        source=MIZZOU,
    ),
)


def expectations_for(interview: Interview) -> tuple[Expectation, ...]:
    """What the law plugin says, by stage and, at a callback, by panel size."""
    if interview.stage is Stage.FINAL:
        panel = (CALLBACK_PANEL,) if len(interview.interviewers) > 1 else ()
        return CALLBACK + panel
    if interview.stage is Stage.SCREENING:
        return SCREENING
    return FIRST


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, expectations_for, PHRASES
)
