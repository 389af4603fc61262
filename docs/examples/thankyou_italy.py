"""A culture plugin: what is customary in Italy, and an Italian phrasebook.

The plugin guide builds it step by step. It is one module, shipped exactly like
the veterinary example, with an entry point ``italy = "thankyou_italy"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from thankyou import Channel, Expectation, Interview, Phrasebook, Register, Verdict, hookimpl

ONLINECV = "OnlineCV, 'Email di ringraziamento dopo il colloquio', onlinecv.it (one careers site)"
PMI = "Chiara Basciano, 'Saper dire grazie', PMI.it, 2017-09-06 (one article)"

NORMS = (
    Expectation(
        Verdict.OPTIONAL,
        "In Italy a thank-you e-mail is good practice but not required; now and then it makes "
        "the difference between two candidates (one careers site; weak).",
        weight=0.4,
        source=ONLINECV,
        channel=Channel.EMAIL,
    ),
    Expectation(
        None,
        "If you send one, send it within 24 hours, keep it to a few lines, and keep it formal "
        "even when the interview felt relaxed (one article; weak).",
        weight=0.4,
        source=PMI,
        within=timedelta(hours=24),
        register=Register.FORMAL,
    ),
)

ITALIAN = Phrasebook(
    locale="it",
    register=Register.FORMAL,
    subjects=["Ringraziamento per il colloquio: {position}"],
    salutations={
        "ms": "Gentile signora {family_name},",
        "mr": "Gentile signor {family_name},",
        "ms+dr": "Gentile dott.ssa {family_name},",
        "mr+dr": "Gentile dott. {family_name},",
        "ms+prof": "Gentile prof.ssa {family_name},",
        "mr+prof": "Gentile prof. {family_name},",
        "name": "Gentile {name},",
        "team": "Gentile responsabile della selezione,",
    },
    openers=[
        "La ringrazio per il colloquio e per il tempo che mi ha dedicato per parlare della "
        "posizione di {position} presso {company}."
    ],
    # "{highlight}" may start with an article ("il nuovo reparto"): the verbs take it as a
    # direct object, so no preposition has to merge with it ("su il" is wrong, "sul" right).
    highlights=[
        "Ho apprezzato in particolare la possibilità di approfondire {highlight}.",
        "È stato molto utile anche approfondire {highlight}.",
    ],
    interest=["Il colloquio ha confermato il mio vivo interesse per questa posizione."],
    closers=["Resto a disposizione per qualsiasi ulteriore informazione."],
    sign_offs=["Cordiali saluti"],
    source="Italian business e-mail conventions (Gentile with the title, Lei, Cordiali saluti); "
    "the sentences were written for this example",
)


@hookimpl
def thankyou_expectations(interview: Interview) -> Iterable[Expectation]:
    return NORMS if interview.country == "IT" else ()


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return [ITALIAN]
