"""The engine: loading, naming, disabling, provenance and plugin faults."""

from __future__ import annotations

import math
import types
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import thankyou
from thankyou import (
    Candidate,
    Engine,
    Expectation,
    Industry,
    Interview,
    InvalidInput,
    PluginError,
    Verdict,
    _discovery,
    hookimpl,
)

WHEN = datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("America/New_York"))
NOW = datetime(2026, 11, 18, 13, 0, tzinfo=ZoneInfo("America/New_York"))


def make_interview(**kw: object) -> Interview:
    return Interview(
        **{"company": "Acme", "position": "Analyst", "when": WHEN, "country": "US", **kw}
    )


CANDIDATE = Candidate("Sam Lee", "en_US")


class Heavy:
    """A test plugin that insists a note is expected."""

    __name__ = "heavy"

    @hookimpl
    def thankyou_expectations(self, interview: Interview) -> Iterable[Expectation]:
        return [Expectation(Verdict.EXPECTED, "Everyone here expects one.", weight=5.0, source="x")]


def plugin_module(name: str, **hooks: object) -> types.ModuleType:
    module = types.ModuleType(name)
    for hook_name, fn in hooks.items():
        setattr(module, hook_name, hookimpl(fn))  # type: ignore[call-overload]
    return module


def test_a_heavy_plugin_flips_the_verdict_and_is_named() -> None:
    base = Engine(entry_points=False).recommend(make_interview(), CANDIDATE)
    assert base.verdict is Verdict.RECOMMENDED

    rec = Engine([Heavy()], entry_points=False).recommend(make_interview(), CANDIDATE)
    assert rec.verdict is Verdict.EXPECTED
    assert "heavy" in rec.decided_by("verdict")
    assert any(r.plugin == "heavy" and r.source == "x" for r in rec.reasons)

    off = Engine([Heavy()], entry_points=False, disable=["heavy"]).recommend(
        make_interview(), CANDIDATE
    )
    assert off.verdict is Verdict.RECOMMENDED
    assert all(r.plugin != "heavy" for r in off.reasons)


def test_environment_variable_disables_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THANKYOU_DISABLE_PLUGINS", " heavy , baseline")
    engine = Engine([Heavy()], entry_points=False)
    status = {p.name: p.status for p in engine.plugins()}
    assert status["heavy"] == "disabled"
    assert status["baseline"] == "disabled"
    rec = engine.recommend(make_interview(), CANDIDATE)
    assert rec.verdict is Verdict.OPTIONAL  # nobody left to say anything


def test_disabling_an_unknown_plugin_suggests_close_names() -> None:
    with pytest.raises(InvalidInput, match=r"disable: no plugin is named 'basline'.*'baseline'"):
        Engine(entry_points=False, disable=["basline"])


def test_plugins_lists_names_hooks_and_status() -> None:
    engine = Engine({"heavy": Heavy()}, entry_points=False)
    info = {p.name: p for p in engine.plugins()}
    assert info["heavy"].hooks == ("thankyou_expectations",)
    assert info["heavy"].status == "active"
    assert info["baseline"].distribution == "thankyou"


def test_two_plugins_with_one_name_conflict() -> None:
    with pytest.raises(PluginError, match="'baseline'.*share this name"):
        Engine({"heavy": Heavy(), "baseline": Heavy()}, entry_points=False)
    with pytest.raises(PluginError, match="'heavy'.*share this name"):
        Engine([Heavy(), Heavy()], entry_points=False)


def raising(interview: Interview) -> Iterable[Expectation]:
    raise RuntimeError("boom")


def test_a_raising_hook_is_named_with_plugin_and_hook() -> None:
    engine = Engine([plugin_module("broken", thankyou_expectations=raising)], entry_points=False)
    with pytest.raises(PluginError) as info:
        engine.recommend(make_interview(), CANDIDATE)
    assert info.value.plugin == "broken"
    assert info.value.hook == "thankyou_expectations"
    assert "RuntimeError: boom" in str(info.value)


