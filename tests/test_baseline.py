"""The core baseline's general rules: stage, panel size, agency recruiter."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from thankyou import (
    Candidate,
    Engine,
    Interview,
    Interviewer,
    InvalidInput,
    Recommendation,
    Verdict,
    from_dict,
    to_dict,
)

WHEN = datetime(2026, 11, 18, 15, 30, tzinfo=ZoneInfo("America/New_York"))
CANDIDATE = Candidate("Sam Rivera", "en_US")


def panel(n: int) -> tuple[Interviewer, ...]:
    return tuple(Interviewer(f"Alex Morgan{i}") for i in range(n))


def recommend(**overrides: Any) -> Recommendation:
    fields: dict[str, Any] = {
        "company": "Harbor Works",
        "position": "Analyst",
        "when": WHEN,
        "country": "US",
        "interviewers": panel(1),
    }
    fields.update(overrides)
    return Engine(entry_points=False).recommend(Interview(**fields), CANDIDATE)


def texts(rec: Recommendation) -> str:
    return " ".join(r.text for r in rec.reasons if r.plugin == "baseline")


def test_a_final_round_weighs_more_than_a_screening_call() -> None:
    screening = recommend(stage="screening")
    first = recommend(stage="first")
    final = recommend(stage="final")
    assert screening.score < first.score < final.score
    # Alone, the baseline still recommends a note at every stage.
    assert {screening.verdict, first.verdict, final.verdict} == {Verdict.RECOMMENDED}
    for rec in (screening, final):
        staged = [r for r in rec.reasons if r.plugin == "baseline" and r.weight == 0.5]
        assert any(r.stance is not None and r.source for r in staged)


@pytest.mark.parametrize("size", [2, 3])
def test_a_small_panel_gets_a_note_each(size: int) -> None:
    said = texts(recommend(interviewers=panel(size)))
    assert "note of their own" in said
    assert "chair" not in said


@pytest.mark.parametrize("size", [4, 7])
def test_a_large_panel_gets_a_note_to_the_chair_and_a_line_each(size: int) -> None:
    said = texts(recommend(interviewers=panel(size)))
    assert "chair" in said
    assert "line of thanks to each" in said
    assert "note of their own" not in said


@pytest.mark.parametrize("size", [0, 1])
def test_one_interviewer_gets_no_panel_advice(size: int) -> None:
    said = texts(recommend(interviewers=panel(size)))
    assert "panel" not in said


def test_an_agency_recruiter_is_thanked_too() -> None:
    recruiter = Interviewer("Rae Kim", email="rae@agency.example")
    assert "recruiter" not in texts(recommend())
    rec = recommend(recruiter=recruiter)
    (reason,) = [r for r in rec.reasons if r.plugin == "baseline" and "recruiter" in r.text]
    assert reason.source
    assert reason.stance is None


def test_recruiter_is_checked_and_round_trips() -> None:
    with pytest.raises(InvalidInput, match=r"Interview\.recruiter"):
        Interview("A", "B", WHEN, "US", recruiter="Rae Kim")
    data = {
        "company": "A",
        "position": "B",
        "when": WHEN.isoformat(),
        "country": "US",
        "recruiter": {"name": "Rae Kim", "email": "rae@agency.example"},
    }
    job = from_dict(Interview, data)
    assert job.recruiter == Interviewer("Rae Kim", email="rae@agency.example")
    assert from_dict(Interview, to_dict(job)) == job
