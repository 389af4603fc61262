"""The precomputed word lists answer exactly as pyspellchecker's own files do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from thankyou import _precompute, _spelling


def _reset() -> None:
    _spelling._lists.clear()
    _spelling._recent.clear()
    _spelling.known.cache_clear()
    _spelling.suggest.cache_clear()
    _spelling.common_threshold.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_lists() -> Iterator[None]:
    _reset()
    yield
    _reset()


def _sample(language: str) -> list[str]:
    """Words of every frequency, near-misses, inflections and words no list holds."""
    listed = sorted(_precompute.spellchecker_counts(language))
    words = listed[:: len(listed) // 300]
    words += [w[:-1] for w in words[:80]] + [w + "s" for w in words[:80]]
    words += [w[:1] + "q" + w[1:] for w in words[:40]]
    words += ["teh", "recieve", "organisation", "grüsse", "cœur", "l'équipe", "d'échanger"]
    words += ["revisarla", "agradezco", "12", "nan", "x" * 40, "zzzqx", "\ud800ab"]
    return words + sorted(_spelling._EXTRA[language])


def _answers(language: str, words: list[str]) -> tuple[object, ...]:
    listed = _spelling.dictionary(language)
    return (
        [_spelling.known(language, w) for w in words],
        [_spelling.frequency(language, w) for w in words],
        [w in listed for w in words],
        [_spelling.suggest(language, w) for w in words[::3]],
        _spelling.missing(language, frozenset(words)),
        _spelling.common_threshold(language),
    )


def _without_precomputed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_precompute, "read_spelling", lambda language: None)
    _reset()


@pytest.mark.parametrize("language", _spelling.LANGUAGES)
def test_the_install_precomputed_every_list(language: str) -> None:
    # The build hook wrote them from the pyspellchecker that is installed.
    assert _precompute.read_spelling(language) is not None
    assert _spelling._word_list(language).rest is not None


@pytest.mark.parametrize("language", _spelling.LANGUAGES)
def test_precomputed_and_pyspellchecker_lists_answer_alike(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = _sample(language)
    # Suggestions search thousands of candidates: keep the list searched in place.
    monkeypatch.setattr(_spelling, "PROMOTE_AFTER", 10**9)
    precomputed = _answers(language, words)
    assert _spelling._word_list(language).rest is not None
    whole = dict(_spelling.word_list(language))
    assert _spelling._word_list(language).rest is None  # the whole list, as one dict now
    for cached in (_spelling.known, _spelling.suggest, _spelling.common_threshold):
        cached.cache_clear()
    _spelling._recent.clear()
    assert _answers(language, words) == precomputed
    _without_precomputed(monkeypatch)
    assert _answers(language, words) == precomputed
    assert _spelling._word_list(language).rest is None
    assert _spelling.word_list(language) == whole


def test_the_whole_list_is_the_one_pyspellchecker_reads() -> None:
    counts = _precompute.spellchecker_counts("nl")
    assert _spelling.word_list("nl") == counts  # no extra words for Dutch
    english = _spelling.word_list("en")
    assert english["roadmap"] == _precompute.spellchecker_counts("en").get("roadmap", 0) + 1


def _restamp(source: Path, target: Path, **changes: object) -> None:
    header, sections = _precompute.unpack(source.read_bytes())
    target.write_bytes(_precompute.pack({**header, **changes}, *sections))


def test_a_list_from_another_pyspellchecker_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = _sample("fr")
    expected = _answers("fr", words)
    _restamp(Path(_precompute.spelling_file("fr")), tmp_path / "spelling-fr.bin")
    monkeypatch.setattr(_precompute, "DATA", str(tmp_path))
    _reset()
    assert _precompute.read_spelling("fr") is not None  # the copy reads as it is
    _restamp(
        Path(_precompute.spelling_file("fr")), tmp_path / "spelling-fr.bin", pyspellchecker="0.0.1"
    )
    assert _precompute.read_spelling("fr") is None
    assert _answers("fr", words) == expected
    assert _spelling._word_list("fr").rest is None  # read from pyspellchecker's file
    (tmp_path / "spelling-fr.bin").unlink()
    _reset()
    assert _precompute.read_spelling("fr") is None
    assert _answers("fr", words) == expected


def test_many_rare_words_make_the_list_one_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_spelling, "PROMOTE_AFTER", 25)
    words = _sample("de")
    expected = [_spelling.frequency("de", w) for w in words]
    _reset()
    searched = _spelling._word_list("de")
    rare = [w for w in words if w not in searched.counts][:24]
    for word in rare:
        _spelling.frequency("de", word)
    assert _spelling._word_list("de") is searched
    _spelling.frequency("de", "zzzqxy")
    whole = _spelling._word_list("de")
    assert whole is not searched
    assert whole.rest is None
    assert isinstance(_spelling.dictionary("de"), dict)
    assert [_spelling.frequency("de", w) for w in words] == expected
    assert [searched.get(w) for w in words] == expected  # a caller's old list still answers


def test_looking_words_up_reads_neither_pyspellchecker_nor_the_whole_list() -> None:
    code = (
        "import sys\n"
        "from thankyou import _spelling\n"
        "assert _spelling.known('en', 'interview')\n"
        "assert not _spelling.known('en', 'intervew')\n"
        "assert _spelling.suggest('en', 'intervew') == 'interview'\n"
        "assert _spelling.missing('en', frozenset({'stewardship', 'donr'})) == {'donr'}\n"
        "print('spellchecker' in sys.modules, _spelling._lists['en'].rest is None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
