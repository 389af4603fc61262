"""THANKYOU_TRACE and Engine(trace=...): hook calls, contributions and timings on stderr."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from thankyou import Engine, Expectation, Interview, hookimpl
from thankyou.testing import make_candidate, make_interview


class Broken:
    @hookimpl
    def thankyou_expectations(self, interview: Interview) -> Iterable[Expectation]:
        raise RuntimeError("no data file")


def test_trace_prints_each_call_contribution_and_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    engine = Engine(entry_points=False, trace=True)
    engine.advise(make_interview(), make_candidate())
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert "thankyou trace: call thankyou_expectations (1 implementation)" in lines
    contribution = next(line for line in lines if "baseline ->" in line)
    assert re.search(r"baseline -> 5 items in \d+\.\d{3} ms$", contribution)
    # Each contributed item is shown, so a plugin author sees what counted.
    assert any("Send it within 24 hours" in line for line in lines)


def test_trace_names_a_failing_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    engine = Engine({"broken": Broken()}, entry_points=False, strict=False, trace=True)
    engine.advise(make_interview(), make_candidate())
    err = capsys.readouterr().err
    assert re.search(r"broken -> failed in \d+\.\d{3} ms: .*RuntimeError: no data file", err)


def test_trace_follows_the_environment_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THANKYOU_TRACE", "1")
    traced = Engine(entry_points=False)
    assert traced.trace is True
    traced.advise(make_interview(), make_candidate())
    assert "call thankyou_expectations" in capsys.readouterr().err

    for off in ("0", "", "false"):
        monkeypatch.setenv("THANKYOU_TRACE", off)
        assert Engine(entry_points=False).trace is False
    monkeypatch.setenv("THANKYOU_TRACE", "1")
    assert Engine(entry_points=False, trace=False).trace is False


def test_no_trace_output_when_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("THANKYOU_TRACE", raising=False)
    Engine(entry_points=False).advise(make_interview(), make_candidate())
    assert capsys.readouterr().err == ""
