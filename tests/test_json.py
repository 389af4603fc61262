"""Every public value round-trips through JSON-able dicts (cattrs)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

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


def test_missing_field_is_named() -> None:
    data = to_dict(INTERVIEW)
    del data["company"]
    with pytest.raises(InvalidInput, match="Interview.company"):
        from_dict(Interview, data)


def test_not_a_mapping_at_all() -> None:
    with pytest.raises(InvalidInput, match="Interview"):
        from_dict(Interview, ["not", "a", "dict"])
