"""Spelling word lists from pyspellchecker, loaded lazily, once per process.

A list is loaded the first time a note in its language is checked, under a
lock so that two threads never load it twice. The build precomputes each
list (``thankyou._precompute``): its 10,000 most frequent words are loaded
as a dict (about 2 ms), which holds almost every word of a note, and the
rest is searched in place by bisection (a few microseconds a word), so
that a short command never builds the whole list (60 ms for English, 180 ms
for German). A long-running process that keeps looking up rare words gets
the whole list as a dict after ``PROMOTE_AFTER`` such lookups (rule below).
Without precomputed data, or with data from another pyspellchecker, the list
is read from pyspellchecker's files directly (half the time of building a
``SpellChecker``). Either way a correction is suggested as pyspellchecker's
``candidates()`` at distance 1 would, only for words that are not in the list.
"""

from __future__ import annotations

import functools
import string
import threading
from collections.abc import Container

from ._precompute import Spelling

__all__ = [
    "LANGUAGES",
    "common_threshold",
    "dictionary",
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

#: A list searched in place becomes one dict after this many searches of its
#: rest (each word is searched once, see ``_List.get``): by then a process has
#: spent on them (~5 us each) about what building the dict costs once (~25 ms
#: for English), and a process that lives that long will search more.
PROMOTE_AFTER = 5_000

#: At most this many words not in a list are remembered as such.
_ABSENT_MAX = 20_000


class _List:
    """One language's words (lower case) with how often each occurs in the list's source.

    Either the whole list as a dict (``rest`` is None), or the most frequent
    words as a dict and the others precomputed in ``rest``, searched in place.
    A word found in the rest joins the dict (with its own count, so the dict
    only ever holds the list's words and counts) and a word not found joins
    ``absent``: the next lookup of either is one dict or set lookup. The whole
    list, once built, replaces this one in ``_lists``.
    """

    __slots__ = ("__dict__", "absent", "counts", "language", "misses", "rest", "rest_letters")

    def __init__(self, language: str, counts: dict[str, int], rest: Spelling | None = None) -> None:
        self.language = language
        self.counts = counts
        self.rest = rest
        self.absent: set[str] = set()
        self.misses = 0  # racy increments may lose a count: harmless
        #: Every character of the rest's words: a word with any other is not there.
        self.rest_letters = frozenset(rest.letters) if rest is not None else frozenset()

    def __contains__(self, word: object) -> bool:
        if word in self.counts:
            return True
        return self.rest is not None and isinstance(word, str) and self.get(word) > 0

    def get(self, word: str) -> int:
        """The count of ``word``, 0 if it is not in the list."""
        count = self.counts.get(word)
        if count is not None:
            return count
        rest = self.rest
        if rest is None or word in self.absent:
            return 0
        if not self.rest_letters.issuperset(word):
            return 0  # a character no word of the list has ("300", "Q3"): no search
        count = rest.rare(word)
        if count:
            self.counts[word] = count
        else:
            if len(self.absent) > _ABSENT_MAX:
                self.absent.clear()
            self.absent.add(word)
        self.misses += 1
        if self.misses >= PROMOTE_AFTER:
            _promote(self.language)
        return count

    @functools.cached_property
    def letters(self) -> frozenset[str]:
        """Every character of every word: what an edit may insert or replace."""
        if self.rest is not None:  # the letters of the whole list, and of the extra words
            return frozenset(self.rest.letters).union(*_EXTRA.get(self.language, ()))
        return frozenset().union(*self.counts)

    @functools.cached_property
    def longest(self) -> int:
        if self.rest is not None:
            return max([self.rest.longest, *map(len, _EXTRA.get(self.language, ()))])
        return max(map(len, self.counts), default=0)


_lists: dict[str, _List] = {}


def _resource(language: str) -> bytes:
    """pyspellchecker's gzipped JSON list for ``language``, read without importing it."""
    from ._precompute import spellchecker_resource

    return spellchecker_resource(language)


def _load(language: str) -> _List:
    """The precomputed list when it is there and current, else pyspellchecker's.

    The extra words count once more, as pyspellchecker's ``load_words`` does;
    in a precomputed list they join the top words.
    """
    from ._precompute import read_spelling

    extra = _EXTRA.get(language, ())
    precomputed = read_spelling(language)
    if precomputed is not None:
        top = precomputed.top
        for word in extra:
            top[word] = (top.get(word) or precomputed.rare(word)) + 1
        return _List(language, top, precomputed)
    return _List(language, _read(language))


def _read(language: str) -> dict[str, int]:
    """Read the list as pyspellchecker's ``SpellChecker(language=...)`` does, without it.

    Half the time of building a ``SpellChecker``, which also works out
    letters and totals this module needs only to suggest a correction, and
    then again after each word added. Words differing only in case are
    merged and their counts summed, as pyspellchecker does.
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
    return counts


def _checked_list(language: str) -> _List:
    if language not in LANGUAGES:
        raise ValueError(f"no spelling word list for {language!r}; have {', '.join(LANGUAGES)}")
    return _word_list(language)


def _word_list(language: str) -> _List:
    found = _lists.get(language)
    if found is None:
        with _lock:
            found = _lists.get(language)
            if found is None:
                found = _lists[language] = _load(language)
    return found


def _promote(language: str) -> _List:
    """The whole list of ``language`` as one dict, built from the precomputed one if need be."""
    found = _word_list(language)
    if found.rest is None:
        return found
    with _lock:
        found = _lists[language]
        rest = found.rest
        if rest is not None:
            counts = rest.rest()
            counts.update(found.counts)  # the top words, with the extra words counted
            whole = _List(language, counts)
            # The same characters and lengths, known already.
            whole.__dict__.update(letters=found.letters, longest=found.longest)
            found = _lists[language] = whole
    return found


def word_list(language: str) -> dict[str, int]:
    """The lower-case words of ``language`` with their counts, the whole list as one dict.

    Building it costs tens of milliseconds when the list is precomputed:
    to look words up, ``dictionary`` is cheaper.
    """
    _checked_list(language)
    return _promote(language).counts


def dictionary(language: str) -> Container[str]:
    """The lower-case words of ``language``, to look words up with ``in``; loaded on first use.

    The whole list as a plain dict once it is one (``in`` is then a C
    lookup), else the precomputed top words backed by the rest.
    """
    found = _checked_list(language)
    return found.counts if found.rest is None else found


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
    listed = _checked_list(language)
    found = rest.difference(listed.counts)
    if found and listed.rest is not None:
        # Only words not searched for before are searched for in the rest.
        searched = found.difference(listed.absent)
        if searched:
            found = found.difference([word for word in searched if listed.get(word)])
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
    words = dictionary(language)
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
    return _checked_list(language).get(word)


@functools.lru_cache(maxsize=16)
def common_threshold(language: str) -> int:
    """Words more frequent than this say nothing specific ("first", "team", "work")."""
    import heapq

    # The dict of a precomputed list holds its top words (and the extra words,
    # whose counts only grew, and words found since): no other word counts more
    # than any top word, so the COMMON_RANK largest counts are all in the dict.
    # A snapshot: another thread may add a word to the dict meanwhile.
    counts = list(_checked_list(language).counts.values())
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
    found = _checked_list(language)
    longest = found.longest
    if (word in found and _checked(word, longest)) or not _checked(word, longest):
        return {word}
    return {w for w in _edits(word, found.letters) if w in found and _checked(w, longest)}


@functools.lru_cache(maxsize=4096)
def suggest(language: str, word: str) -> str | None:
    """The most likely correction of an unknown lower-case word, if any."""
    candidates = _candidates(language, word)
    if not candidates:
        return None
    found = _checked_list(language)
    best = max(sorted(candidates), key=found.get)
    return None if best == word else best
