"""Drafting: one `Note` per recipient, written from plugins' phrasebooks.

A note is assembled from parts (salutation, opener, highlight sentences,
interest, fit, follow-up, closer, sign-off), each an alternative chosen from
a phrasebook list. Choices are deterministic: a BLAKE2b digest of the
candidate and the interview gives each part an offset, and each panel member
a rank (by a digest of their name, the company and the position), so that
the members of a panel get different alternatives and the same input always
gives the same notes.

Templates are filled with `fill` only: user text is inserted verbatim, once,
and never read as a template. A note fits its channel by choosing fewer or
more parts, never by cutting a sentence: an e-mail body has 100-200 words, a
handwritten card at most 80, a LinkedIn message at most 300 characters.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple

from attrs import frozen
from babel import Locale
from babel.dates import format_date

from . import _locales
from ._errors import PluginError
from ._model import (
    Candidate,
    Channel,
    Finding,
    Interview,
    Interviewer,
    Note,
    Preference,
    Recommendation,
    Register,
    Severity,
    Verdict,
)
from ._phrasebook import Phrase, Phrasebook, fill, placeholders

__all__ = [
    "LIMITS",
    "Book",
    "Library",
    "count_words",
    "draft",
    "measure",
    "salutation_keys",
]

#: Per channel: the unit, and the (lowest, highest) size of a note's body.
#: LinkedIn counts the characters of the whole message (its limit for a
#: connection note); e-mail and cards count words.
LIMITS: dict[Channel, tuple[Literal["words", "characters"], int, int]] = {
    Channel.EMAIL: ("words", 100, 200),
    Channel.HANDWRITTEN: ("words", 0, 80),
    Channel.LINKEDIN: ("characters", 0, 300),
}

#: Languages written without spaces between words: two characters count as a word.
_UNSPACED = frozenset({"ja", "zh", "yue", "th", "lo", "km", "my", "bo"})
#: Languages whose sentences follow each other without a space (。 ends them).
_NO_SPACE_BETWEEN_SENTENCES = frozenset({"ja", "zh", "yue"})
_SPACE = re.compile(r"\s+")
_ENGLISH = Locale("en")

#: `Phrasebook.TEMPLATE_LISTS` in the order that fixes each pool's seed byte below
#: (reordering would change which alternative every existing draft picks).
_POOLS = (
    "subjects",
    "openers",
    "highlights",
    "interest",
    "fits",
    "follow_ups",
    "closers",
    "sign_offs",
    "short_openers",
    "short_highlights",
    "short_interest",
    "short_closers",
)
#: Which byte of the interview's digest offsets which part.
_SEED = {name: i for i, name in enumerate((*_POOLS, "industry"))}


class _Template(NamedTuple):
    text: str
    needs: frozenset[str]


def _compile(templates: Iterable[str]) -> tuple[_Template, ...]:
    return tuple(_Template(t, frozenset(placeholders(t))) for t in templates)


class Book:
    """A phrasebook compiled once per engine: templates with their placeholders."""

    __slots__ = ("_usable", "key", "phrasebook", "plugin", "pools", "salutations")

    def __init__(self, plugin: str, phrasebook: Phrasebook) -> None:
        self.plugin = plugin
        self.phrasebook = phrasebook
        self.key = str(phrasebook.locale)
        self.pools: dict[str, tuple[_Template, ...]] = {
            name: _compile(getattr(phrasebook, name)) for name in _POOLS
        }
        self.salutations: dict[str, _Template] = {
            key: _Template(t, frozenset(placeholders(t))) for key, t in phrasebook.salutations
        }
        self._usable: dict[tuple[str, frozenset[str]], tuple[_Template, ...]] = {}

    def usable(self, pool: str, have: frozenset[str]) -> tuple[_Template, ...]:
        """The alternatives of ``pool`` whose placeholders all have values."""
        key = (pool, have)
        found = self._usable.get(key)
        if found is None:
            found = tuple(t for t in self.pools[pool] if t.needs <= have)
            self._usable[key] = found
        return found


#: Registers to try, in order, when no phrasebook has the one asked for.
_NEAREST: dict[Register, tuple[Register, ...]] = {
    Register.NEUTRAL: (Register.FORMAL, Register.WARM),
    Register.FORMAL: (Register.NEUTRAL, Register.WARM),
    Register.WARM: (Register.NEUTRAL, Register.FORMAL),
}


class Library:
    """Every active phrasebook of an engine, looked up by locale and register."""

    def __init__(self, books: Iterable[tuple[str, Phrasebook]]) -> None:
        self._books: dict[tuple[str, Register | None], Book] = {}
        for plugin, phrasebook in books:
            book = Book(plugin, phrasebook)
            self._books.setdefault((book.key, phrasebook.register), book)
        self._found: dict[tuple[Locale, Register], Book | None] = {}

    def __len__(self) -> int:
        return len(self._books)

    def keys(self) -> tuple[tuple[str, Register | None], ...]:
        return tuple(self._books)

    def find(self, locale: Locale, register: Register) -> Book | None:
        """The most specific phrasebook for ``locale``: de_AT, then de; the
        register asked for, then one for any register, then the nearest."""
        memo = (locale, register)
        if memo in self._found:
            return self._found[memo]
        found = None
        for key in _locales.fallbacks(locale):
            for reg in (register, None, *_NEAREST[register]):
                found = self._books.get((key, reg))
                if found is not None:
                    break
            if found is not None:
                break
        self._found[memo] = found
        return found


def salutation_keys(person: Interviewer | None) -> tuple[str, ...]:
    """Salutation forms to try, most specific first: "ms+dr", "dr", "ms", "name"."""
    if person is None:
        return ("team",)
    keys = []
    if person.honorific and person.academic_title:
        keys.append(f"{person.honorific}+{person.academic_title}")
    if person.academic_title:
        keys.append(person.academic_title)
    if person.honorific:
        keys.append(person.honorific)
    return (*keys, "name", "team")


def count_words(text: str, language: str) -> int:
    """Words in ``text``; in Japanese or Chinese, two characters count as one."""
    if language in _UNSPACED:
        return math.ceil(sum(len(token) for token in text.split()) / 2)
    return len(text.split())


def measure(body: str, channel: Channel, language: str) -> int:
    """The size of a body in its channel's unit (see `LIMITS`)."""
    if LIMITS[channel][0] == "characters":
        return len(body)
    return count_words(body, language)


