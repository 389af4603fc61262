"""Drafting: one `Note` per recipient, written from plugins' phrasebooks.

A note is assembled from parts (salutation, opener, highlight sentences,
interest, fit, follow-up, closer, sign-off), each an alternative chosen from
a phrasebook list. Choices are deterministic: a BLAKE2b digest of the
candidate and the interview gives each part an offset, and each panel member
a rank (by a digest of their name, the company and the position), so that
the members of a panel get different alternatives and the same input always
gives the same notes.

Templates are filled as `fill` fills them: user text is inserted verbatim,
once, and never read as a template. A note fits its channel by choosing fewer
or more parts, never by cutting a sentence: an e-mail body has 100-200 words,
a handwritten card at most 80, a LinkedIn message at most 300 characters.

Drafting runs once per interviewer of every interview, so the work that does
not depend on the interview is done once per engine: each phrasebook's
templates are split into text and placeholders (`_Template`), and what a
phrasebook offers for a set of values is kept (`Book.kit`). A sentence is
filled only when it is tried, and its words are counted from its spaces when
template and values have single spaces between words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple, NoReturn

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
from ._phrasebook import Phrase, Phrasebook, split_template

try:  # hashlib's own BLAKE2, without the OpenSSL set-up importing hashlib costs (~2.5 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the _blake2 module
    from hashlib import blake2b

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


class _Template:
    """A trusted template split once into its text and placeholders, so that
    filling it is a join (the same text as `fill`)."""

    __slots__ = ("head", "needs", "rest", "simple", "text")

    def __init__(self, text: str, pieces: _Pieces | None = None) -> None:
        head, rest = split_template(text) if pieces is None else pieces
        self.text = text
        self.head = head
        #: (name, "{name}", the text up to the next placeholder) per placeholder.
        self.rest = rest
        self.needs = frozenset(name for name, _, _ in rest)
        #: Single spaces between words and none at the ends: filled with values
        #: that are so too (`_simple`), the text is so too, and `_count` is cheap.
        self.simple = _simple((text,))

    def keeping(self, name: str, values: Mapping[str, str]) -> _Template:
        """The template with every placeholder but ``name`` filled from ``values``
        (left as ``{name}`` without one), as text that is never read again."""
        head = self.head
        rest: list[tuple[str, str, str]] = []
        for placeholder, mark, literal in self.rest:
            if placeholder == name:
                rest.append((placeholder, mark, literal))
                continue
            text = values.get(placeholder, mark) + literal
            if rest:
                kept, kept_mark, before = rest[-1]
                rest[-1] = (kept, kept_mark, before + text)
            else:
                head += text
        marked = head + "".join(mark + literal for _, mark, literal in rest)
        return _Template(marked, (head, tuple(rest)))

    def fill(self, values: Mapping[str, str]) -> str:
        """`fill` of the template: values verbatim, a missing one left as ``{name}``."""
        if not self.rest:
            return self.text
        out = [self.head]
        for name, mark, literal in self.rest:
            out.append(values.get(name, mark))
            out.append(literal)
        return "".join(out)


_Pieces = tuple[str, tuple[tuple[str, str, str], ...]]
_Pool = Sequence[_Template]
#: An optional sentence not yet filled: its template, and the highlight it carries.
_Entry = tuple[_Template, str | None]


def _nonspace(text: str) -> int:
    return sum(map(len, text.split()))


def _quantity(text: str, unspaced: bool) -> int:
    """What `count_words` counts before halving: words, or non-space characters."""
    return _nonspace(text) if unspaced else len(text.split())


def _simple(texts: Iterable[str]) -> bool:
    """Whether each text has words with single spaces between them, no other
    space and none at its ends (one joined string is tested, not each text)."""
    joined = f"|{'|'.join(texts)}|"
    # Only " " of all the space characters is printable; "|" marks the ends.
    return (
        joined.isprintable()
        and "  " not in joined
        and " |" not in joined
        and "| " not in joined
        and "||" not in joined
    )


def _count(text: str, simple: bool, unspaced: bool) -> int:
    """`_quantity` of ``text``, from its spaces when it is `_simple`."""
    if simple:
        spaces = text.count(" ")
        return len(text) - spaces if unspaced else spaces + 1
    return _quantity(text, unspaced)


@lru_cache(maxsize=1024)
def _phrase_template(text: str) -> _Template:
    """Industry phrases arrive with every draft; compile each text once."""
    return _Template(text)


class _Kit:
    """A book's alternatives usable with one set of values, for long or short notes."""

    __slots__ = (
        "_forms",
        "_team",
        "closers",
        "fits",
        "follow_ups",
        "have",
        "have_highlight",
        "highlights",
        "interest",
        "openers",
        "salutations",
        "sign_offs",
        "signatures",
        "subjects",
    )

    def __init__(self, book: Book, have: frozenset[str], short: bool) -> None:
        def pool(name: str, needs: frozenset[str] = have) -> tuple[_Template, ...]:
            if short:
                found = book.usable(f"short_{name}", needs)
                if found:
                    return found
            return book.usable(name, needs)

        self.have = have
        self.have_highlight = have | {"highlight"}
        self.openers = pool("openers")
        self.closers = pool("closers")
        self.interest = pool("interest")
        self.highlights = pool("highlights", self.have_highlight)
        self.fits = book.usable("fits", have)
        self.follow_ups = book.usable("follow_ups", have)
        self.sign_offs = book.usable("sign_offs", have)
        #: Per sign-off without placeholders, the signature with it in place:
        #: only {candidate} is left to fill.
        self.signatures = tuple(
            None if t.rest else book.signature.keeping("candidate", {"sign_off": t.text})
            for t in self.sign_offs
        )
        self.subjects = book.usable("subjects", have)
        self.salutations = {
            key: template for key, template in book.salutations.items() if template.needs <= have
        }
        self._team = book.salutations["team"]
        self._forms: dict[tuple[str | None, str | None] | None, _Template] = {}

    def salutation(self, person: Interviewer | None) -> _Template:
        """The most specific usable salutation for ``person`` (see `salutation_keys`)."""
        key = None if person is None else (person.honorific, person.academic_title)
        found = self._forms.get(key)
        if found is None:
            # Bounded: a few honorifics times a few titles.
            found = next(
                (self.salutations[k] for k in salutation_keys(person) if k in self.salutations),
                self._team,
            )
            self._forms[key] = found
        return found


