"""thankyou.testing: what plugin authors use to test their plugins."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterable

import pytest

from thankyou import (
    Candidate,
    Engine,
    Expectation,
    Industry,
    Interview,
    InvalidInput,
    Verdict,
    hookimpl,
)
from thankyou import _baseline as baseline
from thankyou._engine import _BUILTINS
from thankyou.testing import (
    hook_names,
    make_candidate,
    make_interview,
    make_interviewer,
    registered,
    validate_plugin,
)

pytest_plugins = ["thankyou.testing"]


class Nursing:
    """A correct industry plugin."""

    @hookimpl
    def thankyou_industries(self) -> Iterable[Industry]:
        return [Industry("nursing", "Nursing", aliases=("nurse", "rn"))]

    @hookimpl
    def thankyou_expectations(self, interview: Interview) -> Iterable[Expectation]:
        if interview.industry != "nursing":
            return ()
        return [
            Expectation(
                Verdict.RECOMMENDED,
                "Nurse managers often value a short written note.",
                weight=0.4,
                source="livecareer.com (one practitioner; weak)",
            )
        ]


# --- the engine fixture and registered() ---------------------------------------


BUILTINS = sorted(_BUILTINS)


def test_engine_fixture_loads_no_installed_plugin(engine: Engine) -> None:
    assert [p.name for p in engine.plugins()] == BUILTINS
    # The first-party plugins are installed as entry points, and left out.
    installed = {p.name for p in Engine().plugins()}
    assert installed > set(BUILTINS)


def test_registered_builds_an_engine_that_uses_the_plugin() -> None:
    with registered(Nursing(), name="nursing") as engine:
        advice = engine.advise(make_interview(industry="RN"), make_candidate())
    assert "nursing" in {reason.plugin for reason in advice.recommendation.reasons}
    assert [p.name for p in engine.plugins()] == sorted([*BUILTINS, "nursing"])


def test_registered_with_an_engine_leaves_that_engine_unchanged(engine: Engine) -> None:
    with registered(Nursing(), name="nursing", engine=engine) as with_nursing:
        assert with_nursing is not engine
        assert [i.key for i in with_nursing.industries()] == ["nursing"]
        interview = make_interview(industry="nurse")
        reasons = with_nursing.recommend(interview, make_candidate()).reasons
        assert {r.plugin for r in reasons} == {"baseline", "nursing"}
    assert [p.name for p in engine.plugins()] == BUILTINS
    assert engine.industries() == ()
    with pytest.raises(InvalidInput, match=r"Interview\.industry"):
        engine.recommend(make_interview(industry="nursing"), make_candidate())


def test_registered_keeps_the_engines_plugins_and_settings() -> None:
    class Other:
        @hookimpl
        def thankyou_expectations(self) -> list[Expectation]:
            return [Expectation(None, "Other.", source="a test", weight=0.1)]

    base = Engine({"other": Other()}, entry_points=False, disable=["baseline"], strict=False)
    with registered(Nursing(), name="nursing", engine=base) as engine:
        names = {p.name: p.status for p in engine.plugins()}
        assert names["other"] == names["nursing"] == "active"
        assert names["baseline"] == "disabled"
        assert engine.strict is False
        plugins = {r.plugin for r in engine.recommend(make_interview(), make_candidate()).reasons}
        assert "other" in plugins
        assert "baseline" not in plugins


def test_registered_refuses_a_name_the_engine_already_has(engine: Engine) -> None:
    with pytest.raises(InvalidInput, match="already has a plugin named 'baseline'"):  # noqa: SIM117
        with registered(Nursing(), name="baseline", engine=engine):
            pass


# --- factories ------------------------------------------------------------------


def test_factories_make_valid_inputs_that_advise() -> None:
    interview = make_interview()
    candidate = make_candidate()
    assert isinstance(interview, Interview)
    assert isinstance(candidate, Candidate)
    assert interview.interviewers == (make_interviewer(),)
    advice = Engine(entry_points=False).advise(interview, candidate, now=interview.when)
    assert advice.recommendation.send_by > interview.when


def test_factories_take_overrides_and_still_validate() -> None:
    interview = make_interview(
        country="de", interviewers=[make_interviewer(name="Anna Weber", locale="de_DE")]
    )
    assert interview.country == "DE"
    assert interview.interviewers[0].name == "Anna Weber"
    assert make_candidate(name="Kim Lee").name == "Kim Lee"
    with pytest.raises(InvalidInput, match=r"Interview\.country"):
        make_interview(country="Narnia")


def test_factories_name_an_unknown_field_with_a_suggestion() -> None:
    with pytest.raises(InvalidInput, match=r"Interview\.compnay.*did you mean 'company'"):
        make_interview(compnay="Acme")


# --- validate_plugin ------------------------------------------------------------


def test_a_correct_plugin_has_no_problems() -> None:
    assert validate_plugin(Nursing()) == []
    assert validate_plugin(baseline) == []


def test_hook_names_are_the_specs() -> None:
    assert "thankyou_expectations" in hook_names()
    assert "thankyou_industries" in hook_names()
    assert all(name.startswith("thankyou_") for name in hook_names())


def test_wrong_hook_name_suggests_the_right_one() -> None:
    class Typo:
        @hookimpl
        def thankyou_expectation(self, interview: Interview) -> list[Expectation]:
            return []

    (problem,) = validate_plugin(Typo())
    assert "thankyou_expectation is not a thankyou hook" in problem
    assert "did you mean 'thankyou_expectations'" in problem


def test_wrong_argument_name_names_what_the_hook_offers() -> None:
    class BadArg:
        @hookimpl
        def thankyou_expectations(self, interviw: Interview) -> list[Expectation]:
            return []

    (problem,) = validate_plugin(BadArg())
    assert "'interviw'" in problem
    assert "did you mean 'interview'" in problem
    assert "offers: interview, candidate" in problem


def test_argument_with_a_default_is_reported() -> None:
    class Defaulted:
        @hookimpl
        def thankyou_expectations(self, interview: Interview | None = None) -> list[Expectation]:
            return []

    (problem,) = validate_plugin(Defaulted())
    assert "'interview' has a default value, so pluggy never passes it" in problem


def test_wrong_return_type_is_explained() -> None:
    class ReturnsText:
        @hookimpl
        def thankyou_expectations(self) -> object:
            return "send one"

    class ReturnsDicts:
        @hookimpl
        def thankyou_industries(self) -> object:
            return [{"key": "nursing"}]

    (text_problem,) = validate_plugin(ReturnsText())
    assert "returned a str" in text_problem
    assert "list of Expectation" in text_problem
    (dict_problem,) = validate_plugin(ReturnsDicts())
    assert "returned a dict in its list" in dict_problem
    assert "thankyou.Industry" in dict_problem


def test_expectation_without_source_is_reported() -> None:
    class Unsourced:
        @hookimpl
        def thankyou_expectations(self, interview: Interview) -> list[Expectation]:
            if interview.country != "NO":
                return []
            return [Expectation(Verdict.OPTIONAL, "Norwegians rarely expect a note.")]

    (problem,) = validate_plugin(Unsourced())
    assert "Expectation with no source" in problem
    assert "Norwegians rarely" in problem


def test_unmarked_hook_is_reported() -> None:
    class Forgot:
        def thankyou_expectations(self, interview: Interview) -> list[Expectation]:
            return []

    (problem,) = validate_plugin(Forgot())
    assert "not marked @hookimpl" in problem


def test_industry_plugin_that_checks_an_alias_is_reported() -> None:
    class AliasCheck(Nursing):
        @hookimpl
        def thankyou_expectations(self, interview: Interview) -> Iterable[Expectation]:
            if interview.industry != "Nursing":  # the display name, never passed
                return ()
            return super().thankyou_expectations(interview)

    (problem,) = validate_plugin(AliasCheck())
    assert "nothing for any interview in its own industry 'nursing'" in problem


def test_hook_that_raises_is_reported_with_the_input() -> None:
    class Raises:
        @hookimpl
        def thankyou_expectations(self, interview: Interview) -> list[Expectation]:
            if interview.country == "JP":
                raise KeyError("JP")
            return []

    (problem,) = validate_plugin(Raises())
    assert "raised KeyError" in problem
    assert "interview in JP" in problem


def test_importing_thankyou_testing_does_not_import_pytest() -> None:
    code = "import sys, thankyou.testing; assert 'pytest' not in sys.modules; print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_installed_plugin_passes_validation() -> None:
    """No false alarms on real plugins: the built-in and first-party ones are valid."""
    from importlib.metadata import entry_points

    plugins = {name: importlib.import_module(path) for name, path in _BUILTINS.items()}
    plugins.update({ep.name: ep.load() for ep in entry_points(group="thankyou")})
    assert len(plugins) > len(_BUILTINS)
    problems = {name: validate_plugin(p, name=name) for name, p in sorted(plugins.items())}
    assert {name: found for name, found in problems.items() if found} == {}