@lru_cache(maxsize=256)
def _date(day: date, locale: Locale) -> str:
    return format_date(day, format="long", locale=locale)


def _digest(*parts: str) -> bytes:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).digest()


def _clean(highlight: str) -> str:
    """One line, without a final full stop (the template supplies one)."""
    text = _SPACE.sub(" ", highlight).strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


@frozen
class _Plan:
    short: bool
    contact: bool
    ideal: int
    #: Optional parts, in the order they are added until the note reaches ``ideal``.
    order: tuple[str, ...]
    closer_optional: bool = False
    #: More parts, added only while the note is below its channel's minimum.
    extra: tuple[str, ...] = ()


_PLANS: dict[Channel, _Plan] = {
    Channel.EMAIL: _Plan(
        False, True, 150, ("hl", "industry", "fit", "hl", "follow"), extra=("hl", "fit", "follow")
    ),
    Channel.HANDWRITTEN: _Plan(True, False, 60, ("hl", "industry", "hl")),
    Channel.LINKEDIN: _Plan(True, False, 285, ("hl", "closer", "industry"), closer_optional=True),
}
#: The short note drafted when a note is unusual (labelled optional).
_OPTIONAL_PLANS: dict[Channel, _Plan] = {
    Channel.EMAIL: _Plan(True, True, 70, ("hl", "industry")),
    Channel.HANDWRITTEN: _Plan(True, False, 50, ("hl",)),
    Channel.LINKEDIN: _Plan(True, False, 250, ("hl",), closer_optional=True),
}
_OPTIONAL_HIGH = {Channel.EMAIL: 100, Channel.HANDWRITTEN: 80, Channel.LINKEDIN: 300}


def _phrase_matches(phrase: Phrase, locale: Locale, register: Register) -> bool:
    where = phrase.locale
    return (
        where.language == locale.language
        and where.territory in (None, locale.territory)
        and (where.script is None or where.script == (locale.script or where.script))
        and phrase.register in (None, register)
    )


