"""Which language a note is written in, and which phrasebook writes it.

The reader decides: the interviewer's own locale when the caller knows it;
else an official language of the employer's country that the candidate
writes (Babel's territory data), in that country's variant; else the
candidate's own locale. A phrasebook is then found by falling back from the
most specific form (``de_AT``) to the language (``de``), never across
scripts (a ``zh_Hant`` reader does not get a ``zh`` = Simplified book).
"""

from __future__ import annotations

import functools

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from . import _coerce as c
from ._model import Candidate, Interview, Interviewer

__all__ = ["fallbacks", "note_locale", "official_languages", "parse_locale"]

#: CLDR statuses that make a language one a company there writes in.
_OFFICIAL = frozenset({"official", "de_facto_official"})


def parse_locale(value: object, field: str = "locale") -> Locale:
    """A `Locale` from BCP-47 (``"de-CH"``), POSIX (``"de_CH"``) or a `Locale`."""
    return c.locale(value, field)


@functools.lru_cache(maxsize=512)
def official_languages(country: str) -> tuple[tuple[str, str | None], ...]:
    """(language, script) pairs official in ``country``, most spoken first."""
    data = get_global("territory_languages").get(country, {})
    ranked = sorted(
        (
            (-float(info.get("population_percent", 0.0)), key)
            for key, info in data.items()
            if info.get("official_status") in _OFFICIAL
        ),
    )
    pairs = []
    for _, key in ranked:
        language, _, script = key.partition("_")
        pairs.append((language, script or None))
    return tuple(pairs)


@functools.lru_cache(maxsize=1024)
def _employer_locale(country: str, candidate: Locale) -> Locale:
    for language, script in official_languages(country):
        if language != candidate.language:
            continue
        try:
            # The reader's variant (en_GB for a British employer) and script.
            return Locale(language, territory=country, script=script)
        except (UnknownLocaleError, ValueError):
            return candidate
    return candidate


def note_locale(
    recipient: Interviewer | None, interview: Interview, candidate: Candidate
) -> Locale:
    """The locale the note to ``recipient`` is written in (see the module text)."""
    if recipient is not None and recipient.locale is not None:
        return recipient.locale
    return _employer_locale(interview.country, candidate.locale)


@functools.lru_cache(maxsize=1)
def _likely() -> dict[str, str]:
    return dict(get_global("likely_subtags"))


def _script_of(language: str, territory: str | None) -> str | None:
    likely = _likely()
    for key in ((f"{language}_{territory}",) if territory else ()) + (language,):
        found = likely.get(key)
        if found:
            parts = found.split("_")
            if len(parts) >= 2 and len(parts[1]) == 4:
                return parts[1]
    return None


@functools.lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return dict(get_global("parent_exceptions"))


@functools.lru_cache(maxsize=1024)
def fallbacks(locale: Locale) -> tuple[str, ...]:
    """Phrasebook keys to try for ``locale``, most specific first.

    ``de_AT`` gives ``de_AT`` then ``de``; ``en_NZ`` passes through CLDR's
    parent ``en_001`` (Commonwealth usage) and ``es_MX`` through ``es_419``
    before the bare language; ``zh_Hant_TW`` never falls back to ``zh``
    (Simplified): the bare language is skipped when the locale's script is
    not the language's usual one.
    """
    language, territory = locale.language, locale.territory
    script = locale.script or _script_of(language, territory)
    usual = _script_of(language, None)
    chain: list[str] = []
    if script and territory:
        chain.append(f"{language}_{script}_{territory}")
    if territory:
        chain.append(f"{language}_{territory}")
    parents = _parents()
    for key in tuple(chain):
        parent = parents.get(key)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = parents.get(parent)
    if script:
        chain.append(f"{language}_{script}")
    if script is None or script == usual:
        chain.append(language)
    return tuple(dict.fromkeys(chain))
