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

__all__ = ["WORD", "Check", "CheckContext", "Token", "Tokens", "tokenize"]

#: A word: letters or digits, with inner apostrophes ("don't", "aujourd'hui").
#: No nested quantifier can overlap, so matching is linear in the text.
WORD = re.compile(r"\w+(?:['’]\w+)*")  # noqa: RUF001 (the typographic apostrophe)

#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "vs", "etc", "no"}
    | {"hr", "fr", "frau", "herr", "sra", "sr", "mme", "mlle", "m", "dott", "ing", "dipl"}
)
_SENTENCE_END = frozenset(".!?:;\n")


_SPLIT = re.compile(f"({WORD.pattern})")


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

    The text is split once into alternating gaps and words (in C); offsets
    are the running sum of the pieces' lengths, computed on first use.
    """

    __slots__ = ("_offsets", "_pieces")

    def __init__(self, pieces: list[str]) -> None:
        self._pieces = pieces
        self._offsets: list[int] | None = None

    def __len__(self) -> int:
        return len(self._pieces) // 2

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
        offsets = self._offsets
        if offsets is None:
            offsets = self._offsets = list(itertools.accumulate(map(len, self._pieces)))
        return Token(self._pieces[2 * index + 1], offsets[2 * index], offsets[2 * index + 1])

    def gap(self, index: int) -> str:
        """The text between word ``index - 1`` and word ``index`` (before the first: the start)."""
        return self._pieces[2 * index]


def tokenize(text: str) -> Tokens:
    """The words of ``text`` with their offsets (``.group()``, ``.start()``, ``.end()``)."""
    return Tokens(_SPLIT.split(text))


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
        return str(self.locale.language)

    def interviewers(self) -> tuple[Interviewer, ...]:
        """The people the note may name: the recipient, the panel and the recruiter."""
        people = list(self.interview.interviewers)
        if self.recipient is not None and self.recipient not in people:
            people.insert(0, self.recipient)
        if self.interview.recruiter is not None and self.interview.recruiter not in people:
            people.append(self.interview.recruiter)
        return tuple(people)

    def highlights(self) -> tuple[str, ...]:
        """What was discussed: the recipient's highlights first, then the interview's."""
        own = self.recipient.highlights if self.recipient is not None else ()
        others = tuple(h for p in self.interview.interviewers for h in p.highlights)
        seen: dict[str, None] = dict.fromkeys((*own, *self.interview.highlights, *others))
        return tuple(seen)

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
    from ._lexicon import FUNCTION_WORDS

    distinct = words
    best, best_hits, runner_up = expected.language, 0, 0
    for language, markers in FUNCTION_WORDS.items():
        hits = len(distinct & markers)
        if hits > best_hits:
            best, best_hits, runner_up = language, hits, best_hits
        elif hits > runner_up:
            runner_up = hits
    expected_hits = len(distinct & FUNCTION_WORDS.get(expected.language, frozenset()))
    if best_hits < 2 or best_hits in (expected_hits, runner_up):
        return expected
    return _locale_of(best)


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
    tokens = tokenize(text)
    written = tuple(tokens._pieces[1::2])
    # One lower() over all the words; no word holds a line break.
    words = tuple("\n".join(written).lower().split("\n")) if written else ()
    if len(words) != len(written):  # pragma: no cover - lower() never adds a line break
        words = tuple(w.lower() for w in written)
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
