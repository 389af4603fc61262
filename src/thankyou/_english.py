"""The core's English phrasebooks: a plugin named ``phrasebook-en`` like any other.

One neutral, professional phrasebook for ``en`` (US conventions) and its
variants for Britain, Australia, India and the rest of the Commonwealth
(CLDR's ``en_001``), which differ in the forms of
address and the sign-offs; the sentences avoid words spelled differently on
either side of the Atlantic, so they serve every variant. Every list offers
several alternatives, so that a panel's notes differ; the short lists serve
cards and LinkedIn messages. ``Engine(disable=["phrasebook-en"])`` switches
the plugin off.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._phrasebook import Phrasebook
from .hookspecs import hookimpl

SUBJECTS = (
    "Thank you: {position} interview",
    "Thank you for the {position} interview",
    "Thank you for your time on {date}",
    "Our conversation about the {position} role",
    "{position} interview at {company}: thank you",
    "Thank you from {candidate}: {position} interview",
)

# {date} ends a clause in every template: US style wants a comma after the
# year inside a sentence ("on November 20, 2026, to talk"), British does not.
OPENERS = (
    "Thank you for taking the time to speak with me about the {position} position at "
    "{company} on {date}.",
    "Thank you for our conversation about the {position} role at {company} on {date}; "
    "I came away with a much clearer picture of the work.",
    "I am grateful for the time you set aside to talk with me about the {position} role "
    "at {company} on {date}.",
    "Thank you for interviewing me for the {position} role at {company} on {date}, and "
    "for answering my questions so openly.",
    "Thank you for your time and for everything you told me about the {position} role "
    "and the team at {company} when we spoke on {date}.",
    "I appreciated the chance to talk with you about the {position} role at {company} "
    "on {date}, and I want to thank you for your time.",
)

SHORT_OPENERS = (
    "Thank you for speaking with me about the {position} role at {company} on {date}.",
    "Thank you for our conversation about the {position} role at {company} on {date}.",
    "Many thanks for telling me about the {position} role at {company} when we spoke on {date}.",
    "I am grateful for the time you gave me to discuss the {position} role at {company} on {date}.",
    "Thank you for your time and for our conversation about the {position} role at "
    "{company} on {date}.",
    "I appreciated our conversation about the {position} role at {company} on {date}; "
    "thank you for your time.",
)

HIGHLIGHTS = (
    "I especially enjoyed our discussion of {highlight}.",
    "Our conversation about {highlight} has stayed with me.",
    "It was particularly useful to hear more about {highlight}.",
    "I was glad we had the chance to talk about {highlight}.",
    "What you said about {highlight} helped me understand the role better.",
    "I have been thinking further about {highlight} since we spoke.",
)

SHORT_HIGHLIGHTS = (
    "I enjoyed our talk about {highlight}.",
    "Hearing about {highlight} was especially useful.",
    "Our discussion of {highlight} stayed with me.",
    "I was glad to learn more about {highlight}.",
    "Our exchange about {highlight} was particularly helpful.",
    "I appreciated what you shared about {highlight}.",
)

INTEREST = (
    "Our conversation confirmed my interest in the role, and I would welcome the chance "
    "to contribute to the work of {company}.",
    "I remain very interested in joining {company}, and I believe the role draws on the "
    "work I do best.",
    "I left our conversation even more interested in the {position} role than I was "
    "before, and I hope to have the chance to take it on.",
    "I am keen to join {company}: the role fits both my experience and the direction I "
    "want my work to take.",
    "Everything I heard has strengthened my interest in the position and in the team at {company}.",
    "I am still very interested in this opportunity and would be pleased to put my skills "
    "to work for your team.",
)

SHORT_INTEREST = (
    "I remain very interested in the role.",
    "Our conversation strengthened my interest in joining {company}.",
    "I would welcome the chance to contribute to your team.",
    "I am still very keen on the position.",
    "I am even more interested in the position now.",
    "I would be glad to bring my experience to {company}.",
)

FITS = (
    "My recent work has prepared me well for the responsibilities you described, and I "
    "would bring the same care and attention to this role.",
    "I believe my track record would help me become productive quickly and work well "
    "with the team.",
    "The priorities you outlined match what I have enjoyed most in my career, which is one "
    "reason this role appeals to me so much.",
    "From what we discussed, I think my background would let me add value early on while "
    "continuing to learn from a strong team.",
    "I am confident that what I have learned in recent years would let me play a full part "
    "in the team from my first months.",
)

FOLLOW_UPS = (
    "If it would help, I am happy to send references or examples of my work.",
    "Please let me know if there is anything else I can provide as you make your decision.",
    "If any further questions come up, I would be glad to answer them at any time.",
    "Should you need anything more from me, such as references, I can send it promptly.",
)

CLOSERS = (
    "I look forward to hearing from you about the next steps.",
    "Thank you again for your time and consideration.",
    "I appreciate your consideration and hope to speak with you again soon.",
    "I would be glad to continue the conversation whenever it suits you.",
    "Thank you once more, and I look forward to hearing from you.",
)

SHORT_CLOSERS = (
    "I look forward to hearing from you.",
    "Thank you again for your time.",
    "I hope we speak again soon.",
    "I hope to hear from you soon.",
    "Thank you for considering my application.",
    "I look forward to the next steps.",
)

#: US business-letter forms: a full stop after the abbreviation.
US_SALUTATIONS = {
    "ms": "Dear Ms. {family_name},",
    "mr": "Dear Mr. {family_name},",
    "mx": "Dear Mx. {family_name},",
    "dr": "Dear Dr. {family_name},",
    "prof": "Dear Professor {family_name},",
    "name": "Dear {name},",
    "team": "Dear Hiring Team,",
}
#: British and Australian forms: no full stop after a contraction.
UK_SALUTATIONS = {
    "ms": "Dear Ms {family_name},",
    "mr": "Dear Mr {family_name},",
    "mx": "Dear Mx {family_name},",
    "dr": "Dear Dr {family_name},",
    "prof": "Dear Professor {family_name},",
    "name": "Dear {name},",
    "team": "Dear Hiring Team,",
}

US = Phrasebook(
    locale="en",
    subjects=SUBJECTS,
    salutations=US_SALUTATIONS,
    openers=OPENERS,
    highlights=HIGHLIGHTS,
    interest=INTEREST,
    closers=CLOSERS,
    sign_offs=("Best regards,", "Sincerely,", "With best regards,"),
    follow_ups=FOLLOW_UPS,
    source=(
        "thankyou core. US conventions ('Dear Ms. X,', 'Best regards'): survey summaries in "
        "NORMS.md; neutral register, no slang, one idea per sentence"
    ),
    fits=FITS,
    short_openers=SHORT_OPENERS,
    short_highlights=SHORT_HIGHLIGHTS,
    short_interest=SHORT_INTEREST,
    short_closers=SHORT_CLOSERS,
)

GB = attrs.evolve(
    US,
    locale="en_GB",
    salutations=UK_SALUTATIONS,
    sign_offs=("Kind regards,", "Best wishes,", "With kind regards,"),
    source=(
        "thankyou core. UK conventions: 'Dear Ms Surname' without a full stop, 'Kind regards', "
        "no gushing (cvcircuit.com; atlasjob.tech)"
    ),
)

AU = attrs.evolve(
    GB,
    locale="en_AU",
    sign_offs=("Kind regards,", "Best regards,", "With thanks,"),
    source=(
        "thankyou core. Australian conventions: no full stops in Mr, Ms, Dr (Australian "
        "Government Style Manual, stylemanual.gov.au); 'Kind regards' as the usual sign-off"
    ),
)

IN = attrs.evolve(
    US,
    locale="en_IN",
    sign_offs=("Kind regards,", "Warm regards,", "Best regards,"),
    source=(
        "thankyou core. Indian English business usage: 'Dear Mr./Ms. Surname', 'Kind regards' "
        "or 'Warm regards'; keep it brief and neutral (citehr.com; weak)"
    ),
)

#: Commonwealth English elsewhere (CLDR's en_001: Ireland, New Zealand, South
#: Africa, Singapore...): British forms of address.
INTERNATIONAL = attrs.evolve(
    GB,
    locale="en_001",
    sign_offs=("Kind regards,", "Best regards,", "Best wishes,"),
)

PHRASEBOOKS = (US, INTERNATIONAL, GB, AU, IN)


@hookimpl
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    return PHRASEBOOKS
