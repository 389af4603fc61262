"""The built-in proofreading rules: a plugin named ``proofread``.

Each rule is a function from a `CheckContext` to Findings, registered through
the ``thankyou_checks`` hook like any plugin's rules, so
``Engine(disable=["proofread"])`` switches them all off and an app filters
findings by their ``rule`` id. The engine and these rules meet only through
public names (`Check`, `CheckContext`, `Finding`, `Severity`); the word lists
are in `thankyou._lexicon` and the spelling lists in `thankyou._spelling`.

Every regular expression here is linear in the text: no quantified group
can match the same characters two ways, and runs that could backtrack are
possessive.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
import threading
import unicodedata
from collections.abc import Container, Iterable, Iterator
from datetime import datetime
from typing import NamedTuple

from . import _lexicon as lex
from . import _spelling
from ._checks import WORD, Check, CheckContext, _highlights, _panel, _spaced, _split, words_of
from ._model import Channel, Finding, Register, Severity
from .hookspecs import hookimpl

__all__ = ["BOUNDS", "CHECKS", "thankyou_checks"]

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Length bounds per channel: (fewest words, most words, most characters).
#: E-mail 100-200 words, a card 80 words, a LinkedIn connection note 300
#: characters (LinkedIn's own limit), as in the drafting issue.
BOUNDS: dict[Channel, tuple[int | None, int | None, int | None]] = {
    Channel.EMAIL: (100, 200, None),
    Channel.HANDWRITTEN: (None, 80, None),
    Channel.LINKEDIN: (None, None, 300),
}


_NOUNS = {
    Channel.EMAIL: "an e-mail",
    Channel.HANDWRITTEN: "a handwritten card",
    Channel.LINKEDIN: "a LinkedIn message",
}

#: Languages written without spaces between words: two characters count as a word.
UNSPACED = frozenset({"ja", "zh", "yue", "th", "lo", "km", "my", "bo"})


# --- shared helpers ------------------------------------------------------------------------------


def _finding(
    rule: str,
    severity: Severity,
    message: str,
    start: int,
    end: int,
    suggestion: str | None = None,
) -> Finding:
    return Finding(rule, severity, message, start, end, suggestion)


def _whole(text: str) -> tuple[int, int]:
    """The span of the text without its outer white space."""
    if text and not (text[0].isspace() or text[-1].isspace()):
        return 0, len(text)  # the usual case, without copying the text twice
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


@functools.lru_cache(maxsize=512)
def _core_cached(name: str) -> tuple[str, ...]:
    words = _words_of(name)
    core = [w for w in words if w.lower() not in lex.LEGAL_SUFFIXES]
    return tuple(core or words)


@functools.lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A spelling-insensitive key: "Müller", "Mueller" and "Muller" all give "muller"."""
    lowered = word.lower()
    if lowered.isascii():  # no umlaut, nothing to decompose: the usual case, in C
        return lowered.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    for umlaut, plain in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ae", "a"), ("oe", "o")):
        lowered = lowered.replace(umlaut, plain)
    lowered = lowered.replace("ue", "u").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions ("Jonh" is one edit from "John"), capped at limit+1.

    Cached across interviews: the same words of the notes meet the same names.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        best = i
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current.append(value)
            best = min(best, value)
        if best > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _words_of(*texts: str | None) -> list[str]:
    return [w for t in texts if t for w in WORD.findall(t)]


def _core(name: str) -> list[str]:
    """The words of an organisation's name without its legal form."""
    return list(_core_cached(name))


class _Supplied(NamedTuple):
    """What the user supplied that `_Names` depends on: the strings, not the objects.

    A cache keyed on these is hashed from a few strings (not from every field
    of the interview and its people), and shared by interviews that differ
    only in what proofreading does not read (the date, the e-mail addresses).
    """

    language: str
    company: str
    position: str
    department: str | None
    candidate: str
    signature: tuple[str, ...]
    other_companies: tuple[str, ...]
    #: Every highlight of the interview, sorted.
    highlights: tuple[str, ...]
    #: Each person the note may name: (name, family name, job title), in order.
    people: tuple[tuple[str, str | None, str | None], ...]


