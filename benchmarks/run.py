"""Performance of thankyou, each figure a ratio measured side by side in one run.

    python benchmarks/run.py [--quick]

Printed, each with its target (issue 10) and whether it holds:

1. ``advise()`` (recommend, draft one note, proofread it) + ``to_json`` per
   interview, all first-party plugins, against a reference pipeline assembled
   here from the same libraries: the bare pluggy hook over the same plugins,
   Babel date and list formatting, ``str.format`` filling of a note, a word-set
   spelling check, ``json.dumps``;                              target <= 1.5x
   Every interview is new to the engine (its own company, people and topics),
   as each is to an applicant-tracking system; the same 60 interviews advised
   again, which meets the engine's per-interview caches, is printed too.
2. the recommendation alone against the bare pluggy hook call;   target <= 3x
3. ``check()`` against proselint on the same notes;      target >= 20x faster
4. ``import thankyou`` against ``import pluggy, attrs, babel.dates``;  <= 1.3x
5. ``thankyou --help`` against ``python -c "import click"``;          <= 1.5x
   ``thankyou advise`` on an English example against the same;      <= 3x
6. scaling: time and peak memory for 1, 10, 100 and 1,000 interviewers, and for
   streamed batches of 1k, 10k and 100k interviews (linear time, flat memory).

In-process figures are medians over repeats, every contender warmed first and
timed in alternation with its reference, so that the noise of a shared machine
hits both alike. Start-up figures are medians of whole processes, each started
in alternation with its reference. Exit code 0
when every target holds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

import thankyou
from thankyou import Candidate, Channel, Engine, Interview, Interviewer

ROOT = Path(__file__).resolve().parent.parent
NY = ZoneInfo("America/New_York")
INDUSTRIES = ["technology", "sales", "finance", "fundraising", "law", None]
CANDIDATE = Candidate("Sam Rivera", "en_US", email="sam@example.com")
REFERENCE_NOTE = (
    "Dear {salutation},\n\nThank you for taking the time to meet with me on {date} to talk "
    "about the {position} role at {company}. I enjoyed learning about {highlight}, and our "
    "conversation confirmed how much I would like to contribute to your team. The way your "
    "group approaches its work matches what I have done in my last two positions, where I "
    "built reporting that people relied on every week and worked closely with colleagues "
    "across several departments. I was especially glad to hear how the team plans the next "
    "year, because that is the kind of problem I find most rewarding. Please let me know if "
    "there is anything else I can send you to help with your decision; I would be glad to "
    "provide references or examples of my work. I look forward to hearing about the next "
    "steps in the process.\n\nBest regards,\n{candidate}"
)


FIRST = ["Dana", "Priya", "Tomás", "Grace", "Malik", "Ingrid", "Wei", "Olu", "Sofia", "Ravi"]
FAMILY = ["Whitfield", "Okafor", "Lindqvist", "Moreno", "Tanaka", "Hughes", "Novak", "Adeyemi"]
TITLES = ["ms", "mr", "mx", None]
STEMS = ["Northwind", "Harbor", "Bluebird", "Cedar", "Summit", "Lakeside", "Ironwood"]
KINDS = ["Analytics", "Food Bank", "Partners", "Health", "Logistics", "Capital"]
POSITIONS = ["Data Analyst", "Major Gifts Officer", "Account Executive", "Paralegal"]
TOPICS = [
    "the churn model",
    "the spring appeal",
    "quarterly planning",
    "the new client portal",
    "donor retention",
    "the regional launch",
    "the audit schedule",
]


def interviews(count: int, panel: int = 1) -> Iterator[Interview]:
    """Distinct US interviews over weeks of business days, one note each by default.

    Every one is new to the engine, as each interview is to an applicant-tracking
    system: its company, people and topics differ from the interview before.
    """
    for i in range(count):
        yield Interview(
            company=f"{STEMS[i % 7]} {KINDS[i % 6]} {i}",
            position=POSITIONS[i % len(POSITIONS)],
            when=datetime(2026, 3, 2, 10, 0, tzinfo=NY) + timedelta(hours=7 * (i % 400)),
            country="US",
            industry=INDUSTRIES[i % len(INDUSTRIES)],
            interviewers=[
                Interviewer(
                    f"{FIRST[(i + j) % 10]} {FAMILY[(i + 3 * j) % 8]}-{i}",
                    honorific=TITLES[(i + j) % 4],
                    email=f"person{j}.{i}@example.com",
                    highlights=[f"{TOPICS[(i + j) % 7]} for region {j}"],
                )
                for j in range(panel)
            ],
            highlights=[TOPICS[(i + 3) % 7]],
        )


def after(interview: Interview) -> datetime:
    """When an applicant-tracking system advises: three hours after the interview."""
    return interview.when + timedelta(hours=3)


def median_per_call(function: Callable[[], object], calls: int, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            function()
        times.append((time.perf_counter() - started) / calls)
    return statistics.median(times)


def side_by_side(
    ours: Callable[[], object], reference: Callable[[], object], calls: int, repeats: int
) -> tuple[float, float]:
    """Medians of both, each repeat timing one then the other."""
    ours(), reference()
    mine, theirs = [], []
    for _ in range(repeats):
        mine.append(median_per_call(ours, calls, 1))
        theirs.append(median_per_call(reference, calls, 1))
    return statistics.median(mine), statistics.median(theirs)


def rss() -> int:
    """Resident memory of this process in bytes (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def process_medians(ours: list[str], reference: list[str], runs: int) -> tuple[float, float]:
    """Medians of whole processes of both, started in alternation (side by side)."""
    times: tuple[list[float], list[float]] = ([], [])
    for args in (ours, reference):  # warm the disk cache
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    for _ in range(runs):
        for args, measured in zip((ours, reference), times, strict=True):
            started = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
            measured.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def compile_packages() -> None:
    """Byte-compile thankyou and its plugins, as ``pip install`` does.

    An editable install run with ``PYTHONDONTWRITEBYTECODE=1`` (as on the
    development machine) would otherwise compile ~70 modules in every
    process, which no installed copy does.
    """
    import compileall
    import importlib.util

    for package in ("thankyou", "thankyou_plugins"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                compileall.compile_dir(folder, quiet=1)


class Report:
    def __init__(self) -> None:
        self.held: list[bool] = []

    def ratio(self, label: str, ratio: float, target: str, holds: bool, detail: str) -> None:
        self.held.append(holds)
        mark = "holds" if holds else "MISSED"
        print(f"{label:<58} {ratio:7.2f}x  target {target:<14} {mark:<7} {detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, batches to 10k")
    args = parser.parse_args()
    repeats = 5 if args.quick else 11
    report = Report()
    print(
        f"thankyou benchmarks on {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print()

    engine = Engine()
    active = [p.name for p in engine.plugins() if p.status == "active"]
    hook = engine._pm.hook.thankyou_expectations  # the same plugins, bare pluggy
    locale = Locale.parse("en_US")
    from thankyou._spelling import word_list

    words = word_list("en")
    calls = 200
    # Interviews the engine has never seen, enough for every call of both sides
    # (each side takes the same ones in the same order), after some to warm up.
    everything = list(interviews(100 + 2 * calls * (repeats + 1)))
    warm, fresh = everything[:100], everything[100:]
    for iv in warm:  # warm the plugins' and the libraries' caches on both sides
        engine.advise(iv, CANDIDATE, now=after(iv))
    sample = warm[:60]
    mine, theirs_ = iter(fresh), iter(fresh)

    def full() -> object:
        iv = next(mine)
        return thankyou.to_json(engine.advise(iv, CANDIDATE, now=after(iv)))

    def reference_of(iv: Interview) -> object:
        said = hook(interview=iv, candidate=CANDIDATE)
        person = iv.interviewers[0]
        note = REFERENCE_NOTE.format(
            salutation=f"Ms. {person.surname}",
            date=format_date(iv.when, format="long", locale=locale),
            position=iv.position,
            company=iv.company,
            highlight=person.highlights[0],
            candidate=CANDIDATE.name,
        )
        names = format_list([p.name for p in iv.interviewers], locale=locale)
        unknown = [w for w in note.lower().split() if w.strip(".,;:") not in words]
        return json.dumps(
            {
                "said": [str(s) for group in said for s in group],
                "note": note,
                "names": names,
                "unknown": unknown,
            }
        )

    def reference() -> object:
        return reference_of(next(theirs_))

    ours, theirs = side_by_side(full, reference, calls, repeats)
    report.ratio(
        "1. advise() + to_json vs reference, new interviews",
        ours / theirs,
        "<= 1.5x",
        ours / theirs <= 1.5,
        f"{ours * 1e6:.0f} us vs {theirs * 1e6:.0f} us per interview, {len(active)} plugins",
    )

    # What the rules must fit in: the same pipeline with the proofreading plugin off.
    bare_engine = Engine(disable=["proofread"])
    for iv in warm:
        bare_engine.advise(iv, CANDIDATE, now=after(iv))
    unproofread = iter(everything[100 + calls * (repeats + 1) :])
    reference_again = iter(everything[100 + calls * (repeats + 1) :])

    def without_rules() -> object:
        iv = next(unproofread)
        return thankyou.to_json(bare_engine.advise(iv, CANDIDATE, now=after(iv)))

    ours, theirs = side_by_side(
        without_rules, lambda: reference_of(next(reference_again)), calls, repeats
    )
    print(
        f"{'   the same without proofreading rules (for information)':<58} "
        f"{ours / theirs:7.2f}x  {ours * 1e6:.0f} us vs {theirs * 1e6:.0f} us"
    )

    # An app that advises the same interviews again meets its own caches.
    state = {"i": 0}

    def next_interview() -> Interview:
        state["i"] = (state["i"] + 1) % len(sample)
        return sample[state["i"]]

    def again() -> object:
        iv = next_interview()
        return thankyou.to_json(engine.advise(iv, CANDIDATE, now=after(iv)))

    ours, theirs = side_by_side(again, lambda: reference_of(next_interview()), calls, repeats)
    print(
        f"{'   the same 60 interviews advised again (for information)':<58} "
        f"{ours / theirs:7.2f}x  {ours * 1e6:.0f} us vs {theirs * 1e6:.0f} us"
    )

    def recommend() -> object:
        return engine.recommend(next_interview(), CANDIDATE)

    def bare() -> object:
        return hook(interview=next_interview(), candidate=CANDIDATE)

    ours, theirs = side_by_side(recommend, bare, 500, repeats)
    report.ratio(
        "2. recommendation vs bare pluggy hook",
        ours / theirs,
        "<= 3x",
        ours / theirs <= 3.0,
        f"{ours * 1e6:.1f} us vs {theirs * 1e6:.1f} us",
    )

    try:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from check_speed import _proselint

        lint = _proselint()
    except ImportError:
        print("3. proselint is not installed (pip install '.[bench]'): skipped")
    else:
        notes = [(iv, engine.advise(iv, CANDIDATE, now=after(iv)).notes[0]) for iv in sample[:30]]
        pos = {"i": 0}

        def pick() -> tuple[Interview, thankyou.Note]:
            pos["i"] = (pos["i"] + 1) % len(notes)
            return notes[pos["i"]]

        def ours_check() -> object:
            iv, note = pick()
            return engine.check(
                note.text,
                iv,
                CANDIDATE,
                recipient=note.recipient,
                channel=Channel.EMAIL,
                now=after(iv),
            )

        def theirs_lint() -> object:
            return lint(pick()[1].text)

        ours, theirs = side_by_side(ours_check, theirs_lint, 30, max(3, repeats // 2))
        words_per_note = statistics.mean(len(n.text.split()) for _, n in notes)
        report.ratio(
            "3. proselint time / check() time (higher is better)",
            theirs / ours,
            ">= 20x",
            theirs / ours >= 20,
            f"{ours * 1e6:.0f} us vs {theirs * 1e6:.0f} us per {words_per_note:.0f}-word note",
        )

    runs = 9 if args.quick else 15
    py = sys.executable
    compile_packages()
    script = str(Path(py).with_name("thankyou"))
    ours, base = process_medians(
        [py, "-c", "import thankyou"], [py, "-c", "import pluggy, attrs, babel.dates"], runs
    )
    report.ratio(
        "4. import thankyou vs import pluggy, attrs, babel.dates",
        ours / base,
        "<= 1.3x",
        ours / base <= 1.3,
        f"{ours * 1e3:.1f} ms vs {base * 1e3:.1f} ms",
    )
    helped, click = process_medians([script, "--help"], [py, "-c", "import click"], runs)
    report.ratio(
        "5a. thankyou --help vs python -c 'import click'",
        helped / click,
        "<= 1.5x",
        helped / click <= 1.5,
        f"{helped * 1e3:.1f} ms vs {click * 1e3:.1f} ms",
    )
    advised, click = process_medians(
        [script, "advise", "examples/us-fundraising.toml"], [py, "-c", "import click"], runs
    )
    report.ratio(
        "5b. thankyou advise (English example) vs import click",
        advised / click,
        "<= 3x",
        advised / click <= 3.0,
        f"{advised * 1e3:.1f} ms vs {click * 1e3:.1f} ms",
    )

    print()
    print("6. scaling")
    per_person = []
    for panel in (1, 10, 100, 1000):
        iv = next(interviews(1, panel))
        engine.advise(iv, CANDIDATE, now=after(iv))
        seconds = median_per_call(lambda iv=iv: engine.advise(iv, CANDIDATE, now=after(iv)), 3, 5)
        tracemalloc.start()
        engine.advise(iv, CANDIDATE, now=after(iv))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        per_person.append(seconds / panel)
        print(
            f"   {panel:>4} interviewers: {seconds * 1e3:8.2f} ms "
            f"({seconds / panel * 1e6:6.0f} us per note), peak {peak / 1024:8.0f} KiB"
        )
    # A fixed cost per interview is shared by more notes in a larger panel, so the
    # cost per note may fall; it must not grow (that would be worse than linear).
    slope = per_person[-1] / per_person[-2]
    report.ratio(
        "6a. cost per note, 1,000 vs 100 interviewers",
        slope,
        "<= 1.5x",
        slope <= 1.5,
        "time linear in the panel's size (or better)",
    )

    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    per_item, peaks = [], []
    for size in sizes:
        # Resident memory sampled every 500 interviews: the whole process, caches and all.
        peak = rss()
        started = time.perf_counter()
        for n, iv in enumerate(interviews(size)):
            thankyou.to_json(engine.advise(iv, CANDIDATE, now=after(iv)))
            if n % 500 == 0:
                peak = max(peak, rss())
        seconds = time.perf_counter() - started
        peak = max(peak, rss())
        per_item.append(seconds / size)
        peaks.append(peak)
        print(
            f"   {size:>7} interviews streamed: {seconds:7.2f} s "
            f"({seconds / size * 1e6:5.0f} us each), peak resident memory {peak / 2**20:6.1f} MiB"
        )
    linear = max(per_item) / min(per_item)
    report.ratio(
        "6b. cost per interview, most / least across batch sizes",
        linear,
        "<= 1.5x",
        linear <= 1.5,
        "linear time",
    )
    flat = max(peaks) / min(peaks)
    report.ratio(
        "6c. peak memory, largest / smallest batch",
        flat,
        "<= 1.5x",
        flat <= 1.5,
        "flat memory (caches are bounded)",
    )
    print()
    held = sum(report.held)
    print(f"{held} of {len(report.held)} targets hold")
    return 0 if all(report.held) else 1


if __name__ == "__main__":
    sys.exit(main())