def test_non_strict_engine_skips_a_broken_plugin_and_keeps_the_rest() -> None:
    good = Engine([Heavy()], entry_points=False).advise(make_interview(), CANDIDATE, now=NOW)
    engine = Engine(
        [Heavy(), plugin_module("broken", thankyou_expectations=raising)],
        entry_points=False,
        strict=False,
    )
    advice = engine.advise(make_interview(), CANDIDATE, now=NOW)
    assert advice.recommendation == good.recommendation
    assert any("'broken'" in w and "thankyou_expectations" in w for w in advice.warnings)


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        ("expected", "returned str"),
        (42, "returned int"),
        ([{"stance": "expected"}], "returned a dict in its list"),
    ],
)
def test_wrong_return_types_are_plugin_errors(returned: object, message: str) -> None:
    def hook(interview: Interview) -> object:
        return returned

    engine = Engine([plugin_module("odd", thankyou_expectations=hook)], entry_points=False)
    with pytest.raises(PluginError, match=message):
        engine.recommend(make_interview(), CANDIDATE)


@pytest.mark.parametrize("weight", [math.nan, math.inf, -1.0])
def test_a_plugin_building_a_bad_expectation_is_named(weight: float) -> None:
    def hook(interview: Interview) -> Iterable[Expectation]:
        return [Expectation(Verdict.EXPECTED, "x", weight=weight)]

    engine = Engine([plugin_module("nan", thankyou_expectations=hook)], entry_points=False)
    with pytest.raises(PluginError, match=r"plugin 'nan' in hook thankyou_expectations.*weight"):
        engine.recommend(make_interview(), CANDIDATE)


def test_a_hook_with_an_unknown_argument_is_refused() -> None:
    def hook(interview: Interview, mood: str) -> Iterable[Expectation]:
        return ()

    with pytest.raises(PluginError, match="'moody'"):
        Engine([plugin_module("moody", thankyou_expectations=hook)], entry_points=False)


def test_a_misspelt_hook_name_is_refused() -> None:
    def hook(interview: Interview) -> Iterable[Expectation]:
        return ()

    with pytest.raises(PluginError, match="thankyou_expectation"):
        Engine([plugin_module("typo", thankyou_expectation=hook)], entry_points=False)


def test_a_module_may_hold_hooks_as_bound_methods_or_under_other_names() -> None:
    """Modules register by their plain functions quickly; every kind of hook still counts."""
    bound = types.ModuleType("bound_plugin")
    bound.thankyou_expectations = Heavy().thankyou_expectations  # type: ignore[attr-defined]
    bound.HELPER = Heavy  # type: ignore[attr-defined]  # a class beside it is no hook

    def any_name(interview: Interview) -> Iterable[Expectation]:
        return [Expectation(Verdict.EXPECTED, "Named otherwise.", weight=5.0, source="y")]

    renamed = types.ModuleType("renamed_plugin")
    renamed.any_name = hookimpl(specname="thankyou_expectations")(any_name)  # type: ignore[attr-defined]
    for plugin, source in ((bound, "x"), (renamed, "y")):
        engine = Engine([plugin], entry_points=False)
        rec = engine.recommend(make_interview(), CANDIDATE)
        assert rec.verdict is Verdict.EXPECTED
        assert any(r.source == source for r in rec.reasons)
        (info,) = [p for p in engine.plugins() if p.name == plugin.__name__]
        assert info.hooks == ("thankyou_expectations",)


def fake_entry_points(monkeypatch: pytest.MonkeyPatch, *eps: tuple[str, str]) -> None:
    """Only these (name, value) entry points are installed."""

    def entry_points(group: str) -> list[_discovery.EntryPoint]:
        found = [_discovery.EntryPoint(name, value, "fake", "1.0") for name, value in eps]
        return found if group == "thankyou" else []

    monkeypatch.setattr(_discovery, "entry_points", entry_points)


def test_a_broken_entry_point_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    good = types.ModuleType("good_plugin_for_test")
    good.thankyou_expectations = Heavy().thankyou_expectations  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "good_plugin_for_test", good)
    fake_entry_points(
        monkeypatch,
        ("aaa", "no_such_module_xyz"),
        ("good", "good_plugin_for_test"),
    )
    engine = Engine()
    info = {p.name: p for p in engine.plugins()}
    assert info["aaa"].status == "failed"
    assert "no_such_module_xyz" in (info["aaa"].error or "")
    assert info["good"].status == "active"
    advice = engine.advise(make_interview(), CANDIDATE, now=NOW)
    assert advice.recommendation.verdict is Verdict.EXPECTED
    assert any("'aaa'" in w for w in advice.warnings)


