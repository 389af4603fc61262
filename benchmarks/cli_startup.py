"""How long the ``thankyou`` command takes to start, against importing click.

Run ``python benchmarks/cli_startup.py [--runs 15]``. Each command is started
as a fresh process, interleaved with its baseline so that machine noise hits
both alike; the figures are medians. Targets (issue 3 and 10):

- ``thankyou --help`` at most 1.5x ``python -c "import click"``;
- ``thankyou advise examples/us-fundraising.toml`` at most 3x the same.

``--breakdown`` also prints where one ``thankyou advise`` process spends its
time, stage by stage (each stage's imports and first-use work, in the order
the command meets them), to show what is left to make faster.

Exit code 0 when both targets hold, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "thankyou"
EXAMPLE = ROOT / "examples" / "us-fundraising.toml"


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def _compare(command: list[str], baseline: list[str], runs: int) -> tuple[float, float]:
    _seconds(command)  # warm the file cache and the bytecode
    _seconds(baseline)
    measured: list[float] = []
    base: list[float] = []
    for _ in range(runs):
        measured.append(_seconds(command))
        base.append(_seconds(baseline))
    return statistics.median(measured), statistics.median(base)


#: What ``thankyou advise`` cannot do without: the libraries it imports on the way
#: (the standard library's among them) and the English locale data an English note
#: is dated and its country checked with.
_LIBRARIES = (
    "import click, pluggy, attrs, babel.dates, babel.lists, tomllib, zoneinfo, pathlib, mmap\n"
    "from babel import Locale\n"
    "Locale.parse('en_US').territories"
)

#: One fresh process doing what ``thankyou advise`` does, one stage at a time.
_STAGES = """
import gc, time
gc.disable()  # as thankyou._cli.run does
marks = [("interpreter start-up", time.perf_counter())]
def stage(label):
    marks.append((label, time.perf_counter()))
import click; stage("click")
import thankyou._cli; stage("thankyou._cli")
import thankyou._engine; stage("the engine's modules (pluggy, attrs, Babel, the model)")
from thankyou import _discovery
eps = _discovery.entry_points("thankyou"); stage("finding the entry points")
for ep in eps:
    ep.load()
stage(f"importing {len(eps)} entry-point plugins")
engine = thankyou._engine.Engine(strict=False); stage("Engine(): registering the plugins")
from thankyou._interview_file import read_document; stage("thankyou._interview_file")
interview, candidate = read_document(EXAMPLE).values()
stage("reading the file (with Babel's English data)")
advice = engine.advise(interview, candidate, now=NOW); stage("advise(): first call")
advice = engine.advise(interview, candidate, now=NOW); stage("advise(): second call")
start = marks[0][1]
previous = start
for label, at in marks[1:]:
    print(f"  {(at - previous) * 1000:6.1f} ms  {label}")
    previous = at
print(f"  {(previous - start) * 1000:6.1f} ms  in all, after the interpreter started")
"""


def breakdown() -> None:
    setup = (
        f"EXAMPLE = {str(EXAMPLE)!r}\n"
        "from datetime import datetime\n"
        "NOW = datetime.fromisoformat('2026-11-20T17:00:00-05:00')\n"
    )
    _seconds([sys.executable, "-c", setup + _STAGES])  # warm the file cache
    print("where one 'thankyou advise' process spends its time:")
    subprocess.run([sys.executable, "-c", setup + _STAGES], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (median)")
    parser.add_argument("--breakdown", action="store_true", help="time each start-up stage")
    args = parser.parse_args()
    runs = args.runs
    if not SCRIPT.exists():
        sys.exit(f"{SCRIPT} not found: install the project (pip install -e .) first")

    baseline = [sys.executable, "-c", "import click"]
    cases = [
        ("thankyou --help", [str(SCRIPT), "--help"], 1.5),
        (
            f"thankyou advise {EXAMPLE.relative_to(ROOT)}",
            [str(SCRIPT), "advise", str(EXAMPLE), "--now", "2026-11-20T17:00:00-05:00"],
            3.0,
        ),
    ]
    print(f"python {sys.version.split()[0]} on {sys.platform}, median of {runs} runs each")
    print(f"baseline: {' '.join(baseline[1:])!r} (same interpreter)")
    all_hold = True
    for label, command, target in cases:
        measured, base = _compare(command, baseline, runs)
        ratio = measured / base
        holds = ratio <= target
        all_hold &= holds
        print(
            f"{label:<48} {measured * 1000:7.1f} ms  baseline {base * 1000:6.1f} ms  "
            f"ratio {ratio:4.2f}x  target <= {target}x  {'holds' if holds else 'MISSED'}"
        )
    # Not targets: every command pays for the package's own import first, and any
    # command built on the same libraries pays for them and for Babel's English data.
    for label, code in (
        ("(info) python -c 'import thankyou'", "import thankyou"),
        ("(info) the libraries alone, Babel's English data", _LIBRARIES),
    ):
        measured, base = _compare([sys.executable, "-c", code], baseline, runs)
        print(
            f"{label:<48} {measured * 1000:7.1f} ms  "
            f"baseline {base * 1000:6.1f} ms  ratio {measured / base:4.2f}x"
        )
    if args.breakdown:
        breakdown()
    return 0 if all_hold else 1


if __name__ == "__main__":
    sys.exit(main())
