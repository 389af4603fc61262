"""Spelling word lists from pyspellchecker, loaded lazily, once per process.

Loading a list takes 50-400 ms (German and Portuguese are the slowest), so a
language is loaded the first time a note in it is checked, under a lock so
that two threads never load it twice. Looking a word up is one dict lookup;
pyspellchecker's slower ``candidates()`` runs only for words that are not in
the list, to suggest a correction.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spellchecker import SpellChecker

__all__ = [
    "LANGUAGES",
    "common_threshold",
    "elision",
    "frequency",
    "known",
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
_checkers: dict[str, SpellChecker] = {}


def _checker(language: str) -> SpellChecker:
    checker = _checkers.get(language)
    if checker is None:
        with _lock:
            checker = _checkers.get(language)
            if checker is None:
                from spellchecker import SpellChecker

                checker = SpellChecker(language=language, distance=1)
                checker.word_frequency.load_words(_EXTRA.get(language, ()))
                _checkers[language] = checker
    return checker


def word_list(language: str) -> Container[str]:
    """The lower-case words of ``language``; loads the list on first use."""
    if language not in LANGUAGES:
        raise ValueError(f"no spelling word list for {language!r}; have {', '.join(LANGUAGES)}")
    return _checker(language).word_frequency.dictionary


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
    return int(_checker(language).word_frequency.dictionary.get(word, 0))


@functools.lru_cache(maxsize=16)
def common_threshold(language: str) -> int:
    """Words more frequent than this say nothing specific ("first", "team", "work")."""
    import heapq

    counts = _checker(language).word_frequency.dictionary.values()
    return int(heapq.nlargest(COMMON_RANK, counts)[-1])


@functools.lru_cache(maxsize=4096)
def suggest(language: str, word: str) -> str | None:
    """The most likely correction of an unknown lower-case word, if any."""
    checker = _checker(language)
    candidates = checker.candidates(word)
    if not candidates:
        return None
    best = max(sorted(candidates), key=checker.word_frequency.dictionary.__getitem__)
    return None if best == word else best
