"""Spelling word lists from pyspellchecker, loaded lazily, once per process.

Loading a list takes 30-250 ms (German and Portuguese are the slowest), so a
language is loaded the first time a note in it is checked, under a lock so
that two threads never load it twice. The lists are read from
pyspellchecker's data files directly (half the time of building a
``SpellChecker``); looking a word up is one dict lookup, and a correction is
suggested as pyspellchecker's ``candidates()`` at distance 1 would, only for
words that are not in the list.
"""

from __future__ import annotations

import functools
import string
import threading
from collections.abc import Container

__all__ = [
    "LANGUAGES",
    "common_threshold",
    "elision",
    "frequency",
    "known",
    "missing",
    "suggest",
    "word_list",
]

#: The languages pyspellchecker ships lists for and the proofreader checks.
LANGUAGES = ("en", "de", "fr", "es", "pt", "nl", "it")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The most frequent this many words of a list are too common to show a note is personal.
COMMON_RANK = 1500

#: Everyday words of thank-you notes and workplaces that the lists lack.
_EXTRA: dict[str, frozenset[str]] = {
    "en": frozenset(
        _words(
            "roadmap roadmaps onboarding offboarding stakeholder stakeholders upskilling "
            "workstream workstreams teammate teammates dataset datasets email emails "
            "cybersecurity fintech healthtech edtech frontend backend fullstack devops "
            "walkthrough onsite offsite hybrid nonprofit nonprofits fundraiser fundraisers "
            "preboarding coworkers coworker skillset skillsets"
        )
    ),
    "de": frozenset(
        _words(
            "teamleiterin teamleiter bewerbungsgespräch bewerbungsgespräche onboarding "
            "roadmap einarbeitung einarbeitungsphase produktteam entwicklungsteam "
            "jänner feber"
        )
    ),
    "fr": frozenset(_words("onboarding roadmap")),
    "es": frozenset(
        _words(
            "agradezco agradecería agradecerle agradecerles quedo compartirme onboarding roadmap"
        )
    ),
    "pt": frozenset(_words("exmo exma exmos exmas sr sra dr dra")),
    "nl": frozenset(),
    "it": frozenset(),
}

_lock = threading.Lock()


class _List:
    """One language's words (lower case) with how often each occurs in the list's source."""

    __slots__ = ("__dict__", "counts")

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts

    @functools.cached_property
    def letters(self) -> frozenset[str]:
        """Every character of every word: what an edit may insert or replace."""
        return frozenset().union(*self.counts)

    @functools.cached_property
    def longest(self) -> int:
        return max(map(len, self.counts), default=0)


_lists: dict[str, _List] = {}


def _resource(language: str) -> bytes:
    """pyspellchecker's gzipped JSON list for ``language``, read without importing it."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spellchecker")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).parent / "resources" / f"{language}.json.gz"
        if path.is_file():
            return path.read_bytes()
    import pkgutil  # pragma: no cover - an installation without plain files

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")  # pragma: no cover
    if data is None:  # pragma: no cover
        raise ValueError(f"pyspellchecker has no word list for {language!r}")
    return data  # pragma: no cover


def _load(language: str) -> _List:
    """Read the list as pyspellchecker's ``SpellChecker(language=...)`` does, without it.

    Half the time of building a ``SpellChecker``, which also works out
    letters and totals this module needs only to suggest a correction, and
    then again after each word added. Words differing only in case are
    merged and their counts summed, as pyspellchecker does; the extra words
    count once more, as its ``load_words`` does.
    """
    import gzip
    import json

    text = gzip.decompress(_resource(language)).decode("utf-8")
    if text.islower():  # no upper-case letter anywhere: nothing to merge
        counts: dict[str, int] = json.loads(text)
    else:  # pragma: no cover - the lists pyspellchecker ships are lower case
        counts = {}
        for key, value in json.loads(text).items():
            lowered = key.lower()
            counts[lowered] = counts.get(lowered, 0) + value
    for word in _EXTRA.get(language, ()):
        counts[word] = counts.get(word, 0) + 1
    return _List(counts)


def _word_list(language: str) -> _List:
    found = _lists.get(language)
    if found is None:
        with _lock:
            found = _lists.get(language)
            if found is None:
                found = _lists[language] = _load(language)
    return found


def word_list(language: str) -> dict[str, int]:
    """The lower-case words of ``language`` with their counts; loads the list on first use.

    A plain dict, so that ``set.difference`` looks the note's words up in C.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no spelling word list for {language!r}; have {', '.join(LANGUAGES)}")
    return _word_list(language).counts


#: Words of each language found in its list lately: a small set that stays in
#: the processor's cache, where the list (100,000s of words) does not, so the
#: words of the next note are mostly found here. Cleared when it grows large.
_recent: dict[str, set[str]] = {}
_RECENT_MAX = 20_000


