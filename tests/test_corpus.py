"""The proofreader against the labelled corpus in tests/corpus (see corpus.py there)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

import corpus

#: The rules whose misses cost a candidate most: recall must be at least 95%.
KEY_RULES = ("placeholder", "wrong-company", "name-mismatch", "informal")


@pytest.fixture(scope="module")
def score() -> corpus.Score:
    return corpus.score(corpus.load())


def test_the_corpus_is_big_enough_and_covers_every_rule() -> None:
    cases = corpus.load()
    assert len(cases) >= 40
    assert sum(c.clean for c in cases) >= 20
    labelled = {rule for c in cases for rule, _ in c.expected}
    assert labelled == set(corpus.RULES)


@pytest.mark.parametrize("rule", KEY_RULES)
def test_recall_of_the_key_rules(score: corpus.Score, rule: str) -> None:
    recall = score.recall(rule)
    assert recall is not None
    assert recall >= 0.95, [m for m in score.misses if m[1] == rule]


def test_false_positives_on_clean_notes(score: corpus.Score) -> None:
    assert score.false_positive_rate() <= 0.05, score.false_positives


def test_every_labelled_error_is_found(score: corpus.Score) -> None:
    # Stricter than the targets: the corpus is small enough to read every miss.
    assert not score.misses
