"""India: a note is uncommon and may be mistaken for canvassing (HR forum; weak).

The module is ``in_`` because ``in`` is a Python keyword; its entry point,
and so its plugin name, is ``in`` like every other country's ISO code.
"""

from __future__ import annotations

from thankyou import Register, Verdict

from ._norms import GENERIC_EMAIL, ORDINARY, WEAK, CountryNorm, Custom, Fact, expectations_hook

CITEHR = (
    "CiteHR forum, 'The Importance of Thank-You Notes After Interviews', citehr.com "
    "(HR practitioners in Bangalore and Mumbai)"
)

#: The custom in one sentence, for an interviewer or candidate from here (see _norms).
SUMMARY_TEXT = "In India a thank-you note is uncommon and may be mistaken for canvassing."

NORM = CountryNorm(
    code="IN",
    zone="Asia/Kolkata",
    customs=[
        Custom(
            Verdict.UNUSUAL,
            Fact(
                "In India a thank-you note after an interview is not yet part of the hiring "
                "culture and may be mistaken for canvassing; few candidates send one, and it "
                "is not expected to influence selection (HR forum and a career blog; weak "
                "source).",
                f"{CITEHR}; yourdreamjob.in, 'The magic of saying Thank you!' (blog)",
                WEAK,
            ),
        )
    ],
    summary=SUMMARY_TEXT,
    channel=Fact("E-mail, if you send one.", GENERIC_EMAIL, ORDINARY),
    register=Register.NEUTRAL,
    register_fact=Fact(
        "If you send one, keep it very brief and neutral: thank them for the opportunity, "
        "with nothing that pleads your case (HR forum; weak source).",
        CITEHR,
        WEAK,
    ),
)

thankyou_expectations = expectations_hook(NORM)