def draft(
    interview: Interview,
    candidate: Candidate,
    recommendation: Recommendation,
    library: Library | None,
    phrases: Sequence[tuple[str, Phrase]] = (),
    *,
    channel: Channel | None = None,
    warnings: list[str] | None = None,
) -> tuple[Note, ...]:
    """One note per recipient of ``interview`` (none when the advice is not to send).

    ``channel`` is the caller's choice, which beats an interviewer's own
    preference; ``warnings`` collects what a person should know (someone
    left out, a language no phrasebook writes).
    """
    said = [] if warnings is None else warnings
    verdict = recommendation.verdict
    if verdict is Verdict.DO_NOT_SEND:
        why = next(
            (r.text for r in recommendation.reasons if r.stance is Verdict.DO_NOT_SEND),
            recommendation.reasons[0].text if recommendation.reasons else "",
        )
        said.append(
            f"No note was drafted: the verdict is {verdict.value}, so the advice is not to "
            "send one." + (f" {why}" if why else "")
        )
        return ()
    if library is None:
        library = Library(())
    recipients: list[Interviewer | None] = []
    for person in interview.interviewers:
        if person.preference is Preference.NO_FOLLOW_UP:
            said.append(
                f"No note to {person.name}: they have said they do not want follow-up notes."
            )
        else:
            recipients.append(person)
    if not interview.interviewers:
        recipients.append(None)
    optional = verdict is Verdict.UNUSUAL
    if optional and recipients:
        said.append(
            "A note is unusual here, so the drafts are short and marked optional: "
            "send one only if you have a reason to."
        )

    seed = _digest(
        candidate.name, interview.company, interview.position, interview.when.date().isoformat()
    )
    order = sorted(
        range(len(recipients)),
        key=lambda i: (
            _digest(_name(recipients[i]), interview.company, interview.position),
            i,
        ),
    )
    rank = {index: r for r, index in enumerate(order)}
    industry = tuple(
        (plugin, p, _Template(p.text, frozenset(placeholders(p.text)))) for plugin, p in phrases
    )
    notes = []
    for index, recipient in enumerate(recipients):
        note = _draft_one(
            interview,
            candidate,
            recommendation,
            library,
            industry,
            recipient,
            seed,
            rank[index],
            channel,
            optional,
            said,
        )
        if note is not None:
            notes.append(note)
    return tuple(notes)


def _name(person: Interviewer | None) -> str:
    return "" if person is None else person.name


def _note_channel(
    person: Interviewer | None, chosen: Channel | None, recommendation: Recommendation
) -> Channel:
    if chosen is not None:
        return chosen
    if person is not None and person.preference is Preference.APPRECIATES_HANDWRITTEN:
        return Channel.HANDWRITTEN
    if person is not None and person.preference is Preference.PREFERS_EMAIL:
        return Channel.EMAIL
    return recommendation.channel


def _find_book(
    library: Library,
    locale: Locale,
    candidate: Candidate,
    register: Register,
    who: str,
    said: list[str],
) -> tuple[Book, Locale] | None:
    book = library.find(locale, register)
    if book is not None:
        return book, locale
    for other in (candidate.locale, _ENGLISH):
        book = library.find(other, register)
        if book is not None:
            said.append(
                f"No phrasebook writes {locale.get_display_name('en')} ({locale}); "
                f"the note to {who} is in {other.get_display_name('en')} instead."
            )
            return book, other
    said.append(f"No phrasebook is installed, so no note to {who} was drafted.")
    return None


