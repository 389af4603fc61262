"""Sales: the follow-up after the interview is itself part of the test.

Sales hiring managers read the note as a sample of how the candidate follows
up with prospects: fast, specific, short, and with a next step, never a
second sales pitch.
"""

from __future__ import annotations

from datetime import timedelta

from thankyou import Expectation, Industry, Phrase, Verdict

from ._hooks import industry_hooks

KEY = "sales"
INDUSTRY = Industry(
    KEY,
    "Sales",
    aliases=(
        "selling",
        "business development",
        "account management",
        "account executive",
        "inside sales",
        "field sales",
        "SDR",
        "BDR",
    ),
)

SALES_TALENT = (
    "Sales Talent Inc., 'Why You Must Send Follow Up Emails After an Interview', "
    "salestalentinc.com/blog/send-follow-up-emails-interview/"
)
MEMORY_BLUE = (
    "MEMORY Blue, 'Does Your Interview Thank-You Note Make You Look Lazy?' (2013), "
    "memoryblue.com/2013/06/does-your-interview-thank-you-note-make-you-look-lazy/"
)
SALESFORCE_SEARCH_KEEP = (
    "Salesforce Search, 'How to Keep Contact After a Sales Interview' (2015), "
    "salesforcesearch.com/blog"
)
SALESFORCE_SEARCH_ETIQUETTE = (
    "Salesforce Search, 'Interview Etiquette: When (and How) to Follow Up' (2015), "
    "salesforcesearch.com/blog"
)

EXPECTATIONS = (
    Expectation(
        Verdict.EXPECTED,
        "In sales the follow-up is part of the test: hiring managers have passed on "
        "candidates who sent no note, reasoning that a rep who does not follow up for a job "
        "will not follow up with prospects; many expect one, and skipping it can damage "
        "your candidacy.",
        weight=3.0,
        source=f"{SALES_TALENT}; {SALESFORCE_SEARCH_KEEP}",
    ),
    Expectation(
        Verdict.EXPECTED,
        "A sales-development firm calls skipping the note not only lazy but dangerous to "
        "your candidacy: in sales, finishing is what counts.",
        source=MEMORY_BLUE,
    ),
    Expectation(
        None,
        "Send it the same day, within hours: a sales offer has been lost to a candidate who "
        "wrote within six hours while the other waited (one anecdote; weak source), and "
        "sales recruiters call an immediate note standard procedure.",
        weight=0.5,
        source=f"meritt.io (one anecdote); {SALESFORCE_SEARCH_KEEP}",
        within=timedelta(hours=6),
    ),
    Expectation(
        None,
        "Keep it to three short paragraphs at most and do not sell yourself again: an "
        "over-eager note restating why you are perfect for the role has cost candidates "
        "who had interviewed well.",
        source=f"{SALESFORCE_SEARCH_KEEP}; {SALESFORCE_SEARCH_ETIQUETTE}",
    ),
)

PHRASES = (
    Phrase(
        "I would welcome a short call next week to agree on the next steps, and I am happy "
        "to send a 30-60-90-day plan beforehand if that would be useful.",
        kind="follow_up",
        locale="en",
        source=SALESFORCE_SEARCH_KEEP,
    ),
    Phrase(
        "Our discussion of {highlight} showed me where I could contribute from the first quarter.",
        kind="highlight",
        locale="en",
        source=SALES_TALENT,
    ),
    Phrase(
        "Gern würde ich die nächsten Schritte in einem kurzen Telefonat in der kommenden "
        "Woche besprechen.",
        kind="follow_up",
        locale="de",
        source=SALESFORCE_SEARCH_KEEP,
    ),
    Phrase(
        "Je vous propose un court échange téléphonique la semaine prochaine pour convenir "
        "des prochaines étapes.",
        kind="follow_up",
        locale="fr",
        source=SALESFORCE_SEARCH_KEEP,
    ),
    Phrase(
        "Me encantaría concertar una breve llamada la próxima semana para acordar los "
        "siguientes pasos.",
        kind="follow_up",
        locale="es",
        source=SALESFORCE_SEARCH_KEEP,
    ),
)


thankyou_industries, thankyou_expectations, thankyou_phrases = industry_hooks(
    INDUSTRY, EXPECTATIONS, PHRASES
)