def test_a_disabled_entry_point_is_never_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_entry_points(monkeypatch, ("aaa", "no_such_module_xyz"))
    engine = Engine(disable=["aaa"])
    assert {p.name: p.status for p in engine.plugins()}["aaa"] == "disabled"


def industries(*items: Industry) -> types.ModuleType:
    return plugin_module(f"ind{len(items)}", thankyou_industries=lambda: items)


def test_industry_aliases_resolve_to_the_key_plugins_see() -> None:
    seen: list[str | None] = []

    def hook(interview: Interview) -> Iterable[Expectation]:
        seen.append(interview.industry)
        return ()

    plugin = plugin_module(
        "fund",
        thankyou_industries=lambda: [Industry("fundraising", "Fundraising", aliases=("NGO",))],
        thankyou_expectations=hook,
    )
    engine = Engine([plugin], entry_points=False)
    engine.recommend(make_interview(industry="ngo"), CANDIDATE)
    assert seen == ["fundraising"]
    assert [i.key for i in engine.industries()] == ["fundraising"]
    assert {p.name: p.industries for p in engine.plugins()}["fund"] == ("fundraising",)


def test_an_unknown_industry_suggests_the_closest() -> None:
    engine = Engine([industries(Industry("fundraising", "Fundraising"))], entry_points=False)
    with pytest.raises(InvalidInput, match=r"Interview.industry: 'fundrasing'.*'fundraising'"):
        engine.recommend(make_interview(industry="fundrasing"), CANDIDATE)


def test_two_plugins_claiming_one_industry_is_a_clear_error() -> None:
    a = plugin_module("a", thankyou_industries=lambda: [Industry("law", "Law")])
    b = plugin_module(
        "b", thankyou_industries=lambda: [Industry("legal", "Legal", aliases=("law",))]
    )
    with pytest.raises(PluginError, match=r"plugin 'b'.*'law' is already declared by plugin 'a'"):
        Engine([a, b], entry_points=False)
    engine = Engine([a, b], entry_points=False, strict=False)
    assert engine.resolve(make_interview(industry="law")).industry == "law"


def test_the_clock_is_read_only_without_now(monkeypatch: pytest.MonkeyPatch) -> None:
    import thankyou._engine as engine_module

    calls: list[int] = []
    real = engine_module._now

    def counting() -> datetime:
        calls.append(1)
        return real()

    monkeypatch.setattr(engine_module, "_now", counting)
    engine = Engine(entry_points=False)
    engine.advise(make_interview(), CANDIDATE, now=NOW)
    assert calls == []
    engine.advise(make_interview(), CANDIDATE)
    assert calls == [1]


def test_naive_now_is_refused() -> None:
    with pytest.raises(InvalidInput, match="now: is a naive datetime"):
        Engine(entry_points=False).advise(make_interview(), CANDIDATE, now=datetime(2026, 1, 1))


def test_wrong_argument_types_are_named() -> None:
    engine = Engine(entry_points=False)
    with pytest.raises(InvalidInput, match="interview: expected an Interview"):
        engine.advise("acme", CANDIDATE)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="candidate: expected a Candidate"):
        engine.advise(make_interview(), "sam")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="channel: 'fax' is not accepted"):
        engine.advise(make_interview(), CANDIDATE, channel="fax")


def test_module_level_advise_uses_one_default_engine() -> None:
    assert thankyou.default_engine() is thankyou.default_engine()
    advice = thankyou.advise(make_interview(), CANDIDATE, now=NOW)
    assert advice.recommendation.verdict in set(Verdict)
    assert any(r.plugin == "baseline" for r in advice.recommendation.reasons)


def test_same_input_same_output() -> None:
    engine = Engine(entry_points=False)
    first = engine.advise(make_interview(), CANDIDATE, now=NOW)
    assert all(engine.advise(make_interview(), CANDIDATE, now=NOW) == first for _ in range(5))


def test_every_public_name_loads_lazily_and_import_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, thankyou\n"
        "heavy = [m for m in ('thankyou._engine', 'thankyou._proofread', 'holidays', 'cattrs',"
        " 'click', 'spellchecker', 'babel.dates') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "missing = [n for n in thankyou.__all__ if getattr(thankyou, n, None) is None]\n"
        "assert not missing, missing\n"
        "assert sorted(thankyou._EXPORTS) == sorted(thankyou.__all__)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        thankyou.Nope  # noqa: B018