def _draft_one(
    interview: Interview,
    candidate: Candidate,
    recommendation: Recommendation,
    library: Library,
    industry: Sequence[tuple[str, Phrase, _Template]],
    person: Interviewer | None,
    seed: bytes,
    rank: int,
    chosen: Channel | None,
    optional: bool,
    said: list[str],
) -> Note | None:
    who = person.name if person is not None else "the hiring team"
    register = recommendation.register
    found = _find_book(
        library, _locales.note_locale(person, interview, candidate), candidate, register, who, said
    )
    if found is None:
        return None
    book, locale = found
    channel = _note_channel(person, chosen, recommendation)
    plan = (_OPTIONAL_PLANS if optional else _PLANS)[channel]

    values = {
        "company": interview.company,
        "position": interview.position,
        "date": _date(interview.when.date(), locale),
        "candidate": candidate.name,
    }
    if interview.department:
        values["department"] = interview.department
    if person is not None:
        values["name"] = person.name
        values["family_name"] = person.surname
        if person.job_title:
            values["job_title"] = person.job_title
    have = frozenset(values)
    have_highlight = have | {"highlight"}

    def pool(
        name: str, *, short: bool = plan.short, needs: frozenset[str] = have
    ) -> tuple[_Template, ...]:
        if short:
            found = book.usable(f"short_{name}", needs)
            if found:
                return found
        return book.usable(name, needs)

    def pick(name: str, templates: Sequence[_Template]) -> _Template:
        return templates[(seed[_SEED[name]] + rank) % len(templates)]

    def required(name: str, templates: Sequence[_Template]) -> Sequence[_Template]:
        if not templates:
            missing = ", ".join("{" + n + "}" for n in sorted(_all_needs(book, name) - have))
            raise PluginError(
                book.plugin,
                "thankyou_phrasebooks",
                f"the {book.key} phrasebook has no {name} usable without {missing}; "
                "add one that needs only {company}, {position}, {date} or {candidate}",
            )
        return templates

    # Industry sentences in this note's language and register.
    mine: dict[str, list[_Template]] = {}
    for _, phrase, template in industry:
        if _phrase_matches(phrase, locale, register):
            needs = have_highlight if phrase.kind == "highlight" else have
            if template.needs <= needs:
                mine.setdefault(phrase.kind, []).append(template)

    salutation = next(
        (
            book.salutations[key]
            for key in salutation_keys(person)
            if key in book.salutations and book.salutations[key].needs <= have
        ),
        book.salutations["team"],
    )
    opener_pool = mine.get("opener") or required("openers", pool("openers"))
    closer_pool = mine.get("closer") or required("closers", pool("closers"))
    interest_pool = required("interest", pool("interest"))
    parts = {
        "salutation": fill(salutation.text, values),
        "opener": fill(pick("openers", opener_pool).text, values),
        "interest": fill(pick("interest", interest_pool).text, values),
        "closer": fill(pick("closers", closer_pool).text, values),
    }
    sign_off = fill(
        pick("sign_offs", required("sign_offs", book.usable("sign_offs", have))).text, values
    )
    signature = fill(book.phrasebook.signature, {"sign_off": sign_off, "candidate": candidate.name})
    contact = candidate.signature if plan.contact else ()

    # Optional parts, each a list of alternatives tried in turn.
    own = person.highlights if person is not None else ()
    shared = interview.highlights
    if shared:
        turn = rank % len(shared)
        shared = shared[turn:] + shared[:turn]
    topics = [t for t in dict.fromkeys(_clean(h) for h in (*own, *shared)) if t]
    hl_pool = list(pool("highlights", needs=have_highlight))
    industry_hl = mine.get("highlight", [])
    hl_sentences = []
    for k, topic in enumerate(topics):
        templates = industry_hl if k == 0 and industry_hl else hl_pool
        if not templates:
            break
        template = templates[(seed[_SEED["highlights"]] + rank + k) % len(templates)]
        hl_sentences.append(fill(template.text, {**values, "highlight": topic}))
    fits = pool("fits", short=False)
    fit_sentences = [
        fill(fits[(seed[_SEED["fits"]] + rank + k) % len(fits)].text, values)
        for k in range(min(2, len(fits)))
    ]
    follow_pool = mine.get("follow_up") or list(pool("follow_ups", short=False))
    follow_sentences = [
        fill(follow_pool[(seed[_SEED["follow_ups"]] + rank + k) % len(follow_pool)].text, values)
        for k in range(min(2, len(follow_pool)))
    ]
    industry_interest = mine.get("interest", [])
    extra_interest = (
        [
            fill(
                industry_interest[(seed[_SEED["industry"]] + rank) % len(industry_interest)].text,
                values,
            )
        ]
        if industry_interest
        else []
    )
    queues: dict[str, list[str]] = {
        "hl": hl_sentences,
        "fit": fit_sentences,
        "follow": follow_sentences,
        "industry": extra_interest,
        "closer": [parts["closer"]] if plan.closer_optional else [],
    }
    if plan.closer_optional:
        parts["closer"] = ""

    unit, low, high = LIMITS[channel]
    if optional:
        low, high = 0, _OPTIONAL_HIGH[channel]
    language = locale.language
    joiner = "" if language in _NO_SPACE_BETWEEN_SENTENCES else " "

    def render(picked: dict[str, list[str]]) -> str:
        first = joiner.join([parts["opener"], *picked["hl"]])
        second = joiner.join(
            s
            for s in (
                parts["interest"],
                *picked["industry"],
                *picked["fit"],
                *picked["follow"],
                parts["closer"],
                *picked["closer"],
            )
            if s
        )
        blocks = [parts["salutation"], first, second, signature]
        body = "\n\n".join(blocks)
        return body + "\n" + "\n".join(contact) if contact else body

    by_chars = unit == "characters"
    picked: dict[str, list[str]] = {key: [] for key in queues}
    body = render(picked)
    size = measure(body, channel, language)
    if size > high:
        body, size = _shortest(book, parts, have, values, render, picked, channel, language)
    for passes, groups in ((0, plan.order), (1, plan.order + plan.extra)):
        for group in groups:
            # The first highlight is what makes a note personal: always try it.
            wanted = plan.ideal if passes == 0 else low
            if size >= wanted and not (group == "hl" and not picked["hl"]):
                continue
            queue = queues[group]
            while queue:
                sentence = queue.pop(0)
                # A sentence joins a paragraph that is never empty: one space more.
                grow = len(sentence) + len(joiner) if by_chars else count_words(sentence, language)
                if size + grow <= high:
                    picked[group].append(sentence)
                    size += grow
                    break
                if group != "hl":
                    break
    body = render(picked)
    size = measure(body, channel, language)

    subject = None
    if channel is Channel.EMAIL:
        subjects = required("subjects", book.usable("subjects", have))
        subject = fill(pick("subjects", subjects).text, values)

    findings = _length_findings(subject, body, size, channel, unit, low, high)
    return Note(
        recipient=person,
        channel=channel,
        locale=locale,
        subject=subject,
        body=body,
        findings=findings,
        optional=optional,
    )


