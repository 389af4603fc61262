"""What a proofreading rule is, and what it is handed: `Check` and `CheckContext`.

A rule is a plain function from a `CheckContext` to an iterable of `Finding`.
Plugins return `Check` values from the ``thankyou_checks`` hook; the engine
builds one context per note (the text tokenized once, the recommendation
computed once) and hands it to every rule, so a rule never repeats work that
does not depend on it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import NamedTuple, overload

from attrs import field, frozen
from babel import Locale

from . import _coerce as c
from ._errors import InvalidInput
from ._model import Candidate, Channel, Finding, Interview, Interviewer, Recommendation

__all__ = ["WORD", "Check", "CheckContext", "Token", "Tokens", "tokenize", "words_of"]

#: A word: letters or digits, with inner apostrophes ("don't", "aujourd'hui").
#: No nested quantifier can overlap, so matching is linear in the text.
WORD = re.compile(r"\w+(?:['’]\w+)*")  # noqa: RUF001 (the typographic apostrophe)

#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "vs", "etc", "no"}
    | {"hr", "fr", "frau", "herr", "sra", "sr", "mme", "mlle", "m", "dott", "ing", "dipl"}
)
_SENTENCE_END = frozenset(".!?:;\n")


class Token(NamedTuple):
    """A word of the note with its offsets; reads like a regex match."""

    word: str
    begin: int
    stop: int

    def group(self) -> str:
        return self.word

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.begin, self.stop


class Tokens(Sequence[Token]):
    """The note's words with their offsets, worked out only for the words asked for.

    Built from the words in order and the text: the offsets of word ``i`` are
    found by searching for it after word ``i - 1`` (the text between two
    words holds no word character, so the first match is the word itself),
    only as far as a rule asks. In plain ASCII text the first few words asked
    for are found directly in the spaced text (see `_split_at`); a rule that
    asks for many words gets the walk, which is linear overall.
    """

    __slots__ = ("_counts", "_padded", "_single", "_spaced", "_starts", "_text", "_words")

    def __init__(self, text: str, words: tuple[str, ...], spaced: str | None = None) -> None:
        self._text = text
        self._words = words
        #: The text with every separator a space, when it is plain ASCII (see `_spaced`).
        self._spaced = spaced
        self._padded: str | None = None
        #: Where each word starts, as far as worked out.
        self._starts: list[int] = []
        self._single: dict[int, int] = {}
        self._counts: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._words)

    @property
    def spaced(self) -> str | None:
        """The text with every separator a space, when it is plain ASCII (else None):
        there the words are exactly the runs of characters other than spaces, at
        their own offsets, so a rule may search it with ``str.find``."""
        return self._spaced

    def _locate(self, index: int) -> None:
        starts, words, find = self._starts, self._words, self._text.find
        position = starts[-1] + len(words[len(starts) - 1]) if starts else 0
        for i in range(len(starts), index + 1):
            start = find(words[i], position)
            position = start + len(words[i])
            starts.append(start)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        word = self._words[index]
        if index < len(self._starts):
            begin = self._starts[index]
            return Token(word, begin, begin + len(word))
        start = self._single.get(index)
        if start is None:
            if self._spaced is None:
                start = self._unique(index)
            elif len(self._single) < 16:
                start = self._split_at(index)
            # else: many words asked for, so walk the text once (linear overall)
        if start is None:
            self._locate(index)
            start = self._starts[index]
        return Token(word, start, start + len(word))

    def start(self, index: int) -> int:
        """Where word ``index`` (non-negative) starts: ``self[index].start()`` without the Token."""
        starts = self._starts
        if 0 <= index < len(starts):
            return starts[index]
        found = self._single.get(index)
        return self[index].begin if found is None else found

    def _split_at(self, index: int) -> int:
        """Where word ``index`` starts, found in the spaced text, in C.

        There every word stands between single spaces, so its ``k``-th
        occurrence as a whole word is the ``k``-th match of " word ".
        """
        padded = self._padded
        if padded is None:
            padded = self._padded = f" {self._spaced} "
        word = self._words[index]
        needle = f" {word} "
        at = -1
        for _ in range(self._words[:index].count(word) + 1):
            at = padded.find(needle, at + 1)
        self._single[index] = at
        return at

    def _unique(self, index: int) -> int | None:
        """Where a word that occurs once in the note starts, found directly."""
        word, text = self._words[index], self._text
        count = self._counts.get(word)
        if count is None:
            count = self._counts[word] = self._words.count(word)
        if count != 1:
            return None
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not (_joined(text, at - 1, -1) or _joined(text, end, 1)):
                self._single[index] = at
                return at
            at = text.find(word, at + 1)
        return None  # pragma: no cover - the word is in the text

    def gap(self, index: int) -> str:
        """The text between word ``index - 1`` and word ``index`` (before the first: the start)."""
        text = self._text
        starts = self._starts
        if 0 < index < len(starts):
            return text[starts[index - 1] + len(self._words[index - 1]) : starts[index]]
        start = self[index].begin
        before = start
        while before and not _word_char(text[before - 1]):
            before -= 1
        return text[before:start]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _joined(text: str, at: int, step: int) -> bool:
    """Whether the character at ``at`` continues a word (directly or over an apostrophe)."""
    if not 0 <= at < len(text):
        return False
    if _word_char(text[at]):
        return True
    beyond = at + step
    return text[at] in "'\u2019" and 0 <= beyond < len(text) and _word_char(text[beyond])


#: In ASCII text every other character separates words, except the apostrophe.
_SEPARATORS = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(256))


def _spaced(text: str) -> str | None:
    """Plain ASCII ``text`` with every separator a space (so offsets are kept), or None.

    None for other text, and for text with two apostrophes in a row, which
    the pattern splits.
    """
    if not text.isascii():
        return None
    spaced = text.encode("ascii").translate(_SEPARATORS).decode("ascii")
    if "'" in spaced:
        if "''" in spaced:
            return None
        # A lone apostrophe joins two words only between word characters; at a
        # word's edge ("tenants' advice", 'a "quote"') it separates, like a space.
        spaced = spaced.replace(" '", "  ").replace("' ", "  ")
        if spaced.startswith("'"):
            spaced = " " + spaced[1:]
        if spaced.endswith("'"):
            spaced = spaced[:-1] + " "
    return spaced


def words_of(text: str) -> tuple[str, ...]:
    """The words of ``text`` as `WORD` finds them, in order.

    Plain ASCII text is split in C (the common case, several times faster);
    anything else goes through the pattern.
    """
    spaced = _spaced(text)
    if spaced is not None:
        return tuple(spaced.split())
    return tuple(WORD.findall(text))


def _split(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """The words of ``text`` as written, the same in lower case, and the spaced text if any."""
    spaced = _spaced(text)
    if spaced is not None:
        return tuple(spaced.split()), tuple(spaced.lower().split()), spaced
    written = tuple(WORD.findall(text))
    # One lower() over all the words; no word holds a line break.
    words = tuple("\n".join(written).lower().split("\n")) if written else ()
    if len(words) != len(written):  # pragma: no cover - lower() never adds a line break
        words = tuple(w.lower() for w in written)
    return written, words, None


def tokenize(text: str) -> Tokens:
    """The words of ``text`` with their offsets (``.group()``, ``.start()``, ``.end()``)."""
    written, _, spaced = _split(text)
    return Tokens(text, written, spaced)


def _rule_id(value: object) -> str:
    rule = c.text(value, "Check.rule", max_len=60)
    if not re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*", rule):
        raise InvalidInput(
            "Check.rule", f"{rule!r} is not accepted; use lowercase words joined by '-'"
        )
    return rule


def _check_function(value: object) -> Callable[[CheckContext], Iterable[Finding]]:
    if not callable(value):
        raise InvalidInput("Check.function", f"expected a function, got {type(value).__name__}")
    return value


def _check_languages(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    langs = c.texts(value, "Check.languages", max_len=8)
    for lang in langs:
        if not re.fullmatch(r"[a-z]{2,3}", lang):
            raise InvalidInput(
                "Check.languages", f"{lang!r} is not a language code such as 'en' or 'de'"
            )
    return langs


@frozen
class Check:
    """A proofreading rule a plugin contributes.

    ``rule`` is the stable id apps filter on (``"placeholder"``), and every
    `Finding` the function returns carries it. ``languages`` limits the rule
    to notes in those languages (``("ja",)``); empty means every language.
    """

    rule: str = field(converter=_rule_id)
    function: Callable[[CheckContext], Iterable[Finding]] = field(converter=_check_function)
    languages: tuple[str, ...] = field(default=(), converter=_check_languages)

    def applies_to(self, language: str) -> bool:
        """Whether the rule runs on a note in ``language`` (``"en"``)."""
        return not self.languages or language in self.languages


class _Panel:
    """What every note of one interview shares about its people, worked out once:
    a panel of N gets N notes, and each must not cost N again."""

    __slots__ = ("_places", "highlights", "ids", "interview", "people")

    def __init__(self, interview: Interview) -> None:
        self.interview = interview  # held, so that its id is not reused meanwhile
        people = interview.interviewers
        recruiter = interview.recruiter
        if recruiter is not None and recruiter not in people:
            people = (*people, recruiter)
        self.people = people
        self.ids = frozenset(map(id, people))
        others = [p.highlights for p in interview.interviewers]
        self.highlights = tuple(dict.fromkeys(itertools.chain(interview.highlights, *others)))
        self._places: dict[str, int] | None = None

    def has(self, person: Interviewer) -> bool:
        # By identity first (the recipient is usually one of the panel's own objects).
        return id(person) in self.ids or person in self.people

    def first(self, own: tuple[str, ...]) -> tuple[str, ...]:
        """``own`` first, then the panel's highlights that are not among them, each once.

        What ``dict.fromkeys((*own, *self.highlights))`` gives, without hashing
        the whole panel's highlights for every note: only ``own`` is looked up
        (in an index built once), and the rest is copied in slices.
        """
        shared = self.highlights
        if len(shared) <= 4:
            return tuple(dict.fromkeys((*own, *shared)))  # a small panel: at once
        places = self._places
        if places is None:
            places = self._places = {h: i for i, h in enumerate(shared)}
        first = tuple(dict.fromkeys(own))
        cuts = sorted(i for i in map(places.get, first) if i is not None)
        if not cuts:
            return first + shared
        parts = [first]
        done = 0
        for cut in cuts:
            parts.append(shared[done:cut])
            done = cut + 1
        parts.append(shared[done:])
        return tuple(itertools.chain.from_iterable(parts))


_panels: dict[int, _Panel] = {}


def _panel(interview: Interview) -> _Panel:
    found = _panels.get(id(interview))
    if found is None or found.interview is not interview:
        found = _Panel(interview)
        if len(_panels) >= 256:
            _panels.clear()  # bounded memory in a long-running process
        _panels[id(interview)] = found
    return found


def _highlights(interview: Interview, recipient: Interviewer | None) -> tuple[str, ...]:
    """`CheckContext.highlights` of a note to ``recipient``."""
    own = recipient.highlights if recipient is not None else ()
    if not own:
        return _panel(interview).highlights
    return _panel(interview).first(own)


@frozen
class CheckContext:
    """Everything a rule may read about the note it checks.

    ``locale`` is the language the note is written in (detected from its
    words, else the recipient's or the candidate's). ``channel`` is the one
    the caller named, else the recommended one. ``written`` are the words of
    ``text`` in order as written, ``words`` the same in lower case, and
    ``tokens`` the same again as regex matches with their offsets
    (``.start()``, ``.end()``), worked out on first use.
    """

    text: str
    interview: Interview
    candidate: Candidate
    recipient: Interviewer | None
    channel: Channel
    locale: Locale
    recommendation: Recommendation
    now: datetime
    written: tuple[str, ...]
    words: tuple[str, ...]
    #: The distinct lower-case words, for set operations.
    vocabulary: frozenset[str]

    #: The words with their offsets: ``tokens[i].group() == written[i]``,
    #: ``tokens[i].start()``, ``tokens[i].end()``; ``tokens.gap(i)`` is the
    #: text before word ``i``.
    tokens: Tokens

    @property
    def language(self) -> str:
        """The note's language code: ``"en"``, ``"de"``, ..."""
        return self.locale.language  # a str already

    def interviewers(self) -> tuple[Interviewer, ...]:
        """The people the note may name: the recipient, the panel and the recruiter."""
        panel = _panel(self.interview)
        people = panel.people
        if self.recipient is not None and not panel.has(self.recipient):
            people = (self.recipient, *people)
        return people

    def highlights(self) -> tuple[str, ...]:
        """What was discussed: the recipient's highlights first, then the interview's."""
        return _highlights(self.interview, self.recipient)

    def starts_sentence(self, index: int) -> bool:
        """Whether ``tokens[index]`` is the first word of a sentence, line or the text."""
        if index == 0:
            return True
        for ch in reversed(self.tokens.gap(index)):
            if ch in _SENTENCE_END:
                return not (ch == "." and self.words[index - 1] in _ABBREVIATIONS)
            if not (ch.isspace() or ch in "\"'“”‘’«»()[]-–—*•"):  # noqa: RUF001
                return False
        return False