class _Names:
    """What the interview tells about names; one per interview, recipient and language.

    Each part is worked out when a rule first asks for it: a note of an
    interview the engine has not seen needs the name targets and the words
    the user supplied, and seldom the rest (the other companies' names, the
    interview's strings as written, every highlight in lower case).
    """

    __slots__ = (
        "_company",
        "_company_initials",
        "_company_keys",
        "_company_words",
        "_exact",
        "_folded",
        "_lower",
        "_mismatches",
        "_other_cores",
        "_supplied_by",
        "_target_words",
        "_verbatim",
        "by_initial",
        "dictionary",
        "has_position",
        "initials",
        "innocent",
        "others",
        "quoted",
        "suspects",
        "targets",
    )

    def __init__(self, supplied: _Supplied) -> None:
        self._supplied_by = supplied
        language = supplied.language
        self.dictionary: Container[str] = (
            _spelling.dictionary(language) if language in _spelling.LANGUAGES else frozenset()
        )
        #: Words of the other companies applied to: wrong-company's, not misspellings.
        self.others = (
            frozenset(w for c in supplied.other_companies for w in WORD.findall(c))
            if supplied.other_companies
            else frozenset()
        )
        self._exact: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None
        self._company_keys: frozenset[str] | None = None
        self._other_cores: list[str] | None = None
        self._verbatim: str | None = None
        self._target_words: frozenset[str] | None = None
        self._mismatches: dict[tuple[str, bool, bool], tuple[str, str] | None] = {}
        #: `suspect` of each word seen so far that may misspell a name, and the
        #: words seen that cannot (both cleared when they grow past 50,000).
        self.suspects: dict[str, tuple[str, bool]] = {}
        self.innocent: set[str] = set()
        #: The company's words as written (split once, asked for by several rules).
        self._company = company = words_of(supplied.company)
        #: Name words as written, with their kind: interviewers, the company, the position.
        targets: list[tuple[str, str]] = []
        for name, family_name, _ in supplied.people:
            if name:
                targets += [(word, "interviewer") for word in words_of(name)]
            if family_name:
                targets += [(word, "interviewer") for word in words_of(family_name)]
        targets += [(word, "company") for word in company]
        position = [(w, "position") for w in words_of(supplied.position or "") if len(w) >= 4]
        targets += position
        self.has_position = bool(position)
        #: The targets by the first letter of their folded form.
        by_initial: dict[str, list[tuple[str, str, str, str]]] = {}
        innocent = self.innocent
        for target, kind in targets:
            folded = fold(target)
            if folded:
                by_initial.setdefault(folded[0], []).append((target, target.lower(), folded, kind))
            # The names as written are supplied words, so never suspects: cleared up front.
            part = _name_part(target)
            if part is None or part == target:
                innocent.add(target)
        self.by_initial = by_initial
        #: The first letters a word's folded form needs to be a suspect at all: the
        #: targets' (among them every company word's), and "" for a word that folds
        #: to nothing (a superset of what `suspect` looks at is safe).
        self.initials = frozenset(by_initial).union(("",))
        self.targets = targets
        #: Every highlight of the interview in lower case (for `generic`).
        self.quoted = tuple(h.lower() for h in supplied.highlights)
        self._folded: frozenset[str] | None = None
        self._company_initials: frozenset[str] | None = None
        self._company_words: frozenset[str] | None = None

    @property
    def folded(self) -> frozenset[str]:
        """The targets' folded forms."""
        found = self._folded
        if found is None:
            found = self._folded = frozenset(fold(target) for target, _ in self.targets)
        return found

    @property
    def company_initials(self) -> frozenset[str]:
        """Initials of company words that are dictionary words ("Bank"): for those,
        whether a word stands beside the company's name matters."""
        found = self._company_initials
        if found is None:
            dictionary = self.dictionary
            found = self._company_initials = frozenset(
                fold(w)[:1] for w in self._company if w.lower() in dictionary
            )
        return found

    @property
    def company_words(self) -> frozenset[str]:
        """The company's words in lower case."""
        found = self._company_words
        if found is None:
            found = self._company_words = frozenset(w.lower() for w in self._company)
        return found

    def _texts(self) -> list[str]:
        """The interview's and the candidate's own strings, in a fixed order."""
        supplied = self._supplied_by
        texts = [
            supplied.company,
            supplied.position,
            supplied.department,
            supplied.candidate,
            *supplied.signature,
            *supplied.highlights,
        ]
        for person in supplied.people:
            texts += person
        return [t for t in texts if t]

    @property
    def exact(self) -> frozenset[str]:
        """Every word the interview and the candidate supplied, as written."""
        found = self._exact
        if found is None:
            found = self._supplied()
        return found

    @property
    def lower(self) -> frozenset[str]:
        """The same in lower case, and the other companies' words: never a misspelling."""
        found = self._lower
        if found is None:
            self._supplied()
            found = self._lower
            assert found is not None
        return found

    def _supplied(self) -> frozenset[str]:
        # All the strings split at once: no word spans the line break that joins them.
        text = self.verbatim
        spaced = _spaced(text)
        if spaced is not None:  # plain ASCII: split in C, without tuples
            written: Iterable[str] = spaced.split()
            lowered: Iterable[str] = spaced.lower().split()
        else:
            written, lowered, _ = _split(text)
        others = self._supplied_by.other_companies
        self._lower = (
            frozenset(lowered).union(w.lower() for c in others for w in WORD.findall(c))
            if others
            else frozenset(lowered)
        )
        exact = self._exact = frozenset(written)
        return exact

    @property
    def target_words(self) -> frozenset[str]:
        """The name words in lower case: never a topic of the interview."""
        found = self._target_words
        if found is None:
            # One lower() over all the words: no word holds a line break.
            found = self._target_words = frozenset(
                "\n".join(w for w, _ in self.targets).lower().split("\n") if self.targets else ()
            )
        return found

    @property
    def company_keys(self) -> frozenset[str]:
        """The folded words of this company's name without its legal form."""
        found = self._company_keys
        if found is None:
            found = self._company_keys = frozenset(
                fold(w) for w in _core_cached(self._supplied_by.company)
            )
        return found

    @property
    def company_core(self) -> str:
        """This company's name without its legal form."""
        return " ".join(_core_cached(self._supplied_by.company))

    @property
    def other_cores(self) -> list[str]:
        """The other companies' names without their legal forms, unless they are this one."""
        found = self._other_cores
        if found is None:
            others = self._supplied_by.other_companies
            found = []
            if others:
                company = self._supplied_by.company
                ours = (fold(self.company_core), fold(company))
                found = [
                    core for core in (" ".join(_core(o)) for o in others) if fold(core) not in ours
                ]
            self._other_cores = found
        return found

    @property
    def verbatim(self) -> str:
        """The interview's own strings, where a bracket or brace is the user's, not a blank."""
        found = self._verbatim
        if found is None:
            found = self._verbatim = "\n".join(self._texts())
        return found

    def suspect(self, written: str) -> tuple[str, bool] | None:
        """Whether a word as written may misspell a name: (the name part, capitalised)."""
        word = _name_part(written)
        if word is None or word in self.exact:
            return None
        capitalised = word[0].isupper()
        if not capitalised and (not self.has_position or word.lower() in self.dictionary):
            return None
        company_like = fold(word)[:1] in self.company_initials
        if self.mismatch(word, capitalised, False) is None and not company_like:
            return None
        return word, capitalised

    def mismatch(
        self, word: str, capitalised: bool, beside_company: bool = False
    ) -> tuple[str, str] | None:
        """The known name ``word`` misspells, and its kind, or None.

        ``beside_company``: the word stands next to another word of the
        company's name ("Acne Corporation"), so a dictionary word counts too.
        """
        key = (word, capitalised, beside_company)
        try:
            return self._mismatches[key]
        except KeyError:
            pass
        found = self._mismatch(word, capitalised, beside_company)
        if len(self._mismatches) < 4096:
            self._mismatches[key] = found
        return found

    def _mismatch(
        self, word: str, capitalised: bool, beside_company: bool
    ) -> tuple[str, str] | None:
        if word in self.exact or word in self.others or len(word) < 3:
            return None
        key = fold(word)
        if not key:
            return None
        lowered = word.lower()
        best: tuple[int, str, str] | None = None
        for target, target_lower, folded, kind in self.by_initial.get(key[0], ()):
            if not capitalised and kind != "position":
                continue
            if lowered == target_lower:
                continue  # a difference of case only
            if folded == key:
                return target, kind  # "Mueller" for "Müller", "Jose" for "José"
            if len(target) < 3:
                continue
            if kind == "position" and (
                lowered.startswith(target_lower) or target_lower.startswith(lowered)
            ):
                continue  # an inflection: "Managers", "Entwicklerin"
            # A word of the list is meant as itself: "Band" near the company "Bank",
            # "Dear Hiring Team" near a company or title "Teaa"; unless it stands beside
            # the company's name ("Acne Corporation"), or the title is a word of the
            # list too ("Manger" for "Manager").
            if lowered in self.dictionary and (
                (kind == "company" and not beside_company)
                or (kind == "position" and target_lower not in self.dictionary)
            ):
                continue
            limit = 1 if len(target) < 8 or kind == "position" else 2
            found = distance(lowered, target_lower, limit)
            if found <= limit and (best is None or found < best[0]):
                best = (found, target, kind)
        return None if best is None else (best[1], best[2])


@functools.lru_cache(maxsize=16384)
def _name_part(written: str) -> str | None:
    """The part of a word as written that may be a name ("Weber" of "Weber's", "Weber様"),
    or None when it cannot be one whatever the interview ("Sincerely", "GmbH", "Q3").

    Cached across interviews: every new interview judges the same everyday words.
    """
    word = _latin_part(_possessive_base(written))
    lowered = word.lower()
    if not word or lowered in lex.NOT_NAMES or lowered in lex.LEGAL_SUFFIXES or not word.isalpha():
        return None
    return word


@functools.lru_cache(maxsize=16384)
def _initial(written: str) -> str | None:
    """The first letter of the folded `_name_part` of a word as written ("" when it
    folds to nothing), or None when it cannot be a name.

    Cached across interviews: a word whose initial no name of the interview
    shares is no suspect, without a look at the names.
    """
    word = _name_part(written)
    return None if word is None else fold(word)[:1]


@functools.lru_cache(maxsize=256)
def _names(supplied: _Supplied) -> _Names:
    return _Names(supplied)


#: `_Names` by the identities of interview, candidate and an outsider recipient
#: (one not on the panel); each entry holds its objects, so ids are not reused.
_names_by_id: dict[tuple[int, int, int, str], tuple[object, object, object, _Names]] = {}


def _names_of(ctx: CheckContext) -> _Names:
    """The `_Names` every note of a panel shares.

    The people and the words they supplied do not depend on which panel member
    reads the note (only their order would), so a panel of N costs N, not N
    squared. Found by identity first, which spares hashing a large panel per note.
    """
    interview, candidate, recipient = ctx.interview, ctx.candidate, ctx.recipient
    panel = _panel(interview)
    outsider = None if recipient is None or panel.has(recipient) else recipient
    key = (id(interview), id(candidate), id(outsider), ctx.language)
    found = _names_by_id.get(key)
    if (
        found is not None
        and found[0] is interview
        and found[1] is candidate
        and found[2] is outsider
    ):
        return found[3]
    # `CheckContext.interviewers()`, with the panel and the outsider already found.
    people = panel.people if outsider is None else (outsider, *panel.people)
    names = _names(
        _Supplied(
            ctx.language,
            interview.company,
            interview.position,
            interview.department,
            candidate.name,
            candidate.signature,
            candidate.other_companies,
            # Sorted: the same words whichever panel member reads the note.
            tuple(sorted(set(_highlights(interview, recipient)))),
            tuple([(p.name, p.family_name, p.job_title) for p in people]),
        )
    )
    if len(_names_by_id) >= 256:
        _names_by_id.clear()  # bounded memory in a long-running process
    _names_by_id[key] = (interview, candidate, outsider, names)
    return names


