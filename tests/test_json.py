"""Every public value round-trips through JSON-able dicts (cattrs)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

from thankyou import (
    Advice,
    Candidate,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    InvalidInput,
    Verdict,
    from_dict,
    to_dict,
    to_json,
)

WHEN = datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("America/New_York"))
NOW = datetime(2026, 11, 20, 16, 0, tzinfo=ZoneInfo("UTC"))

INTERVIEW = Interview(
    company="Harbor Food Bank",
    position="Major Gifts Officer",
    when=WHEN,
    country="US",
    stage="final",
    interviewers=[
        Interviewer(
            "Dana Whitfield",
            honorific="ms",
            academic_title="dr",
            email="dana@example.org",
            locale="en_US",
            timezone="America/New_York",
            highlights=["donor stewardship"],
        )
    ],
    highlights=["the capital campaign"],
)
CANDIDATE = Candidate("Sam Rivera", "en-US", email="sam@example.com", signature=["+1 555 0100"])


@pytest.mark.parametrize(
    "value",
    [
        INTERVIEW,
        CANDIDATE,
        Expectation(
            Verdict.EXPECTED,
            "why",
            weight=2.5,
            source="s",
            within=timedelta(hours=6),
            hours=(time(9), time(18)),
        ),
    ],
)
def test_inputs_round_trip(value: object) -> None:
    data = to_dict(value)
    assert json.loads(json.dumps(data)) == data
    assert from_dict(type(value), data) == value


def test_advice_round_trips_through_json_text() -> None:
    advice = Engine(entry_points=False).advise(INTERVIEW, CANDIDATE, now=NOW)
    text = json.dumps(to_dict(advice), sort_keys=True)
    assert from_dict(Advice, json.loads(text)) == advice


def test_json_shapes_are_documented_forms() -> None:
    data = to_dict(INTERVIEW)
    assert data["when"] == "2026-11-20T15:30:00-05:00"
    assert data["stage"] == "final"
    assert data["interviewers"][0]["locale"] == "en_US"
    assert data["interviewers"][0]["timezone"] == "America/New_York"
    rec = to_dict(Engine(entry_points=False).recommend(INTERVIEW, CANDIDATE))
    assert rec["deciders"]["verdict"] == ["baseline"]
    assert rec["verdict"] == "recommended"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"when": "2026-11-20T15:30"}, r"Interview.when: is a naive datetime"),
        ({"bogus": 1}, r"Interview: unknown field\(s\) bogus"),
        ({"stage": "last"}, r"Interview.stage: 'last' is not accepted"),
        ({"company": None}, r"Interview.company: expected text"),
        (
            {"interviewers": [{"name": "A", "email": "nope"}]},
            r"Interview.interviewers\[0\].email: 'nope' is not an e-mail",
        ),
        ({"interviewers": [{"nam": "A"}]}, r"Interview.interviewers\[0\]"),
    ],
)
def test_bad_data_names_the_path(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        from_dict(Interview, {**to_dict(INTERVIEW), **change})


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        # A lone string where a list belongs was once read letter by letter.
        (
            {"highlights": "the capital campaign"},
            "Interview.highlights",
            "expected a list of texts",
        ),
        ({"interviewers": {"name": "A"}}, "Interview.interviewers", "expected a list of interv"),
        ({"interviewers": ["Dana"]}, "Interview.interviewers[0]", "expected a mapping of field"),
        ({"recruiter": {"name": "R", "email": "no"}}, "Interview.recruiter.email", "not an e-mail"),
        (
            {"interviewers": [{"name": "A"}, {"name": "B", "highlights": [3]}]},
            "Interview.interviewers[1].highlights[0]",
            "expected text, got int",
        ),
        ({"recruiter": {"name": "R", "x": 1}}, "Interview.recruiter", "unknown field(s) x"),
    ],
)
def test_bad_input_data_names_its_path_in_the_data(
    change: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        from_dict(Interview, {**to_dict(INTERVIEW), **change})
    assert caught.value.field == field
    assert message in caught.value.reason


def test_the_first_bad_field_in_the_classs_order_is_named() -> None:
    data = {**to_dict(INTERVIEW), "when": "yesterday", "bogus": 1}
    del data["country"]  # missing, but after "when"
    with pytest.raises(InvalidInput, match=r"^Interview\.when: 'yesterday'"):
        from_dict(Interview, data)
    data["when"] = to_dict(INTERVIEW)["when"]
    with pytest.raises(InvalidInput, match=r"^Interview\.country: required field missing"):
        from_dict(Interview, data)
    data["country"] = "US"
    with pytest.raises(InvalidInput, match=r"^Interview: unknown field\(s\) bogus"):
        from_dict(Interview, data)


def test_input_data_may_hold_people_already_built() -> None:
    data = {**to_dict(INTERVIEW), "interviewers": list(INTERVIEW.interviewers)}
    assert from_dict(Interview, {**data, "recruiter": INTERVIEW.interviewers[0]}) == attrs.evolve(
        INTERVIEW, recruiter=INTERVIEW.interviewers[0]
    )


def test_reading_input_values_leaves_cattrs_unimported() -> None:
    """The command reads a file on every run; cattrs cost it ~20 ms."""
    import subprocess
    import sys

    code = (
        "import json, sys, thankyou\n"
        f"thankyou.from_dict(thankyou.Interview, json.loads({to_json(INTERVIEW)!r}))\n"
        f"thankyou.from_dict(thankyou.Candidate, json.loads({to_json(CANDIDATE)!r}))\n"
        "print('cattrs' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_missing_field_is_named() -> None:
    data = to_dict(INTERVIEW)
    del data["company"]
    with pytest.raises(InvalidInput, match="Interview.company"):
        from_dict(Interview, data)


def test_not_a_mapping_at_all() -> None:
    with pytest.raises(InvalidInput, match="Interview"):
        from_dict(Interview, ["not", "a", "dict"])


def _drafted_cases() -> list[Advice]:
    """Advice as applications get it: many countries, languages, channels, UI locales."""
    from test_drafts_proofread import _interviews

    engine = Engine()
    cases = _interviews()[::5]
    return [
        engine.advise(iv, cand, now=iv.when + timedelta(hours=30), channel=channel, ui_locale=ui)
        for i, (iv, cand, channel) in enumerate(cases)
        for ui in [(None, "de", "ja", "fr")[i % 4]]
    ]


def test_to_json_writes_exactly_what_json_dumps_of_to_dict_writes() -> None:
    advices = _drafted_cases()
    assert any(a.recommendation.reasons and a.notes for a in advices)
    assert any(f for a in advices for n in a.notes for f in n.findings)
    assert any(r.untranslated for a in advices for r in a.recommendation.reasons)
    for advice in advices:
        expected = json.dumps(to_dict(advice))
        assert to_json(advice) == expected
        assert to_json(advice) == expected  # again, from the encoded reasons it keeps
        assert to_json(advice.recommendation) == json.dumps(to_dict(advice.recommendation))
        assert from_dict(Advice, json.loads(to_json(advice))) == advice


def test_to_json_of_values_built_by_hand_with_loose_types() -> None:
    engine = Engine(entry_points=False)
    advice = engine.advise(INTERVIEW, CANDIDATE, now=NOW)
    rec = advice.recommendation
    odd = [
        # An int weight equal to a float one: the same Reason by value, not the same text.
        attrs.evolve(rec, reasons=(attrs.evolve(rec.reasons[0], weight=1), *rec.reasons)),
        attrs.evolve(rec, reasons=(attrs.evolve(rec.reasons[0], weight=0.0),)),
        attrs.evolve(rec, reasons=(attrs.evolve(rec.reasons[0], weight=-0.0),)),
        attrs.evolve(rec, reasons=(attrs.evolve(rec.reasons[0], about=["verdict"]),)),
        attrs.evolve(rec, score=2),
        attrs.evolve(advice, warnings=("a plugin was skipped", "ünïcode")),
        attrs.evolve(
            advice,
            notes=tuple(
                attrs.evolve(n, subject=None, findings=(), optional=True) for n in advice.notes
            ),
        ),
        attrs.evolve(
            advice,
            notes=tuple(
                attrs.evolve(
                    n,
                    recipient=Interviewer(
                        "José Müller",
                        family_name="Müller García",
                        honorific="mr",
                        academic_title="prof",
                        job_title='Head of "Growth"',
                        email="jose@example.com",
                        locale="es_MX",
                        timezone="America/Mexico_City",
                        highlights=["la campaña", "el presupuesto"],
                        preference="prefers_email",
                    ),
                )
                for n in advice.notes
            ),
        ),
    ]
    with_float = attrs.evolve(rec.reasons[0], weight=float(rec.reasons[0].weight))
    to_json(attrs.evolve(rec, reasons=(with_float,)))  # keep the float form first
    for value in odd:
        assert to_json(value) == json.dumps(to_dict(value))
    assert to_json(INTERVIEW) == json.dumps(to_dict(INTERVIEW))
    assert to_json([CANDIDATE]) == json.dumps(to_dict([CANDIDATE]))