#: The values every note has, and those it has when the interview names a
#: department, the recipient is known, and the recipient's job title is known.
_ALWAYS = ("company", "position", "date", "candidate")
_HAVE = {
    (department, person, job): frozenset(
        (
            *_ALWAYS,
            *(("department",) if department else ()),
            *(("name", "family_name") if person else ()),
            *(("job_title",) if person and job else ()),
        )
    )
    for department in (False, True)
    for person in (False, True)
    for job in (False, True)
}


class Book:
    """A phrasebook compiled once per engine, on its first note: templates with their
    placeholders. (A process that writes one English note compiles no other book.)"""

    __slots__ = (
        "_kits",
        "_pools",
        "_salutations",
        "_signature",
        "_usable",
        "key",
        "phrasebook",
        "plugin",
    )

    def __init__(self, plugin: str, phrasebook: Phrasebook) -> None:
        self.plugin = plugin
        self.phrasebook = phrasebook
        self.key = str(phrasebook.locale)
        self._pools: dict[str, tuple[_Template, ...]] | None = None
        self._salutations: dict[str, _Template] = {}
        self._signature: _Template | None = None
        # Both caches are bounded: their keys are subsets of the few placeholders.
        self._usable: dict[tuple[str, frozenset[str]], tuple[_Template, ...]] = {}
        self._kits: dict[tuple[bool, bool, bool, bool], _Kit] = {}

    def _compile(self) -> dict[str, tuple[_Template, ...]]:
        # Two threads may both compile; either result is the same, the pools set last.
        book = self.phrasebook
        self._salutations = {key: _Template(t) for key, t in book.salutations}
        self._signature = _Template(book.signature)
        pools = {name: tuple(map(_Template, getattr(book, name))) for name in _POOLS}
        self._pools = pools
        return pools

    @property
    def pools(self) -> dict[str, tuple[_Template, ...]]:
        return self._pools or self._compile()

    @property
    def salutations(self) -> dict[str, _Template]:
        if self._pools is None:
            self._compile()
        return self._salutations

    @property
    def signature(self) -> _Template:
        if self._pools is None:
            self._compile()
        assert self._signature is not None
        return self._signature

    def usable(self, pool: str, have: frozenset[str]) -> tuple[_Template, ...]:
        """The alternatives of ``pool`` whose placeholders all have values."""
        key = (pool, have)
        found = self._usable.get(key)
        if found is None:
            found = tuple(t for t in self.pools[pool] if t.needs <= have)
            self._usable[key] = found
        return found

    def kit(self, short: bool, department: bool, person: bool, job: bool) -> _Kit:
        """What a note can use when it has those values (see `_HAVE`)."""
        key = (short, department, person, job)
        found = self._kits.get(key)
        if found is None:
            # Two threads may both build it; either result is the same.
            found = self._kits[key] = _Kit(self, _HAVE[department, person, job], short)
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
        try:
            return self._found[memo]  # one lookup: hashing a Locale runs Python code
        except KeyError:
            pass
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
    return blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).digest()