class _Setting:
    """What depends only on the interview, candidate, recipient and language of a note."""

    __slots__ = (
        "__dict__",
        "_stems",
        "candidate",
        "expected",
        "interview",
        "language",
        "names",
        "recipient",
        "wanted",
    )

    def __init__(self, ctx: CheckContext) -> None:
        self.interview, self.candidate, self.recipient = ctx.interview, ctx.candidate, ctx.recipient
        self.language = ctx.language
        self.names = _names_of(ctx)
        recipient = self.recipient
        if recipient is not None:
            # What this reader discussed, or the whole interview; another panel
            # member's topic is welcome in the note but not expected.
            wanted = tuple(dict.fromkeys((*recipient.highlights, *self.interview.highlights)))
        else:
            wanted = self.highlights
        #: For `generic`: the highlights the note should mention, and the same in lower case.
        self.wanted = wanted
        self.expected = tuple(h.lower() for h in wanted)
        self._stems: frozenset[str] | None = None

    @functools.cached_property
    def highlights(self) -> tuple[str, ...]:
        """What was discussed: the recipient's highlights first, then the interview's.

        Worked out when a rule asks (seldom): in a large panel it is the size of the panel.
        """
        return _highlights(self.interview, self.recipient)

    @functools.cached_property
    def highlights_lower(self) -> str:
        """Every highlight in lower case, joined by spaces."""
        return " ".join(self.highlights).lower()

    @property
    def stems(self) -> frozenset[str]:
        """For `generic`: the stems of the specific words of those highlights, not the
        names'. Needed only by a note that quotes no highlight as it was noted."""
        found = self._stems
        if found is None:
            stems = _highlight_words(self.wanted, self.language)
            skip = self.names.target_words if stems else frozenset()
            found = frozenset(stem for word, stem in stems if word not in skip)
            self._stems = found
        return found


#: Settings by the identities of their interview, candidate and recipient: an app
#: proofreading as the user types passes the same objects again and again, and
#: comparing identities spares hashing the interview (equal values still meet
#: in `_names`). Each entry holds its objects, so an id is never reused meanwhile.
_settings: dict[tuple[int, int, int, str], _Setting] = {}


def _setting(ctx: CheckContext) -> _Setting:
    key = (id(ctx.interview), id(ctx.candidate), id(ctx.recipient), ctx.language)
    found = _settings.get(key)
    if (
        found is not None
        and found.interview is ctx.interview
        and found.candidate is ctx.candidate
        and found.recipient is ctx.recipient
    ):
        return found
    found = _Setting(ctx)
    if len(_settings) >= 256:
        _settings.clear()  # bounded memory in a long-running process
    _settings[key] = found
    return found


class _Facts:
    """What the rules share about one note and its interview, each worked out once.

    Plain attributes and lazily filled slots rather than ``cached_property``,
    whose per-instance lock costs more than most of these facts.
    """

    __slots__ = (
        "_body",
        "_capitals",
        "_changed",
        "_lowered",
        "_unknown",
        "ctx",
        "distinct",
        "mismatch",
        "names",
        "setting",
    )

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.setting = setting = _setting(ctx)
        self.names = names = setting.names
        self.mismatch = names.mismatch
        self.distinct = ctx.vocabulary
        self._lowered: str | None = None
        self._body: tuple[int, int] | None = None
        self._unknown: frozenset[str] | None = None
        self._changed: list[int] | None = None
        self._capitals: list[int] | None = None

    @property
    def lowered(self) -> str:
        """The text in lower case."""
        found = self._lowered
        if found is None:
            found = self._lowered = self.ctx.text.lower()
        return found

    @property
    def body(self) -> tuple[int, int]:
        """Where the body starts (after a subject line) and its length in words."""
        found = self._body
        if found is None:
            start = _body_start(self.ctx)
            found = self._body = (start, _count(self.ctx.text, self.ctx.language, start))
        return found

    @property
    def unknown(self) -> frozenset[str]:
        """The note's words missing from its language's spelling list (empty without one)."""
        found = self._unknown
        if found is None:
            language = self.ctx.language
            if language not in _spelling.LANGUAGES:
                found = frozenset()
            else:
                found = _spelling.missing(language, self.distinct)
            self._unknown = found
        return found

    @property
    def changed(self) -> list[int]:
        """The indices of the words that hold a capital letter (differ in lower case)."""
        found = self._changed
        if found is None:
            found = self._changed = list(
                itertools.compress(
                    itertools.count(), map(operator.ne, self.ctx.written, self.ctx.words)
                )
            )
        return found

    @property
    def capitals(self) -> list[int]:
        """The indices of the words written with a capital first letter (in ASCII text
        these are among `changed`, which is cheaper to look through)."""
        found = self._capitals
        if found is None:
            written = self.ctx.written
            found = [i for i, word in enumerate(written) if word[0].isupper()]
            self._capitals = found
        return found


_memo = threading.local()


def facts(ctx: CheckContext) -> _Facts:
    """The `_Facts` of this context, shared by the rules that run on it."""
    cached = getattr(_memo, "value", None)
    if cached is not None and cached.ctx is ctx:
        return cached  # type: ignore[no-any-return]
    value = _Facts(ctx)
    _memo.value = value
    return value


#: Phrases by a key word: (the key's place in the phrase, the phrase, its words as a set).
_PhraseIndex = dict[str, list[tuple[int, tuple[str, ...], frozenset[str]]]]


def _phrase_index(phrases: Iterable[tuple[str, ...]]) -> _PhraseIndex:
    """Phrases by their longest word, the rarest ("i was nervous" under "nervous"),
    with that word's place in the phrase and the set of its words."""
    index: _PhraseIndex = {}
    for phrase in phrases:
        key = max(range(len(phrase)), key=lambda i: (len(phrase[i]), i))
        index.setdefault(phrase[key], []).append((key, phrase, frozenset(phrase)))
    return index


def _positions(words: tuple[str, ...], word: str) -> Iterator[int]:
    i = -1
    while True:
        try:
            i = words.index(word, i + 1)
        except ValueError:
            return
        yield i


def _find_phrases(
    ctx: CheckContext,
    index: _PhraseIndex,
    keys: frozenset[str] | None = None,
) -> Iterator[tuple[int, int]]:
    """Token index ranges [i, j) where a phrase of ``index`` occurs, word by word.

    ``keys`` are the index's keys as a set, so that only the note's few
    words in it are looked at; a phrase is looked for only when every word
    of it is in the note ("further" is common, "no further questions" is not).
    """
    words, vocabulary = ctx.words, ctx.vocabulary
    for key in (index.keys() if keys is None else keys) & vocabulary:
        group = [(offset, phrase) for offset, phrase, needed in index[key] if needed <= vocabulary]
        if not group:
            continue
        for position in _positions(words, key):
            for offset, phrase in group:
                start = position - offset
                if start >= 0 and words[start : start + len(phrase)] == phrase:
                    yield start, start + len(phrase)
                    break


def _span(ctx: CheckContext, i: int, j: int) -> tuple[int, int]:
    return ctx.tokens[i].start(), ctx.tokens[j - 1].end()


# --- placeholder ---------------------------------------------------------------------------------

#: (a substring every match contains, the pattern): the cheap test skips the scan.
_PLACEHOLDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[", re.compile(r"\[[^\[\]\n]{1,60}\]")),  # [Company Name]
    ("{", re.compile(r"\$?\{\{?[^{}\n]{0,60}\}?\}")),  # {name}, {{name}}, ${name}
    ("<", re.compile(r"<[^\W\d_][\w .'-]{0,40}>")),  # <Interviewer>
    ("xxx", re.compile(r"(?<!\w)[Xx]{3,}+(?!\w)")),  # XXX
    ("TB", re.compile(r"(?<!\w)TB[DAC](?!\w)")),  # TBD
    ("___", re.compile(r"_{3,}+")),  # a blank to fill: ____
    # Japanese and Korean blanks: two ideographic zeros, circles or crosses.
    ("\u3007\u3007", re.compile("\u3007{2,}+")),
    ("\u25cb\u25cb", re.compile("\u25cb{2,}+")),
    ("\u25ef\u25ef", re.compile("\u25ef{2,}+")),
    ("\u00d7\u00d7", re.compile("\u00d7{2,}+")),
)
#: The patterns that can match in ASCII text.
_ASCII_PLACEHOLDERS = tuple((n, p) for n, p in _PLACEHOLDERS if n.isascii())
_PLACEHOLDER_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "company",
            "firm",
            "organi",
            "employer",
            "unternehmen",
            "firma",
            "entreprise",
            "société",
            "empresa",
            "azienda",
            "bedrijf",
        ),
        "company",
    ),
    (
        (
            "position",
            "role",
            "job",
            "title",
            "stelle",
            "poste",
            "puesto",
            "posizione",
            "cargo",
            "functie",
        ),
        "position",
    ),
    (("department", "team", "abteilung"), "department"),
    (("your name", "my name", "candidate", "signature"), "candidate"),
    (("name", "interviewer", "manager", "recipient", "contact", "person", "mr", "ms"), "recipient"),
)
_EDITORIAL = frozenset({"[sic]", "[...]", "[\u2026]", "[sic!]"})
#: Field names that make a bracket in Chinese, Japanese or Korean a blank:
#: "[회사명]", "[氏名]", "【会社名】". Other brackets there are subject tags ("[감사 인사]").
_CJK_FIELDS = (
    "회사",
    "이름",
    "성함",
    "직무",
    "담당자",
    "면접관",
    "会社",
    "名前",
    "氏名",
    "担当",
    "職種",
    "公司",
    "姓名",
    "职位",
    "名字",
)