def _all_needs(book: Book, pool: str) -> frozenset[str]:
    needs: frozenset[str] = frozenset()
    for template in book.pools[pool]:
        needs |= template.needs
    return needs


def _shortest(
    book: Book,
    parts: dict[str, str],
    have: frozenset[str],
    values: dict[str, str],
    render: Callable[[dict[str, list[str]]], str],
    chosen: dict[str, list[str]],
    channel: Channel,
    language: str,
) -> tuple[str, int]:
    """Swap each required part for its shortest alternative when even they are too long."""
    for part, names in (
        ("opener", ("openers", "short_openers")),
        ("interest", ("interest", "short_interest")),
        ("closer", ("closers", "short_closers")),
    ):
        if not parts[part]:
            continue
        options = [fill(t.text, values) for name in names for t in book.usable(name, have)] + [
            parts[part]
        ]
        parts[part] = min(options, key=lambda s: (measure(s, channel, language), s))
    body = render(chosen)
    return body, measure(body, channel, language)


_LABELS = {
    Channel.EMAIL: "an e-mail",
    Channel.HANDWRITTEN: "a handwritten card",
    Channel.LINKEDIN: "a LinkedIn message",
}


def _length_findings(
    subject: str | None,
    body: str,
    size: int,
    channel: Channel,
    unit: str,
    low: int,
    high: int,
) -> tuple[Finding, ...]:
    text_length = len(f"{subject}\n\n{body}" if subject else body)
    if size > high:
        return (
            Finding(
                "too-long",
                # LinkedIn refuses a longer connection note; elsewhere it is a matter of taste.
                Severity.ERROR if channel is Channel.LINKEDIN else Severity.WARNING,
                f"Even the shortest draft has {size} {unit}; {_LABELS[channel]} should "
                f"have at most {high}. Shorten the names or the signature.",
                0,
                text_length,
            ),
        )
    if size < low:
        return (
            Finding(
                "too-short",
                Severity.INFO,
                f"The draft has {size} {unit}; {_LABELS[channel]} usually has "
                f"{low} to {high}. Add what you discussed (highlights) to say more.",
                0,
                text_length,
            ),
        )
    return ()