def missing(language: str, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` (lower case) that are not in the list of ``language``."""
    recent = _recent.get(language)
    if recent is None:
        recent = _recent.setdefault(language, set())
    rest = words.difference(recent)
    if not rest:
        return rest
    # A set minus a plain dict looks each word up in C.
    found = rest.difference(word_list(language))
    if len(recent) > _RECENT_MAX:
        recent.clear()
    recent.update(rest.difference(found))
    return found


def _british(word: str) -> str | None:
    """The American spelling of a British one ("organisation"), else None."""
    for gb, us in (
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ourite", "orite"),
        ("ourable", "orable"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ogue", "og"),
        ("ence", "ense"),
        ("mme", "m"),
    ):
        if word.endswith(gb):
            return word[: -len(gb)] + us
    return None


_ELISIONS = frozenset(
    {"l", "d", "j", "c", "qu", "n", "s", "m", "t", "jusqu", "lorsqu", "puisqu", "quelqu"}
    | {"un", "all", "dell", "nell", "sull", "dall", "quell", "po", "cos"}
)


def elision(word: str) -> int:
    """How many characters of ``word`` are an elided article or pronoun ("l'" of "l'équipe")."""
    for i, ch in enumerate(word):
        if ch in "'\u2019":
            return i + 1 if word[:i] in _ELISIONS else 0
    return 0


@functools.lru_cache(maxsize=65536)
def known(language: str, word: str) -> bool:
    """Whether the lower-case ``word`` is spelled right in ``language``."""
    words = word_list(language)
    if word in words:
        return True
    if language == "en":
        us = _british(word)
        if us is not None and us in words:
            return True
    if language == "es" and _spanish_lemma_known(word, words):
        return True
    if language == "de" and "ss" in word and word.replace("ss", "ß") in words:
        return True  # Swiss spelling: "Grüsse" for "Grüße"
    if ("œ" in word or "æ" in word) and word.replace("œ", "oe").replace("æ", "ae") in words:
        return True  # "cœur" is listed as "coeur"
    for apostrophe in "'’":  # noqa: RUF001 (the typographic apostrophe)
        if apostrophe in word:
            # French and Italian elide: "d'échanger", "l'équipe", "un'azienda".
            head, _, tail = word.replace("’", "'").rpartition("'")  # noqa: RUF001
            return (head in _ELISIONS or head in words) and (tail in words or tail == "s")
    return False


# pyspellchecker's Spanish list holds lemmas only ("gracia", "mucha", "parecer"), so
# inflected forms are reduced to a lemma before they count as unknown.
_ES_IRREGULAR = frozenset(
    _words(
        "fue fui fuiste fueron fuera era eras eran éramos soy eres es somos son sea sean "
        "sería seré será estoy está están estuve estuvo esté estaría he has ha hemos han "
        "había habría haya hay tengo tiene tienen tuve tuvo tenga tendré tendría puedo puede "
        "pueden pude pudo pueda podría podré hago hace hice hizo haga haría digo dice dije "
        "dijo diga diría quiero quiere quise quisiera sé sabe supe sepa sabría doy da di dio "
        "dé voy va vamos van iba vaya veo ve vi vio vea vengo viene vine vino venga pongo "
        "puso ponga siento sienta sentí sintió conozco conozca agradezco ofrezco parezco"
    )
)
_ES_VERB_ENDINGS = tuple(
    sorted(
        (
            _words(
                "ando iendo yendo ado ada ados adas ido ida idos idas aba abas ábamos aban ía "
                "ías íamos ían aré arás ará aremos arán aría arías aríamos arían eré erás erá "
                "eremos erán ería erías eríamos erían iré irás irá iremos irán iría irías "
                "iríamos irían é aste ó amos aron í iste ió imos ieron o as a an e es en emos "
                "ase ara aran iera ieran iese ar er ir"
            )
        ),
        key=len,
        reverse=True,
    )
)
_ES_CLITICS = ("selo", "sela", "nos", "las", "los", "les", "la", "lo", "le", "me", "te", "se")
_UNACCENT = str.maketrans("áéíóú", "aeiou")


def _spanish_lemma_known(word: str, words: Container[str]) -> bool:
    if word in _ES_IRREGULAR:
        return True
    for plural in ("es", "s"):
        if word.endswith(plural) and word[: -len(plural)] in words:
            return True  # "errores", "muchas"
    if word.endswith("mente") and word[:-5] in words:
        return True
    stems = [word]
    for clitic in _ES_CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            stems.append(word[: -len(clitic)].translate(_UNACCENT))  # "revisarla", "dándole"
    for stem in stems:
        if stem in words:
            return True
        for ending in _ES_VERB_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 2:
                root = stem[: -len(ending)]
                if any(root + inf in words for inf in ("ar", "er", "ir")):
                    return True
    return False


def frequency(language: str, word: str) -> int:
    """How often the lower-case ``word`` occurs in the list's source (0: not at all)."""
    return word_list(language).get(word, 0)


@functools.lru_cache(maxsize=16)
def common_threshold(language: str) -> int:
    """Words more frequent than this say nothing specific ("first", "team", "work")."""
    import heapq

    counts = word_list(language).values()
    return int(heapq.nlargest(COMMON_RANK, counts)[-1])


def _checked(word: str, longest: int) -> bool:
    """Whether pyspellchecker would consider ``word`` at all (not a number, not too long)."""
    if len(word) == 1 and word in string.punctuation:
        return False
    if len(word) > longest + 3:
        return False
    if word in ("nan", "inf", "infinity"):
        return True
    try:
        float(word)
    except ValueError:
        return True
    return False


def _edits(word: str, letters: frozenset[str]) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits.update(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1)
    edits.update(left + c + right[1:] for left, right in splits if right for c in letters)
    edits.update(left + c + right for left, right in splits for c in letters)
    return edits


def _candidates(language: str, word: str) -> set[str]:
    """pyspellchecker's ``candidates(word)`` at distance 1: the word itself when it is
    known or not a word, else the known words one edit away (empty: none)."""
    found = _word_list(language)
    counts, longest = found.counts, found.longest
    if (word in counts and _checked(word, longest)) or not _checked(word, longest):
        return {word}
    return {w for w in _edits(word, found.letters) if w in counts and _checked(w, longest)}


@functools.lru_cache(maxsize=4096)
def suggest(language: str, word: str) -> str | None:
    """The most likely correction of an unknown lower-case word, if any."""
    candidates = _candidates(language, word)
    if not candidates:
        return None
    counts = word_list(language)
    best = max(sorted(candidates), key=lambda w: counts.get(w, 0))
    return None if best == word else best