def _clean(highlight: str) -> str:
    """One line, without a final full stop (the template supplies one)."""
    # Runs of space become one, none at the ends (str.split's space is regex \\s).
    text = " ".join(highlight.split())
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


class _Plan(NamedTuple):
    short: bool
    contact: bool
    ideal: int
    #: Optional parts, in the order they are added until the note reaches ``ideal``.
    order: tuple[str, ...]
    #: The channel's unit and the (lowest, highest) size of the body (see `LIMITS`).
    unit: str
    low: int
    high: int
    closer_optional: bool = False
    #: More parts, added only while the note is below its channel's minimum.
    extra: tuple[str, ...] = ()


_PLANS: dict[Channel, _Plan] = {
    Channel.EMAIL: _Plan(
        False,
        True,
        150,
        ("hl", "industry", "fit", "hl", "follow"),
        *LIMITS[Channel.EMAIL],
        extra=("hl", "fit", "follow"),
    ),
    Channel.HANDWRITTEN: _Plan(
        True, False, 60, ("hl", "industry", "hl"), *LIMITS[Channel.HANDWRITTEN]
    ),
    Channel.LINKEDIN: _Plan(
        True,
        False,
        285,
        ("hl", "closer", "industry"),
        *LIMITS[Channel.LINKEDIN],
        closer_optional=True,
    ),
}
#: The short note drafted when a note is unusual (labelled optional), at most this long.
_OPTIONAL_PLANS: dict[Channel, _Plan] = {
    Channel.EMAIL: _Plan(True, True, 70, ("hl", "industry"), "words", 0, 100),
    Channel.HANDWRITTEN: _Plan(True, False, 50, ("hl",), "words", 0, 80),
    Channel.LINKEDIN: _Plan(True, False, 250, ("hl",), "characters", 0, 300, closer_optional=True),
}


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
    if len(recipients) > 1:
        order = sorted(
            range(len(recipients)),
            key=lambda i: (
                _digest(_name(recipients[i]), interview.company, interview.position),
                i,
            ),
        )
        ranks = [0] * len(recipients)
        for r, index in enumerate(order):
            ranks[index] = r
    else:
        ranks = [0] * len(recipients)
    notes = []
    for recipient, rank in zip(recipients, ranks, strict=True):
        note = _draft_one(
            interview,
            candidate,
            recommendation,
            library,
            phrases,
            recipient,
            seed,
            rank,
            channel,
            optional,
            said,
        )
        if note is not None:
            notes.append(note)
    return tuple(notes)


def _name(person: Interviewer | None) -> str:
    return "" if person is None else person.name


def _note_channel(person: Interviewer | None, recommendation: Recommendation) -> Channel:
    """The channel when the caller chose none: the interviewer's preference, else the advice's."""
    preference = None if person is None else person.preference
    if preference is None:
        return recommendation.channel
    if preference is Preference.APPRECIATES_HANDWRITTEN:
        return Channel.HANDWRITTEN
    if preference is Preference.PREFERS_EMAIL:
        return Channel.EMAIL
    return recommendation.channel


def _other_book(
    library: Library,
    locale: Locale,
    candidate: Candidate,
    register: Register,
    who: str,
    said: list[str],
) -> tuple[Book, Locale] | None:
    """The candidate's or the English phrasebook when none writes ``locale``."""
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


def _missing(book: Book, have: frozenset[str], name: str) -> NoReturn:
    """Refuse a phrasebook none of whose ``name`` can be filled with ``have``."""
    missing = ", ".join("{" + n + "}" for n in sorted(_all_needs(book, name) - have))
    raise PluginError(
        book.plugin,
        "thankyou_phrasebooks",
        f"the {book.key} phrasebook has no {name} usable without {missing}; "
        "add one that needs only {company}, {position}, {date} or {candidate}",
    )


def _render(
    salutation: str,
    first: Iterable[str],
    second: Iterable[str],
    signature: str,
    contact: Sequence[str],
    joiner: str,
) -> str:
    """Salutation, opener and highlights, the rest (its empty parts left out),
    signature, contact lines."""
    body = "\n\n".join(
        (salutation, joiner.join(first), joiner.join(filter(None, second)), signature)
    )
    return body + "\n" + "\n".join(contact) if contact else body