def _placeholder_suggestion(ctx: CheckContext, blank: str) -> str | None:
    inner = blank.lower()
    for hints, what in _PLACEHOLDER_HINTS:
        if any(h in inner for h in hints):
            if what == "company":
                return ctx.interview.company
            if what == "position":
                return ctx.interview.position
            if what == "department":
                return ctx.interview.department
            if what == "candidate":
                return ctx.candidate.name
            person = ctx.recipient or (
                ctx.interview.interviewers[0] if len(ctx.interview.interviewers) == 1 else None
            )
            return None if person is None else person.name
    return None


def placeholder(ctx: CheckContext) -> Iterable[Finding]:
    """Unfilled template fields: ``[Company Name]``, ``{name}``, ``<Interviewer>``, XXX, TBD.

    Also the Japanese and Korean blanks (two U+3007 or U+25CB marks).

    Error: a note that shows its template tells the reader it was sent in bulk.
    Brackets and braces that are part of the interview's own data (a company
    called "[24]7.ai", a highlight quoting ``{{7*7}}``) are the user's, not blanks.
    """
    text = ctx.text
    patterns = [
        pattern
        for needle, pattern in (_ASCII_PLACEHOLDERS if text.isascii() else _PLACEHOLDERS)
        if (
            "xxx" in facts(ctx).lowered
            if needle == "xxx"
            else needle[0] in text and needle in text  # one character first: memchr
        )
    ]
    if not patterns:
        return ()  # the usual answer, without a generator
    return tuple(finding for pattern in patterns for finding in _blanks(ctx, pattern))


def _blanks(ctx: CheckContext, pattern: re.Pattern[str]) -> Iterator[Finding]:
    verbatim = facts(ctx).names.verbatim
    for match in pattern.finditer(ctx.text):
        blank = match.group()
        if blank in _EDITORIAL or (blank in verbatim):
            continue
        if (
            blank[0] == "["
            and _cjk().search(blank)
            and not any(c.isascii() and c.isalpha() for c in blank)
            and not any(f in blank for f in _CJK_FIELDS)
        ):
            continue  # a subject tag such as "[감사 인사]"
        if (
            blank[0] in "[{$<"
            and not any(ch.isalpha() for ch in blank)
            and blank not in ("{}", "{{}}", "${}")
        ):
            continue  # "[1]", "{2}": numbering, not a blank
        yield _finding(
            "placeholder",
            ERROR,
            f"{blank!r} is a blank left from a template; fill it in",
            match.start(),
            match.end(),
            _placeholder_suggestion(ctx, blank),
        )


# --- wrong-company -------------------------------------------------------------------------------

_BLANK_WORD = re.compile(r"[Xx]{3,}+|TB[DAC]")
_CUES_BEFORE = {lang: frozenset(cues) for lang, cues in lex.COMPANY_CUES_BEFORE.items()}
_CUE_LAST = {lang: frozenset(c[-1] for c in cues) for lang, cues in _CUES_BEFORE.items()}
_MAX_CUE = max(len(c) for cues in lex.COMPANY_CUES_BEFORE.values() for c in cues)
_NO_CUES: tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]] = (
    frozenset(),
    frozenset(),
    frozenset(),
)
#: By language: the cues before a name, the words after a possessive name, and
#: the last words of the cues before.
_CUES = {
    language: (
        _CUES_BEFORE.get(language, frozenset()),
        lex.COMPANY_CUES_AFTER.get(language, frozenset()),
        _CUE_LAST.get(language, frozenset()),
    )
    for language in {*_CUES_BEFORE, *lex.COMPANY_CUES_AFTER}
}


