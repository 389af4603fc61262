"""What a proofreading rule is, and what it is handed: `Check` and `CheckContext`.

A rule is a plain function from a `CheckContext` to an iterable of `Finding`.
Plugins return `Check` values from the ``thankyou_checks`` hook; the engine
builds one context per note (the text tokenized once, the recommendation
computed once) and hands it to every rule, so a rule never repeats work that
does not depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime

from attrs import field, frozen
from babel import Locale

from . import _coerce as c
from ._errors import InvalidInput
from ._model import Candidate, Channel, Finding, Interview, Interviewer, Recommendation

__all__ = ["WORD", "Check", "CheckContext", "tokenize"]

#: A word: letters or digits, with inner apostrophes ("don't", "aujourd'hui").
#: No nested quantifier can overlap, so matching is linear in the text.
WORD = re.compile(r"\w+(?:['’]\w+)*")  # noqa: RUF001 (the typographic apostrophe)

#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "vs", "etc", "no"}
    | {"hr", "fr", "frau", "herr", "sra", "sr", "mme", "mlle", "m", "dott", "ing", "dipl"}
)
_SENTENCE_END = frozenset(".!?:;\n")


def tokenize(text: str) -> tuple[re.Match[str], ...]:
    """The words of ``text`` as regex matches (``.group()``, ``.start()``, ``.end()``)."""
    return tuple(WORD.finditer(text))


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
    the caller named, else the recommended one. ``tokens`` are the words of
    ``text`` in order, and ``words`` the same words in lower case.
    """

    text: str
    interview: Interview
    candidate: Candidate
    recipient: Interviewer | None
    channel: Channel
    locale: Locale
    recommendation: Recommendation
    now: datetime
    tokens: tuple[re.Match[str], ...]
    words: tuple[str, ...]

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
        previous = self.tokens[index - 1]
        gap = self.text[previous.end() : self.tokens[index].start()]
        for ch in reversed(gap):
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


def note_locale(words: tuple[str, ...], expected: Locale) -> Locale:
    """The language a note is written in, from its function words; else ``expected``.

    A note to a German company may well be in English: the words decide
    when at least two of them mark one language more than any other.
    """
    from ._lexicon import FUNCTION_WORDS

    distinct = set(words)
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
    words = tuple(m.group().lower() for m in tokens)
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
        note_locale(words, expected),
        recommendation,
        now,
        tokens,
        words,
    )