def _draft_one(
    interview: Interview,
    candidate: Candidate,
    recommendation: Recommendation,
    library: Library,
    industry: Sequence[tuple[str, Phrase]],
    person: Interviewer | None,
    seed: bytes,
    rank: int,
    chosen: Channel | None,
    optional: bool,
    said: list[str],
) -> Note | None:
    register = recommendation.register
    locale = _locales.note_locale(person, interview, candidate)
    book = library.find(locale, register)
    if book is None:
        who = person.name if person is not None else "the hiring team"
        found = _other_book(library, locale, candidate, register, who, said)
        if found is None:
            return None
        book, locale = found
    channel = _note_channel(person, recommendation) if chosen is None else chosen
    plan = (_OPTIONAL_PLANS if optional else _PLANS)[channel]
    unit, low, high = plan.unit, plan.low, plan.high
    by_chars = unit == "characters"
    language = locale.language
    unspaced = language in _UNSPACED
    joiner = "" if language in _NO_SPACE_BETWEEN_SENTENCES else " "

    values = {
        "company": interview.company,
        "position": interview.position,
        "date": _date(interview.when.date(), locale),
        "candidate": candidate.name,
    }
    department = interview.department
    if department:
        values["department"] = department
    job = None
    if person is not None:
        values["name"] = person.name
        values["family_name"] = person.surname
        job = person.job_title
        if job:
            values["job_title"] = job
    kit = book.kit(plan.short, bool(department), person is not None, bool(job))
    have = kit.have
    # Values with single spaces keep simple templates simple, so counted cheaply.
    fast = not by_chars and _simple(values.values())

    # Industry sentences in this note's language and register.
    mine: dict[str, list[_Template]] = {}
    for _, phrase in industry:
        if _phrase_matches(phrase, locale, register):
            needs = kit.have_highlight if phrase.kind == "highlight" else have
            template = _phrase_template(phrase.text)
            if template.needs <= needs:
                mine.setdefault(phrase.kind, []).append(template)

    salutation_t = kit.salutation(person)
    opener_pool = mine.get("opener") or kit.openers or _missing(book, have, "openers")
    closer_pool = mine.get("closer") or kit.closers or _missing(book, have, "closers")
    interest_pool = kit.interest or _missing(book, have, "interest")
    sign_offs = kit.sign_offs or _missing(book, have, "sign_offs")
    opener_t = opener_pool[(seed[_SEED["openers"]] + rank) % len(opener_pool)]
    interest_t = interest_pool[(seed[_SEED["interest"]] + rank) % len(interest_pool)]
    closer_t = closer_pool[(seed[_SEED["closers"]] + rank) % len(closer_pool)]
    sign_off = (seed[_SEED["sign_offs"]] + rank) % len(sign_offs)
    salutation = salutation_t.fill(values)
    opener = opener_t.fill(values)
    interest = interest_t.fill(values)
    closer = closer_t.fill(values)
    signature_t = kit.signatures[sign_off]
    if signature_t is None:
        signature_t = book.signature.keeping(
            "candidate", {"sign_off": sign_offs[sign_off].fill(values)}
        )
    signature = signature_t.fill(values)
    contact = candidate.signature if plan.contact else ()

    # Optional parts, each a list of alternatives tried in turn, filled when tried.
    own = person.highlights if person is not None else ()
    shared = interview.highlights
    if shared and rank:
        turn = rank % len(shared)
        shared = shared[turn:] + shared[:turn]
    topics: list[str] = []
    for given in (*own, *shared):
        topic = _clean(given)
        if topic and topic not in topics:
            topics.append(topic)
    hl_pool = kit.highlights
    industry_hl = mine.get("highlight")
    hl_queue: list[_Entry] = []
    offset = seed[_SEED["highlights"]] + rank
    for k, topic in enumerate(topics):
        templates = industry_hl if k == 0 and industry_hl else hl_pool
        if not templates:
            break
        hl_queue.append((templates[(offset + k) % len(templates)], topic))
    fit_queue = _two(kit.fits, seed[_SEED["fits"]] + rank)
    follow_queue = _two(mine.get("follow_up") or kit.follow_ups, seed[_SEED["follow_ups"]] + rank)
    industry_interest = mine.get("interest")
    queues: dict[str, list[_Entry]] = {
        "hl": hl_queue,
        "fit": fit_queue,
        "follow": follow_queue,
        "industry": [
            (
                industry_interest[(seed[_SEED["industry"]] + rank) % len(industry_interest)],
                None,
            )
        ]
        if industry_interest
        else [],
        "closer": [(closer_t, None)] if plan.closer_optional else [],
    }
    if plan.closer_optional:
        closer = ""

    picked: dict[str, list[str]] = {"hl": [], "fit": [], "follow": [], "industry": [], "closer": []}

    def render() -> str:
        second = (
            interest,
            *picked["industry"],
            *picked["fit"],
            *picked["follow"],
            closer,
            *picked["closer"],
        )
        return _render(salutation, (opener, *picked["hl"]), second, signature, contact, joiner)

    # The size in the channel's unit; for words, what count_words counts before
    # halving (``total``), summed part by part since every part is separated by space.
    total = 0
    if by_chars:
        size = len(render())
    else:
        total = (
            _count(salutation, fast and salutation_t.simple, unspaced)
            + _count(opener, fast and opener_t.simple, unspaced)
            + _count(interest, fast and interest_t.simple, unspaced)
            + (_count(closer, fast and closer_t.simple, unspaced) if closer else 0)
            + _count(signature, fast and signature_t.simple, unspaced)
        )
        for line in contact:
            total += _quantity(line, unspaced)
        size = (total + 1) // 2 if unspaced else total
    if size > high:
        opener, interest, closer = _shortest(
            book, (opener, interest, closer), have, values, channel, language
        )
        body = render()
        size = measure(body, channel, language)
        total = _quantity(body, unspaced)
    hl_values = {**values, "highlight": ""} if hl_queue else values
    for passes, groups in ((0, plan.order), (1, plan.order + plan.extra)):
        wanted = plan.ideal if passes == 0 else low
        if passes and size >= low and (picked["hl"] or not hl_queue):
            break  # nothing more to add: the note is long enough, with a highlight if any
        for group in groups:
            # The first highlight is what makes a note personal: always try it.
            if size >= wanted and (group != "hl" or picked["hl"]):
                continue
            queue = queues[group]
            while queue:
                template, highlight = queue.pop(0)
                if highlight is None:
                    sentence = template.fill(values)
                else:
                    # A cleaned highlight has single spaces: the sentence stays simple.
                    hl_values["highlight"] = highlight
                    sentence = template.fill(hl_values)
                if by_chars:
                    # A sentence joins a paragraph that is never empty: one space more.
                    quantity = 0
                    grow = len(sentence) + len(joiner)
                else:
                    quantity = _count(sentence, fast and template.simple, unspaced)
                    grow = (quantity + 1) // 2 if unspaced else quantity
                if size + grow <= high:
                    picked[group].append(sentence)
                    size += grow
                    total += quantity
                    break
                if group != "hl":
                    break
    body = render()
    if by_chars:
        size = len(body)
    elif unspaced:
        # Halved once for the whole body: the sum of halved parts may differ.
        size = (total + 1) // 2

    subject = None
    if channel is Channel.EMAIL:
        subjects = kit.subjects or _missing(book, have, "subjects")
        subject = subjects[(seed[_SEED["subjects"]] + rank) % len(subjects)].fill(values)

    findings = (
        _length_findings(subject, body, size, channel, unit, low, high)
        if size > high or size < low
        else ()
    )
    # Positional: the fields in their order (recipient, channel, ...), a little quicker.
    return Note(person, channel, locale, subject, body, findings, optional)