def _occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` occurs as whole words, case as written."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            yield start, end
        start = text.find(name, start + 1)


def _name_run(ctx: CheckContext, i: int) -> tuple[int, list[int]]:
    """The end (exclusive token index) of a run of capitalised words starting at ``i``,
    and where each word of the run starts.

    Only the first word is looked up; each next one must follow the one
    before after exactly one of the joining gaps, which ``startswith`` tells
    (a gap holds no word character, so the word after it starts right there).
    """
    written, text = ctx.written, ctx.text
    starts: list[int] = []
    j = i
    while j < len(written) and j - i < 4:
        word = written[j]
        if not (word[0].isupper() or (word[0].isdigit() and j > i)):
            break
        if j > i:
            end = starts[-1] + len(written[j - 1])
            for gap in (" ", " & ", "-", "."):
                if text.startswith(gap, end) and text.startswith(word, end + len(gap)):
                    starts.append(end + len(gap))
                    break
            else:
                break
        else:
            starts.append(ctx.tokens.start(i))
        j += 1
    return j, starts


_POSSESSIVE = ("'s", "\u2019s")


@functools.cache
def _cjk() -> re.Pattern[str]:
    """Where the CJK scripts start: a Latin name runs on into an honorific ("Weber様").

    Compiled on first use: its wide ranges take ~2 ms to compile, which a run
    over plain ASCII notes never needs.
    """
    return re.compile("[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _latin_part(word: str) -> str:
    """The word before any CJK characters: "Weber" of "Weber様", "Kim" of "Kim님"."""
    if word.isascii():
        return word
    found = _cjk().search(word)
    return word if found is None or not found.start() else word[: found.start()]


def _possessive_base(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _possessives(ctx: CheckContext) -> frozenset[str]:
    """The note's lower-case words that end in "'s", with either apostrophe."""
    text = ctx.text
    if "'" not in text and "\u2019" not in text:
        return frozenset()
    spaced = ctx.tokens.spaced
    if spaced is None:
        return frozenset(w for w in ctx.vocabulary if w.endswith(_POSSESSIVE))
    # In the spaced text a word is a run of characters other than spaces.
    lowered = spaced.lower() + " "
    found = set()
    at = lowered.find("'s ")
    while at != -1:
        found.add(lowered[lowered.rfind(" ", 0, at) + 1 : at + 2])
        at = lowered.find("'s ", at + 3)
    return frozenset(found)


def wrong_company(ctx: CheckContext) -> Iterator[Finding]:
    """Another organisation named where this company belongs, left over from another note.

    Error: naming a competitor in a thank-you note is the one mistake no
    reader forgives. Finds the candidate's ``other_companies`` anywhere, and
    capitalised names after cues such as "join", "working at", "the team at"
    (or before "'s mission") that are not this company, its people or the
    interview's own words.
    """
    text, company = ctx.text, ctx.interview.company
    info = facts(ctx)
    flagged: set[tuple[int, int]] = set()
    named = (
        [core for core in info.names.other_cores if core in text]
        if ctx.candidate.other_companies
        else []
    )
    ours = (
        [span for core in (company, info.names.company_core) for span in _occurrences(text, core)]
        if named
        else []
    )
    for core in named:
        for start, end in _occurrences(text, core):
            if any(s <= start < e for s, e in ours):
                continue
            flagged.add((start, end))
            yield _finding(
                "wrong-company",
                ERROR,
                f"names {core}, another company you applied to, where {company} belongs",
                start,
                end,
                company,
            )

    language = ctx.language
    cues, after_cues, cue_last = _CUES.get(language, _NO_CUES)
    if not cues and not after_cues:
        return
    words, written = ctx.words, ctx.written
    # Names right before "'s mission": the token indices that end in "'s".
    possessives = (
        {
            j - 1
            for cue in after_cues & ctx.vocabulary
            for j in _positions(words, cue)
            if j and written[j - 1].endswith(_POSSESSIVE)
        }
        if ("'" in text and "'s" in text) or ("\u2019" in text and "\u2019s" in text)
        else ()
    )
    dictionary = _spelling.dictionary("de") if language == "de" else None
    count = len(written)

    def capital(k: int) -> bool:
        return k < count and written[k][:1].isupper()

    # Where a name may start: right after a cue word, or up to three capitalised
    # words before a possessive cue. Other capitalised words are never looked at.
    if ctx.text.isascii():
        # An ASCII capital always changes in lower case: look among the changed words.
        starts = {
            i for i in info.changed if i and words[i - 1] in cue_last and written[i][0].isupper()
        }
    else:
        starts = {i for i in info.capitals if i and words[i - 1] in cue_last}
    for j in possessives:
        i = j
        while i > 0 and j - i < 3 and capital(i - 1):
            i -= 1
        starts.add(i)
    done = 0
    for i in sorted(starts):
        if i < done or words[i] in lex.NOT_NAMES:
            continue
        first = _possessive_base(written[i])
        if first in info.names.exact or fold(first) in info.names.company_keys:
            done = i + 1
            while capital(done):
                done += 1
            continue  # this company or its people ("join Acme", "with Priya")
        tokens = ctx.tokens
        end, run = _name_run(ctx, i)
        done = end
        begin = run[0] if run else tokens.start(i)
        cued = False
        for length in range(1, min(_MAX_CUE, i) + 1):
            if words[i - length : i] in cues:
                gap = text[tokens.start(i - length) : begin]
                cued = not any(ch in gap for ch in ".!?:;,\n")
                break
        last = written[end - 1]
        if not cued and last.endswith(_POSSESSIVE) and end < count and words[end] in after_cues:
            cued = True
        if not cued:
            continue
        names = [_possessive_base(written[k]) for k in range(i, end)]
        names = [n for n in names if n.lower() not in lex.LEGAL_SUFFIXES] or names
        if (
            any(fold(n) in info.names.company_keys for n in names)  # this company
            or all(n in info.names.exact or n.lower() in lex.NOT_NAMES for n in names)  # its people
            or any(info.mismatch(n, True) for n in names)  # misspelt: name-mismatch says so
            or (dictionary is not None and all(n.lower() in dictionary for n in names))
            or any(_BLANK_WORD.fullmatch(n) for n in names)  # "XXX": placeholder's
        ):
            continue
        start = begin
        stop = (run[-1] if run else tokens.start(end - 1)) + len(_possessive_base(last))
        if any(s <= start < e for s, e in flagged) or text[start - 1 : start] in ("[", "{", "<"):
            continue  # already reported, or a template blank (placeholder's)
        yield _finding(
            "wrong-company",
            ERROR,
            f"{text[start:stop]!r} is named where {company} belongs; left over from another note?",
            start,
            stop,
            company,
        )


# --- name-mismatch -------------------------------------------------------------------------------


def name_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """The interviewer's name, the company or the position misspelled: Jon, Mueller for Müller.

    Error: misspelling the reader's own name is the mistake readers notice
    first. A capitalised word within one edit (two for long names) of a known
    name, or the same name with its accents or umlauts changed, is flagged;
    "Acme Corp" for "Acme Corporation" and a difference of case are not.
    A capitalised word that starts a sentence and is an ordinary word ("And"
    near "Ann") is left alone.
    """
    info = facts(ctx)
    if not info.names.targets:
        return
    language = ctx.language
    # Each distinct word is judged once per interview (the verdicts are kept with
    # the interview's names); only a suspect is looked for in the text.
    names = info.names
    innocent = names.innocent
    # Every word as written is either in the vocabulary (written in lower case) or
    # holds a capital; a lower-case form only ever written capitalised is judged
    # too, but is found nowhere in `written`, so it adds nothing. Of the
    # vocabulary, only a word missing from the word list (or a possessive, whose
    # base is looked up) may misspell the position, and without a position no
    # lower-case word is a suspect.
    written_words = ctx.written
    kinds = {written_words[i] for i in info.changed}.difference(innocent)
    if names.has_position:
        # A lower-case word may misspell only the position, and only when it is
        # missing from the word list (or its possessive's base may be).
        if language in _spelling.LANGUAGES:
            kinds |= info.unknown.difference(innocent)
            kinds |= _possessives(ctx).difference(innocent)
        else:
            kinds |= ctx.vocabulary.difference(innocent)
    suspects: list[tuple[int, str, bool]] = []
    verdicts = names.suspects
    if len(verdicts) + len(innocent) > 50_000:
        verdicts.clear()  # bounded memory in a long-running process
        innocent.clear()
    fresh = kinds.difference(verdicts) if verdicts else kinds
    judged = list(kinds - fresh) if verdicts else []
    if fresh:
        # A word whose folded initial no name of the interview (nor a company word
        # of the word list) shares is innocent: `suspect` would say None. Told for
        # every new word at once, in C; only the others are judged one by one.
        near = list(
            itertools.compress(fresh, map(names.initials.__contains__, map(_initial, fresh)))
        )
        innocent.update(fresh.difference(near))
        for written in near:
            verdict = names.suspect(written)
            if verdict is None:
                innocent.add(written)
            else:
                verdicts[written] = verdict
                judged.append(written)
    for written in judged:
        word, capitalised = verdicts[written]
        for index in _positions(ctx.written, written):
            suspects.append((index, word, capitalised))
    if not suspects:
        return
    dictionary = _spelling.dictionary(language) if language in _spelling.LANGUAGES else None
    company_words = names.company_words
    for index, word, capitalised in sorted(suspects):
        beside = any(
            0 <= k < len(ctx.words) and ctx.words[k] in company_words
            for k in (index - 1, index + 1)
        )
        found = info.mismatch(word, capitalised, beside)
        if found is None:
            continue
        if (
            capitalised
            and (dictionary is None or word.lower() in dictionary)
            and fold(word) not in info.names.folded
            and not (index and ctx.words[index - 1] in lex.TITLES)
            and (language == "de" or ctx.starts_sentence(index))
        ):
            # An ordinary word opening a sentence ("And" near "Ann", Swedish "Jag"
            # near "Jan"), or any German noun ("Dank" near "Dana"); without a word
            # list every sentence opener is given the benefit of the doubt. "Muller"
            # for "Müller" is still caught.
            continue
        token = ctx.tokens[index]
        target, kind = found
        what = {"interviewer": "the interviewer's name", "company": "the company's name"}.get(
            kind, "the position"
        )
        yield _finding(
            "name-mismatch",
            ERROR,
            f"{word!r} looks like a misspelling of {what}, {target!r}",
            token.start(),
            token.start() + len(word),
            target,
        )


# --- informal ------------------------------------------------------------------------------------


@functools.cache
def _emoji() -> re.Pattern[str]:
    """Emoji, with their joiners and variation selectors; compiled on first use (only
    text that is not plain ASCII can hold one, and the pattern takes ~0.3 ms)."""
    return re.compile(
        "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764\u263a\u2639]"
        "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764\ufe0f\u200d]*+"
    )


#: A cheap test for an emoticon; the full pattern runs only when it finds one.
_MOUTHS = frozenset(")(DPp|*")


def _maybe_emoticon(text: str) -> bool:
    """Whether an eye (":", ";", "=") is followed by a mouth, nose or not."""
    for eye in ":;=":
        at = text.find(eye)
        while at != -1:
            after = text[at + 1 : at + 3]
            if after[:1] in _MOUTHS or (after[:1] in "-'^o" and after[1:2] in _MOUTHS):
                return True
            at = text.find(eye, at + 1)
    return False


_EMOTICON = re.compile(
    r"(?<![\w:/])[:;=][-'^o]?[)(DPp|*](?!\w)"
    r"|(?<![\w<])<3(?!\d)"
    r"|\^_?\^"
)
_MARKS = re.compile(r"[!?]{2,}+")
#: A letter three times or more: "sooo", "thanksss" (not x, w, or Roman numerals).
_ELONGATED = re.compile(r"([^\W\d_xXwWiIvV])\1{2,}+")


@functools.lru_cache(maxsize=65536)
def _stretched(word: str) -> bool:
    return _ELONGATED.search(word) is not None


_INFORMAL_SINGLE = {
    lang: {w: v for w, v in table.items() if " " not in w} for lang, table in lex.INFORMAL.items()
}
_INFORMAL_MULTI = {
    lang: _phrase_index([tuple(w.split()) for w in table if " " in w])
    for lang, table in lex.INFORMAL.items()
}
_INFORMAL_SINGLE_KEYS = {lang: frozenset(table) for lang, table in _INFORMAL_SINGLE.items()}
_INFORMAL_MULTI_KEYS = {lang: frozenset(index) for lang, index in _INFORMAL_MULTI.items()}


def informal(ctx: CheckContext) -> Iterator[Finding]:
    """Chat abbreviations, slang, emoji and "!!" in the note's language.

    Error for chat abbreviations ("thx", "u", "mdr"): a note that reads like
    a text message costs the candidate the professional impression the note
    is for. Warning for slang ("awesome", "hey"), emoji and doubled "!!",
    which some readers accept from some candidates.
    """
    text = ctx.text
    language = ctx.language
    known = language if language in _INFORMAL_SINGLE else "en"
    single = _INFORMAL_SINGLE[known]
    hits = [
        (i, w)
        for w in _INFORMAL_SINGLE_KEYS[known] & ctx.vocabulary
        for i in _positions(ctx.words, w)
    ]
    for index, word in hits:
        entry = single[word]
        token = ctx.tokens[index]
        written = token.group()
        if word in lex.CASE_SENSITIVE_CHAT and (
            written != word or text[token.end() : token.end() + 1] in (".", "&", "-")
        ):
            continue
        kind, better = entry
        yield _finding(
            "informal",
            ERROR if kind == "chat" else WARNING,
            f"{written!r} is "
            + ("a chat abbreviation" if kind == "chat" else "too casual for this note"),
            token.start(),
            token.end(),
            better,
        )
    multi = _INFORMAL_MULTI_KEYS.get(language)
    for i, j in _find_phrases(ctx, _INFORMAL_MULTI[language], multi) if multi else ():
        start, end = _span(ctx, i, j)
        _, better = lex.INFORMAL[language][" ".join(ctx.words[i:j])]
        yield _finding(
            "informal",
            WARNING,
            f"{text[start:end]!r} is too casual for this note",
            start,
            end,
            better,
        )
    emoji: list[re.Match[str]] = []
    if not text.isascii():
        emoji += _emoji().finditer(text)
    if ("<" in text and "<3" in text) or "^" in text or _maybe_emoticon(text):
        emoji += _EMOTICON.finditer(text)
    if emoji:
        for match in emoji:
            yield _finding(
                "informal",
                WARNING,
                f"{match.group()!r}: emoji and emoticons read as casual in a thank-you note",
                match.start(),
                match.end(),
                None,
            )
    info = facts(ctx)
    # A stretched word is never in a word list, so only unknown words are searched.
    candidates = info.unknown if language in _spelling.LANGUAGES else info.distinct
    # Names and words the candidate or the interview supplied ("Aaa", "Lillli") are theirs.
    stretched = sorted(filter(_stretched, candidates - info.names.lower))
    for index in sorted(i for w in stretched for i in _positions(ctx.words, w)):
        token = ctx.tokens[index]
        yield _finding(
            "informal",
            WARNING,
            f"{token.group()!r}: stretched words read as chat",
            token.start(),
            token.end(),
            _ELONGATED.sub(r"\1", token.group()),
        )
    exclaims, asks = "!" in text, "?" in text  # single characters first: memchr
    if (
        (exclaims and "!!" in text)
        or (exclaims and asks and ("?!" in text or "!?" in text))
        or (asks and "??" in text)
    ):
        for match in _MARKS.finditer(text):
            marks = match.group()
            yield _finding(
                "informal",
                WARNING,
                f"{marks!r}: one mark is enough in a professional note",
                match.start(),
                match.end(),
                "!" if "!" in marks else "?",
            )


# --- spelling ------------------------------------------------------------------------------------

#: At most this many distinct unknown words get a suggestion per note, so that a
#: long note of gibberish costs linear time.
MAX_SUGGESTIONS = 40


def _compound(language: str, word: str, words: Container[str]) -> bool:
    """Whether a German or Dutch ``word`` joins two known words ("Datenplattform")."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (head in words or (head.endswith("s") and head[:-1] in words)) and (
            tail in words or _spelling.known(language, tail)
        ):
            return True
    return False


def spelling(ctx: CheckContext) -> Iterable[Finding]:
    """Words not in pyspellchecker's list for the note's language (en, de, fr, es, pt, nl, it).

    Warning: a typo costs a candidate the careful impression, but a list
    misses rare words, so it is not an error. Names and words from the
    interview and the candidate never count; neither do capitalised words in
    mid-sentence (names of products and places, except in German, where every
    noun is capitalised), all-capital acronyms and words with digits.
    """
    language = ctx.language
    if language not in _spelling.LANGUAGES:
        return ()
    info = facts(ctx)
    unknown = info.unknown - info.names.lower
    if not unknown:
        return ()
    return tuple(_misspelt(ctx, info, unknown))


def _misspelt(ctx: CheckContext, info: _Facts, unknown: frozenset[str]) -> Iterator[Finding]:
    language = ctx.language
    nouns_capitalised = language == "de"
    compounds = language in ("de", "nl")
    slang = _INFORMAL_SINGLE.get(language, {})
    suggested: dict[str, str | None] = {}
    places = [
        list(_positions(ctx.words, w))
        for w in unknown
        if len(w) > 1
        and w not in slang
        # An ASCII word with a digit or other non-letter is never flagged: skip it early.
        and not (w.isascii() and not w.replace("'", "").isalpha())
        and not (_spelling.known(language, w) or _stretched(w))
    ]
    if not places:
        return
    words = _spelling.dictionary(language)
    # In order of first appearance, so that the suggestion cap is deterministic.
    places.sort()
    hits = [(i, ctx.words[i]) for found in places for i in found]
    for index, word in hits:
        written = ctx.written[index]
        if not written.replace("'", "").replace("\u2019", "").isalpha() or written.isupper():
            continue
        if written[0].isupper() and not nouns_capitalised and not ctx.starts_sentence(index):
            continue
        if compounds and len(word) >= 8 and _compound(language, word, words):
            continue
        if info.mismatch(written, written[0].isupper()) is not None:
            continue  # name-mismatch reports it, with the name as the suggestion
        skip = _spelling.elision(word) if language in ("fr", "it") else 0
        word, written = word[skip:], written[skip:]  # "entretein" of "l'entretein"
        if word not in suggested:
            suggested[word] = (
                _spelling.suggest(language, word) if len(suggested) < MAX_SUGGESTIONS else None
            )
        better = suggested[word]
        if better is not None and written[0].isupper():
            better = better[0].upper() + better[1:]
        token = ctx.tokens[index]
        yield _finding(
            "spelling",
            WARNING,
            f"{written!r} is not in the {language} word list",
            token.start() + skip,
            token.end(),
            better,
        )


# --- repeated-word -------------------------------------------------------------------------------


def repeated_word(ctx: CheckContext) -> Iterable[Finding]:
    """The same word twice in a row: "the the".

    Warning: an obvious slip of the careless kind that proofreading is for;
    "had had" and "that that" (and German "die die", French "nous nous")
    are grammatical and not flagged.
    """
    words = ctx.words
    doubled = list(
        itertools.compress(
            itertools.count(1), map(operator.eq, itertools.islice(words, 1, None), words)
        )
    )
    if not doubled:
        return ()
    return tuple(_repeats(ctx, doubled))


def _repeats(ctx: CheckContext, doubled: list[int]) -> Iterator[Finding]:
    words = ctx.words
    allowed = lex.REPEAT_OK.get(ctx.language, frozenset())
    for i in doubled:
        word = words[i]
        if word in allowed or word.isdigit():
            continue
        tokens = ctx.tokens
        gap = tokens.gap(i)
        pair = f"{tokens[i - 1].group()}{gap}{tokens[i].group()}"
        if gap and gap.isspace() and pair not in facts(ctx).names.verbatim:  # not a name: "Li Li"
            yield _finding(
                "repeated-word",
                WARNING,
                f"{tokens[i].group()!r} is repeated",
                tokens[i - 1].start(),
                tokens[i].end(),
                tokens[i - 1].group(),
            )


# --- too-long / too-short ------------------------------------------------------------------------

_SUBJECT = re.compile(r"(?:subject|re|betreff|objet|asunto|assunto|oggetto|onderwerp)\s?:", re.I)


def _body_start(ctx: CheckContext) -> int:
    """Where the body starts: after a subject line, when the text has one."""
    text = ctx.text
    offset = len(text) - len(text.lstrip()) if text[:1].isspace() else 0
    end = text.find("\n", offset)  # the first line's end, without copying the text
    if end == -1:
        return offset
    line = text[offset:end]
    if _SUBJECT.match(line):
        return end + 1
    stripped = line.rstrip()
    if (
        ctx.channel is Channel.EMAIL
        and text.startswith(("\n", "\r\n"), end + 1)
        and stripped
        and stripped[-1] not in ",.!?:;"
        and len(stripped) <= 150
    ):
        return end + 1
    return offset


_NONSPACE = re.compile(r"\S+")


#: ASCII white space (as ``str.split`` sees it) as b" ", every other character as b"x".
_BLANKS = bytes(32 if chr(c).isspace() else 120 for c in range(256))


def _count(text: str, language: str, start: int = 0) -> int:
    """Words of ``text[start:]`` as the drafting step counts them: split on white
    space; in languages written without spaces, two characters make a word."""
    if language in UNSPACED:
        return math.ceil(sum(len(chunk) for chunk in text[start:].split()) / 2)
    if text.isascii():
        # Each word starts either the body or right after white space: counted in C.
        marks = text.encode("ascii").translate(_BLANKS)
        return marks.count(b" x", start) + marks.startswith(b"x", start)
    return len(text[start:].split())


def _cut(body: str, language: str, most: int) -> int:
    """Where, in ``body``, the words past the first ``most`` start."""
    if language in UNSPACED:
        seen = 0
        for chunk in _NONSPACE.finditer(body):
            if seen + len(chunk.group()) > 2 * most:
                return chunk.start() + 2 * most - seen
            seen += len(chunk.group())
        return len(body)
    found = next(itertools.islice(_NONSPACE.finditer(body), most, None), None)
    return len(body) if found is None else found.start()


def too_long(ctx: CheckContext) -> Iterable[Finding]:
    """A note longer than its channel allows: e-mail 200 words, card 80, LinkedIn 300 characters.

    Error for LinkedIn, whose connection note cannot hold more than 300
    characters; warning otherwise (a long note goes unread). The span is the
    part past the limit.
    """
    _, most_words, most_chars = BOUNDS[ctx.channel]
    start, count = facts(ctx).body
    if most_chars is None and (most_words is None or count <= most_words):
        return ()
    return tuple(_too_long(ctx, start, count, most_words, most_chars))


def _too_long(
    ctx: CheckContext, start: int, count: int, most_words: int | None, most_chars: int | None
) -> Iterator[Finding]:
    end = _whole(ctx.text)[1] if most_chars is not None or count > (most_words or count) else 0
    if most_words is not None and count > most_words:
        body = ctx.text[start:]
        yield _finding(
            "too-long",
            WARNING,
            f"{count} words; {_NOUNS[ctx.channel]} should keep to {most_words}",
            start + _cut(body, ctx.language, most_words),
            end,
        )
    if most_chars is not None:
        body_start = start + len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
        if end - body_start > most_chars:
            yield _finding(
                "too-long",
                ERROR,
                f"{end - body_start} characters; a LinkedIn connection note holds {most_chars}",
                body_start + most_chars,
                end,
            )


def too_short(ctx: CheckContext) -> Iterable[Finding]:
    """An e-mail of fewer than 100 words: too short to say anything personal.

    Info: a short note still beats none.
    """
    fewest = BOUNDS[ctx.channel][0]
    if fewest is None:
        return ()
    start, count = facts(ctx).body
    if count >= fewest:
        return ()
    begin, end = _whole(ctx.text)
    return (
        _finding(
            "too-short",
            INFO,
            f"{count} words; {_NOUNS[ctx.channel]} thank-you note is usually "
            f"{fewest} to {BOUNDS[ctx.channel][1]}",
            max(begin, start),
            end,
        ),
    )


# --- generic -------------------------------------------------------------------------------------


def _key(word: str) -> str:
    return word[:6]


def _function_word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, markers in lex.FUNCTION_WORDS.items():
        for word in markers:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


#: The languages each function word belongs to ("die": German, and English too).
_FUNCTION_WORD_LANGUAGES = _function_word_languages()


def _language_of(words: list[str]) -> str | None:
    """The language whose function words a short phrase uses most, if one stands out."""
    hits = dict.fromkeys(lex.FUNCTION_WORDS, 0)
    for word in words:  # each word looked up once, not once per language
        for language in _FUNCTION_WORD_LANGUAGES.get(word, ()):
            hits[language] += 1
    counts = sorted(((n, language) for language, n in hits.items()), reverse=True)
    (best, language), (second, _) = counts[0], counts[1]
    return language if best > second else None


@functools.lru_cache(maxsize=1024)
def _highlight_words(highlights: tuple[str, ...], language: str) -> tuple[tuple[str, str], ...]:
    """The specific words of the highlights written in ``language``, each with its stem.

    A highlight in another language (the interview was noted in German, the
    note is in English) cannot be compared word for word and is left out,
    and so are the language's most common words ("first", "team"). Cached
    without the interview's names, which the caller leaves out: the same
    topics come up with other people.
    """
    function_words = lex.FUNCTION_WORDS.get(language, frozenset()) | lex.FUNCTION_WORDS["en"]
    spelled = language in _spelling.LANGUAGES
    threshold = _spelling.common_threshold(language) if spelled else 0
    found: dict[str, str] = {}
    for highlight in highlights:
        words = [w.lower() for w in WORD.findall(highlight)]
        written_in = _language_of(words)
        if written_in is not None and written_in != language:
            continue
        for word in words:
            if len(word) < 4 or word in function_words:
                continue
            if spelled and _spelling.frequency(language, word) > threshold:
                continue
            found[word] = _key(word)
    return tuple(found.items())


def generic(ctx: CheckContext) -> Iterable[Finding]:
    """A note that mentions nothing discussed in the interview.

    Warning: personalising is the article's first tip; a note that could go
    to any company reads as a form letter. Compares the content words of the
    interview's and the recipient's highlights (first six letters, so
    "migrating" matches "migration") with the note's; silent when the
    interview lists no highlights.
    """
    info = facts(ctx)
    setting = info.setting
    highlights, expected = setting.wanted, setting.expected
    if not highlights:
        return ()
    lowered = info.lowered
    # Any highlight of the interview quoted as it was noted. In a large panel the
    # reader's own (which a draft quotes) are looked for first, so that its
    # notes are not each compared with every other member's topics.
    quoted = info.names.quoted
    if (len(quoted) > 16 and any(h in lowered for h in expected)) or any(
        h in lowered for h in quoted
    ):
        return ()
    wanted = setting.stems
    if not wanted:
        return ()
    distinct = info.distinct
    for key in wanted:
        # A six-letter stem as a substring; a shorter word must match whole.
        if (key in lowered) if len(key) == 6 else (key in distinct):
            return ()
    start, end = _whole(ctx.text)
    return (
        _finding(
            "generic",
            WARNING,
            f"mentions nothing from the interview; say something specific, such as "
            f"{highlights[0]!r}",
            start,
            end,
        ),
    )


# --- register-mix --------------------------------------------------------------------------------

_ARTICLES = frozenset({"le", "un", "du", "ce", "au"})


def register_mix(ctx: CheckContext) -> Iterator[Finding]:
    """Informal and formal address mixed (du/Sie, tu/vous, tú/usted), or informal to formal readers.

    Warning: switching between "du" and "Sie" reads as careless; "du" where
    the culture expects "Sie" (the recommendation's register is formal)
    reads as presumptuous. Each informal word is flagged with its formal
    counterpart.
    """
    table = lex.ADDRESS.get(ctx.language)
    if table is None:
        return
    informal_words, formal_words = table
    informal_hits: list[int] = []
    formal_seen = False
    for index, word in enumerate(ctx.words):
        if word in informal_words:
            if index and ctx.words[index - 1] in _ARTICLES and word in ("ton", "ta"):
                continue
            informal_hits.append(index)
            continue
        if word in formal_words:  # lower-case entries: "vous", "usted", "u"
            formal_seen = True
        elif ctx.written[index] in formal_words and not ctx.starts_sentence(index):
            formal_seen = True  # "Sie" in mid-sentence; a capital "Sie" may be "she"
    if not informal_hits:
        return
    if formal_seen:
        message = "mixes informal {w!r} with the formal form used elsewhere in the note"
    elif ctx.recommendation.register is Register.FORMAL:
        message = "{w!r} is informal address; this reader expects the formal form"
    else:
        return
    for index in informal_hits:
        token = ctx.tokens[index]
        better = informal_words[ctx.words[index]]
        written = token.group()
        if written[0].isupper():
            better = better[0].upper() + better[1:]
        yield _finding(
            "register-mix",
            WARNING,
            message.replace("{w!r}", repr(written)),
            token.start(),
            token.end(),
            better,
        )


# --- late / too-soon -----------------------------------------------------------------------------


def _hours(seconds: float) -> str:
    hours = seconds / 3600
    if hours < 48:
        return f"{hours:.0f} hour{'s' * (round(hours) != 1)}"
    return f"{hours / 24:.0f} days"


def late(ctx: CheckContext) -> Iterable[Finding]:
    """``now`` is past the recommendation's ``send_by``.

    Error: the note arrives after the decision may have been made. (A late
    note still beats none: the message says so.)
    """
    send_by = ctx.recommendation.send_by
    if not ctx.now > send_by:
        return ()  # a plain function, not a generator: the usual answer costs nothing
    start, end = _whole(ctx.text)
    return (_finding("late", ERROR, _late_text(send_by, ctx.now), start, end),)


#: `_late_message` by the identities of its deadline and moment: hashing an aware
#: datetime asks its time zone for the offset. Each entry holds its objects, so
#: an id is never reused meanwhile.
_late_texts: dict[tuple[int, int], tuple[datetime, datetime, str]] = {}


def _late_text(send_by: datetime, now: datetime) -> str:
    key = (id(send_by), id(now))
    found = _late_texts.get(key)
    if found is not None and found[0] is send_by and found[1] is now:
        return found[2]
    message = _late_message(send_by, now)
    if len(_late_texts) >= 256:
        _late_texts.clear()  # bounded memory in a long-running process
    _late_texts[key] = (send_by, now, message)
    return message


def _late_message(send_by: datetime, now: datetime) -> str:
    # Not cached by value: equal instants in two zones are equal datetimes, but the
    # message names the deadline's own zone.
    return (
        f"the note was due by {send_by:%Y-%m-%d %H:%M %Z}; it is "
        f"{_hours((now - send_by).total_seconds())} late; send it anyway, and soon"
    )


def too_soon(ctx: CheckContext) -> Iterable[Finding]:
    """``now`` is before the recommendation's ``send_after``.

    Info: a note sent minutes after the interview reads as automated (a
    weakly sourced norm), so the advice is to wait, not to rewrite.
    """
    send_after = ctx.recommendation.send_after
    if not ctx.now < send_after:
        return ()
    start, end = _whole(ctx.text)
    return (
        _finding(
            "too-soon",
            INFO,
            f"wait until {send_after:%Y-%m-%d %H:%M %Z} to send it; a note sent at once reads "
            "as automated",
            start,
            end,
        ),
    )


# --- salary / apology ----------------------------------------------------------------------------

_SALARY = {lang: _phrase_index(p) for lang, p in lex.SALARY_PHRASES.items()}
_SALARY_KEYS = {lang: frozenset(index) for lang, index in _SALARY.items()}
_NUMBER = re.compile(r"\d[\d,.]*+")
_CURRENCY_BEFORE = "$€£¥"
_UNIT_AFTER = re.compile(r" ?(?:[kKmM]|€|EUR|USD|CHF|GBP)(?!\w)")
_UNIT_FIRST = frozenset("kKmM€EUCG")


#: ASCII digits as b"0", commas and full stops as b".", everything else as b" ".
_NUMBER_MARKS = bytes(48 if 48 <= c <= 57 else 46 if c in (44, 46) else 32 for c in range(256))


def _numbers(text: str) -> Iterator[tuple[int, int]]:
    """The spans `_NUMBER` finds, in order.

    In ASCII text, found with ``bytes.find`` over a copy where every digit
    is "0", every comma and full stop "." and every other character a space:
    a number starts at the next "0" and runs to the next space.
    """
    if not text.isascii():
        for number in _NUMBER.finditer(text):
            yield number.span()
        return
    marks = text.encode("ascii").translate(_NUMBER_MARKS)
    start = marks.find(b"0")
    while start != -1:
        end = marks.find(b" ", start)
        if end == -1:
            yield start, len(marks)
            return
        yield start, end
        start = marks.find(b"0", end)


def _sums(text: str) -> Iterator[tuple[int, int]]:
    """Sums of money: "$140k", "€ 60.000", "90k", "55 000 EUR"."""
    currencies = any(map(text.__contains__, _CURRENCY_BEFORE))
    for start, end in _numbers(text):
        if start and text[start - 1].isalnum():
            continue  # part of a word: "Q3", "B2B"
        if not currencies:
            # Without a currency sign only a unit after the number makes a sum
            # ("m" only after a sign: "5 m" may be metres).
            after = text[end : end + 1]
            if after == " ":
                after = text[end + 1 : end + 2]
            if not after or after not in _UNIT_FIRST or after in "mM":
                continue
        sign = start - 1 if text[start - 1 : start] == " " else start
        currency = sign > 0 and text[sign - 1] in _CURRENCY_BEFORE
        # A unit starts right after the number or after one space: test that
        # character before running the pattern.
        after = text[end + (text[end : end + 1] == " ") : end + 2]
        unit = _UNIT_AFTER.match(text, end) if after[:1] and after[0] in _UNIT_FIRST else None
        if currency:
            start = sign - 1
        if unit is not None and (currency or unit.group().strip() not in ("m", "M")):
            end = unit.end()
        elif not currency:
            continue
        yield start, end


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit; ASCII text by substring tests, in C."""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    return _DIGIT.search(text) is not None


_APOLOGY = {lang: _phrase_index(p) for lang, p in lex.APOLOGY.items()}
_APOLOGY_KEYS = {lang: frozenset(index) for lang, index in _APOLOGY.items()}


#: ASCII digits, commas and full stops as b"0", the first letters of the units
#: other than "m" (k, K, EUR, USD, CHF, GBP) as b"u", spaces as b" ", the rest b"x".
_SUM_MARKS = bytes(
    48 if 48 <= c <= 57 or c in (44, 46) else 117 if chr(c) in "kKEUCG" else 32 if c == 32 else 120
    for c in range(256)
)


def _may_hold_sum(text: str) -> bool:
    """Whether `_sums` may find anything: a cheap test that spares the scan of most notes.

    In ASCII text without a dollar sign, a sum needs a unit other than "m"
    right after a number or after one space ("90k", "55 000 EUR"): found in
    C over a copy where digits are "0" and the units' first letters "u".
    """
    if not text.isascii() or "$" in text:
        return _has_digit(text)
    marks = text.encode("ascii").translate(_SUM_MARKS)
    return b"0u" in marks or b"0 u" in marks


def salary(ctx: CheckContext) -> Iterable[Finding]:
    """Salary, benefits or sums of money: the thank-you note is the wrong place to negotiate.

    Warning. Salary words that are part of the interview's own highlights
    (the interviewer raised them) are left alone.
    """
    language = ctx.language
    language = language if language in _SALARY else "en"
    phrases = not _SALARY_KEYS[language].isdisjoint(ctx.vocabulary)
    sums = _may_hold_sum(ctx.text)
    if not (phrases or sums):
        return ()
    return tuple(_salaries(ctx, language, phrases, sums))


def _salaries(ctx: CheckContext, language: str, phrases: bool, sums: bool) -> Iterator[Finding]:
    for i, j in _find_phrases(ctx, _SALARY[language], _SALARY_KEYS[language]) if phrases else ():
        start, end = _span(ctx, i, j)
        if ctx.text[start:end].lower() in facts(ctx).setting.highlights_lower:
            continue
        yield _finding(
            "salary",
            WARNING,
            f"{ctx.text[start:end]!r}: leave pay and benefits for the offer stage",
            start,
            end,
        )
    if sums:
        for start, end in _sums(ctx.text):
            yield _finding(
                "salary",
                WARNING,
                f"{ctx.text[start:end]!r}: leave pay and benefits for the offer stage",
                start,
                end,
            )


def apology(ctx: CheckContext) -> Iterable[Finding]:
    """Apologising for the interview, or overselling ("the perfect candidate").

    Warning: both draw the reader's attention to doubt; say what you would
    bring instead.
    """
    language = ctx.language
    language = language if language in _APOLOGY else "en"
    if _APOLOGY_KEYS[language].isdisjoint(ctx.vocabulary):
        return ()
    return tuple(_apologies(ctx, language))


def _apologies(ctx: CheckContext, language: str) -> Iterator[Finding]:
    for i, j in _find_phrases(ctx, _APOLOGY[language], _APOLOGY_KEYS[language]):
        start, end = _span(ctx, i, j)
        yield _finding(
            "apology",
            WARNING,
            f"{ctx.text[start:end]!r}: apologising or overselling weakens the note; "
            "say what you would bring instead",
            start,
            end,
        )


#: The built-in rules, in the order they run.
CHECKS: tuple[Check, ...] = (
    Check("placeholder", placeholder),
    Check("wrong-company", wrong_company),
    Check("name-mismatch", name_mismatch),
    Check("informal", informal),
    Check("spelling", spelling, languages=_spelling.LANGUAGES),
    Check("repeated-word", repeated_word),
    Check("too-long", too_long),
    Check("too-short", too_short),
    Check("generic", generic),
    Check("register-mix", register_mix, languages=tuple(lex.ADDRESS)),
    Check("late", late),
    Check("too-soon", too_soon),
    Check("salary", salary),
    Check("apology", apology),
)


@hookimpl
def thankyou_checks() -> Iterable[Check]:
    return CHECKS
