"""How fast ``check()`` proofreads a note, side by side with proselint.

    python benchmarks/check_speed.py [--repeats 15]

The notes are the English e-mails of tests/corpus (100-200 words each, about
150 on average), checked with spelling in a warm process (word lists loaded,
each note checked once before timing). Each repeat times every note with
``thankyou.check`` and with proselint, interleaved so that machine noise hits
both alike; the figures are medians over repeats of the time per note (each timed pass
follows an untimed one of the same contender).

Printed:

1. ``check()`` as an app proofreading as the user types calls it: the same
   interview again, so the engine reuses the interview's recommendation;
2. ``check()`` with the recommendation computed afresh on every call (the
   engine's cache emptied first): this includes the decision model and the
   holiday calendar, which issue 10 makes fast;
3. the rules alone (tokenize, detect the language, run every rule);
4. scaling: 100 kB and 1 MB notes (a real note repeated, and hostile
   repetitions), each of which should take about ten times as long at 1 MB.

Target (issue 5): check() at least 20x faster than proselint. Exit code 0
when ratio 1 holds. proselint is a benchmark-only dependency:
``pip install thankyou[bench]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "corpus"))

import corpus

import thankyou
from thankyou import Channel

TARGET = 20.0


def _proselint() -> Callable[[str], object]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)

    def lint(text: str) -> object:
        return LintFile("note", text).lint()

    return lint


def _per_note(function: Callable[[corpus.Case], object], cases: list[corpus.Case]) -> float:
    started = time.perf_counter()
    for case in cases:
        function(case)
    return (time.perf_counter() - started) / len(cases)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    cases = [
        c
        for c in corpus.load()
        if c.channel == "email"
        and c.candidate.locale.language == "en"
        and 100 <= len(c.text.split()) <= 200
    ]
    words = statistics.mean(len(c.text.split()) for c in cases)
    lint = _proselint()
    engine = thankyou.default_engine()

    def check(case: corpus.Case) -> object:
        return case.check(engine)

    def check_fresh(case: corpus.Case) -> object:
        engine._advice_cache.clear()  # what a first call on this interview costs
        engine._advice_by_id.clear()
        return case.check(engine)

    from thankyou._checks import build_context
    from thankyou._proofread import CHECKS

    recommendations = {
        c.name: engine.recommend(c.interview, c.candidate, channel=c.channel) for c in cases
    }

    def rules(case: corpus.Case) -> object:
        ctx = build_context(
            case.text,
            case.interview,
            case.candidate,
            case.recipient,
            Channel(case.channel),
            recommendations[case.name],
            case.now,
        )
        return [list(rule.function(ctx)) for rule in CHECKS]

    def proselint(case: corpus.Case) -> object:
        return lint(case.text)

    for case in cases:  # warm: word lists loaded, proselint's checks compiled
        check(case), proselint(case), rules(case)

    timings: dict[str, list[float]] = {"check": [], "fresh": [], "rules": [], "proselint": []}
    contenders = {"proselint": proselint, "check": check, "fresh": check_fresh, "rules": rules}
    for _ in range(args.repeats):
        for name, function in contenders.items():
            # One untimed pass first, so that no contender runs on caches the
            # one before it left cold.
            _per_note(function, cases)
            timings[name].append(_per_note(function, cases))
    median = {name: statistics.median(values) for name, values in timings.items()}

    print(
        f"{len(cases)} English e-mail notes, {words:.0f} words on average, "
        f"median of {args.repeats} repeats, per note:"
    )
    print(f"  proselint                          {median['proselint'] * 1e6:9.1f} us")
    rows = (
        ("check() (recommendation reused)", "check"),
        ("check() (recommendation afresh)", "fresh"),
        ("rules alone", "rules"),
    )
    for label, key in rows:
        ratio = median["proselint"] / median[key]
        print(f"  {label:<34} {median[key] * 1e6:9.1f} us   {ratio:6.1f}x faster than proselint")
    held = median["proselint"] / median["check"] >= TARGET
    print(
        f"target: check() >= {TARGET:.0f}x faster than proselint: "
        + ("holds" if held else "MISSED")
    )

    base = cases[0]
    print("scaling (linear: about 10x the time for 10x the text):")
    for label, unit in (
        ("a corpus note repeated", base.text + "\n\n"),
        ("'Aa ' repeated", "Aa "),
        ("'the ' repeated", "the "),
        ("'[a' repeated", "[a"),
    ):
        seconds = []
        for size in (100_000, 1_000_000):
            text = unit * (size // len(unit))
            started = time.perf_counter()
            engine.check(
                text,
                base.interview,
                base.candidate,
                recipient=base.recipient,
                channel=base.channel,
                now=base.now,
            )
            seconds.append(time.perf_counter() - started)
        print(
            f"  {label:<24} 100 kB {seconds[0] * 1e3:7.1f} ms, 1 MB {seconds[1] * 1e3:7.1f} ms"
            f"  ({seconds[1] / seconds[0]:.1f}x)"
        )
    return 0 if held else 1


if __name__ == "__main__":
    raise SystemExit(main())
