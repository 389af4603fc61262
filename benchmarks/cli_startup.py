"""How long the ``thankyou`` command takes to start, against importing click.

Run ``python benchmarks/cli_startup.py [--runs 15]``. Each command is started
as a fresh process, interleaved with its baseline so that machine noise hits
both alike; the figures are medians. Targets (issue 3 and 10):

- ``thankyou --help`` at most 1.5x ``python -c "import click"``;
- ``thankyou advise examples/us-fundraising.toml`` at most 3x the same.

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (median)")
    runs = parser.parse_args().runs
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
    # Not a target: every command pays for the package's own import first.
    measured, base = _compare([sys.executable, "-c", "import thankyou"], baseline, runs)
    label = "(info) python -c 'import thankyou'"
    print(
        f"{label:<48} {measured * 1000:7.1f} ms  "
        f"baseline {base * 1000:6.1f} ms  ratio {measured / base:4.2f}x"
    )
    return 0 if all_hold else 1


if __name__ == "__main__":
    sys.exit(main())
