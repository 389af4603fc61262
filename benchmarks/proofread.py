"""Recall and false-positive rate of each proofreading rule on the labelled corpus.

    python benchmarks/proofread.py

The corpus is tests/corpus (one TOML file per note; see corpus.py there).
Recall is the share of labelled errors a finding of the rule points at; the
false-positive rate is the share of clean notes with a finding of the rule.
Targets (issue 5): recall >= 95% for placeholder, wrong-company,
name-mismatch and informal; false positives on <= 5% of clean notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "corpus"))

import corpus

KEY_RULES = ("placeholder", "wrong-company", "name-mismatch", "informal")


def main() -> int:
    cases = corpus.load()
    score = corpus.score(cases)
    clean = score.clean_notes
    print(f"{len(cases)} notes: {clean} clean, {len(cases) - clean} with labelled errors\n")
    print(f"{'rule':<15} {'labelled':>8} {'found':>6} {'recall':>7} {'FP notes':>9} {'FP rate':>8}")
    ok = True
    for rule in corpus.RULES:
        recall = score.recall(rule)
        fp = score.false_positive_rate(rule)
        shown = "-" if recall is None else f"{recall:.0%}"
        mark = ""
        if rule in KEY_RULES:
            held = recall is not None and recall >= 0.95
            ok &= held
            mark = "  target >= 95%: " + ("holds" if held else "MISSED")
        print(
            f"{rule:<15} {score.labelled[rule]:>8} {score.found[rule]:>6} {shown:>7} "
            f"{score.false_positive_notes[rule]:>9} {fp:>8.0%}{mark}"
        )
    overall = score.false_positive_rate()
    held = overall <= 0.05
    ok &= held
    print(
        f"\nclean notes with any finding: {score.noisy_clean_notes}/{clean} = {overall:.0%}"
        f"  target <= 5%: {'holds' if held else 'MISSED'}"
    )
    for name, rule, snippet in score.misses:
        print(f"missed: {name}: {rule} {snippet!r}")
    for name, finding in score.false_positives:
        print(f"false positive: {name}: {finding.rule}: {finding.message}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
