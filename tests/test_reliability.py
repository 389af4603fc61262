"""Reliability: threads, processes, hash seeds, and no I/O behind the caller's back."""

from __future__ import annotations

import builtins
import json
import os
import socket
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import thankyou
from thankyou import Advice, Candidate, Engine, Interview, Interviewer, to_dict

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 18, 13, 0, tzinfo=NY)
ROOT = Path(__file__).resolve().parent.parent


def cases(n: int) -> list[tuple[Interview, Candidate]]:
    """Varied interviews: countries, days, panels, preferences."""
    countries = ["US", "DE", "JP", "GB", "FR", "IN", "BR", "KR"]
    out = []
    for i in range(n):
        when = datetime(2026, 11, 2, 9, 0, tzinfo=NY) + timedelta(hours=7 * i)
        panel = [
            Interviewer(f"Person{j} Name{i}", honorific=("ms", "mr", None)[j % 3])
            for j in range(i % 4)
        ]
        out.append(
            (
                Interview(
                    company=f"Company {i}",
                    position="Analyst",
                    when=when,
                    country=countries[i % len(countries)],
                    interviewers=panel,
                    highlights=[f"topic {i}"],
                    stage=("screening", "first", "final")[i % 3],
                ),
                Candidate("Sam Lee", ("en_US", "de_DE", "ja_JP")[i % 3]),
            )
        )
    return out


def advise_json(engine: Engine, pair: tuple[Interview, Candidate]) -> str:
    advice = engine.advise(*pair, now=NOW)
    # And a check of a note the user changed: a typo and a slang word.
    text = advice.notes[0].text.replace("Thank you", "Thanx") if advice.notes else "hey thx"
    findings = engine.check(text, *pair, now=NOW)
    return json.dumps([to_dict(advice), to_dict(findings)], sort_keys=True)


def test_threads_share_one_engine_and_match_the_sequential_results() -> None:
    engine = Engine()
    work = cases(40) * 50  # 2,000 calls of advise and of check per thread
    expected = [advise_json(engine, pair) for pair in work]

    def run(_: int) -> list[str]:
        return [advise_json(engine, pair) for pair in work]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(8)))
    assert all(result == expected for result in results)


def _advise_in_child(pair: tuple[Interview, Candidate]) -> Advice:
    return thankyou.advise(*pair, now=NOW)


def test_a_process_pool_gets_the_same_advice_and_every_value_pickles() -> None:
    work = cases(24)
    expected = [thankyou.advise(*pair, now=NOW) for pair in work]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_advise_in_child, work))
    assert results == expected


SCRIPT = """
import json, sys
from datetime import datetime
from zoneinfo import ZoneInfo
sys.path.insert(0, {tests!r})
from test_reliability import cases, NOW
import thankyou
advice = [thankyou.to_dict(thankyou.advise(*p, now=NOW)) for p in cases(16)]
print(json.dumps(advice, sort_keys=True))
"""


def test_json_is_byte_identical_across_hash_seeds() -> None:
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(tests=str(ROOT / "tests"))],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


@pytest.fixture
def no_network_no_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse_socket(*args: Any, **kwargs: Any) -> Any:
        attempts.append("socket")
        raise OSError("network blocked by test")

    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            attempts.append(f"write {file}")
            raise OSError("disk writes blocked by test")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", refuse_socket)
    monkeypatch.setattr(socket, "create_connection", refuse_socket)
    monkeypatch.setattr(builtins, "open", guarded_open)
    return attempts


def test_advise_and_check_use_no_network_and_write_nothing(
    no_network_no_writes: list[str],
) -> None:
    engine = Engine()
    for pair in cases(12):
        advice = engine.advise(*pair, now=NOW)
        for note in advice.notes:
            engine.check(note.text + " Thnks!!", *pair, recipient=note.recipient, now=NOW)
    assert no_network_no_writes == []


def test_import_uses_no_network_and_writes_nothing() -> None:
    code = (
        "import builtins, socket\n"
        "def no(*a, **k): raise SystemExit('network at import')\n"
        "socket.socket = no; socket.create_connection = no\n"
        "real = builtins.open\n"
        "def guard(f, mode='r', *a, **k):\n"
        "    if any(c in mode for c in 'wax+'): raise SystemExit(f'write at import: {f}')\n"
        "    return real(f, mode, *a, **k)\n"
        "builtins.open = guard\n"
        "import thankyou\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-B", "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_a_large_panel_costs_each_note_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """What every note of a panel shares is worked out once per interview, not once
    per note: N notes must not cost N squared (counted, not timed)."""
    from thankyou import _proofread

    built: list[int] = []
    real = _proofread._Names.__init__

    def counting(self: object, *args: Any, **kwargs: Any) -> None:
        built.append(1)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_proofread._Names, "__init__", counting)
    panel = [Interviewer(f"Person{j} Panel", highlights=[f"topic {j}"]) for j in range(60)]
    iv = Interview(
        company="Big Panel Co", position="Analyst", when=NOW, country="US", interviewers=panel
    )
    advice = Engine().advise(iv, Candidate("Sam Lee", "en_US"), now=NOW + timedelta(hours=2))
    assert len(advice.notes) == 60
    assert len(built) == 1