def _two(pool: _Pool, offset: int) -> list[_Entry]:
    """Up to two alternatives of ``pool`` from ``offset`` on, to try in turn."""
    count = len(pool)
    if count >= 2:
        return [(pool[offset % count], None), (pool[(offset + 1) % count], None)]
    return [(pool[0], None)] if count else []


def _all_needs(book: Book, pool: str) -> frozenset[str]:
    needs: frozenset[str] = frozenset()
    for template in book.pools[pool]:
        needs |= template.needs
    return needs


def _shortest(
    book: Book,
    parts: tuple[str, str, str],
    have: frozenset[str],
    values: dict[str, str],
    channel: Channel,
    language: str,
) -> tuple[str, str, str]:
    """Each required part (opener, interest, closer) swapped for its shortest
    alternative, for when even they are too long; an empty part stays empty."""
    shortest: list[str] = []
    for part, names in zip(
        parts,
        (
            ("openers", "short_openers"),
            ("interest", "short_interest"),
            ("closers", "short_closers"),
        ),
        strict=True,
    ):
        if not part:
            shortest.append(part)
            continue
        options = [t.fill(values) for name in names for t in book.usable(name, have)] + [part]
        shortest.append(min(options, key=lambda s: (measure(s, channel, language), s)))
    return shortest[0], shortest[1], shortest[2]


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