_locales: dict[str, Locale] = {}


def _locale_of(language: str) -> Locale:
    found = _locales.get(language)
    if found is None:
        found = _locales.setdefault(language, Locale.parse(language))
    return found


def note_locale(words: frozenset[str], expected: Locale) -> Locale:
    """The language a note is written in, from its function words; else ``expected``.

    A note to a German company may well be in English: the words decide
    when at least two of them mark one language more than any other.
    """
    found = words & _MARKERS
    own = _BY_LANGUAGE.get(expected.language)
    if own is not None:
        expected_hits = len(found & own)
        if expected_hits >= 3 and 4 * expected_hits >= 3 * len(found):
            return expected  # three in four marker words are the expected language's
    hits: dict[str, int] = {}
    for word in found:
        for language in _MARKER_LANGUAGES[word]:
            hits[language] = hits.get(language, 0) + 1
    if not hits:
        return expected
    ranked = sorted(hits.values(), reverse=True)
    best_hits = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else 0
    best = min(lang for lang, n in hits.items() if n == best_hits)
    expected_hits = hits.get(expected.language, 0)
    if best_hits < 2 or best_hits in (expected_hits, runner_up):
        return expected
    return _locale_of(best)


def _marker_index() -> dict[str, tuple[str, ...]]:
    from ._lexicon import FUNCTION_WORDS

    index: dict[str, list[str]] = {}
    for language, markers in FUNCTION_WORDS.items():
        for word in markers:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


_MARKER_LANGUAGES = _marker_index()
_MARKERS = frozenset(_MARKER_LANGUAGES)
_BY_LANGUAGE = {
    language: frozenset(w for w, langs in _MARKER_LANGUAGES.items() if language in langs)
    for language in {lang for langs in _MARKER_LANGUAGES.values() for lang in langs}
}


def build_context(
    text: str,
    interview: Interview,
    candidate: Candidate,
    recipient: Interviewer | None,
    channel: Channel,
    recommendation: Recommendation,
    now: datetime,
) -> CheckContext:
    """Tokenize the note once and work out its language."""
    written, words, spaced = _split(text)
    tokens = Tokens(text, written, spaced)
    vocabulary = frozenset(words)
    expected = (
        (recipient.locale if recipient is not None else None)
        or (
            interview.interviewers[0].locale
            if recipient is None and len(interview.interviewers) == 1
            else None
        )
        or candidate.locale
    )
    return CheckContext(
        text,
        interview,
        candidate,
        recipient,
        channel,
        note_locale(vocabulary, expected),
        recommendation,
        now,
        written,
        words,
        vocabulary,
        tokens,
    )
