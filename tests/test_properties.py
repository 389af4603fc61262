"""Property-based tests: any valid input gives a sound Recommendation; any invalid
input gives a ThankYouError, never an exception from inside a dependency."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thankyou import (
    Candidate,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    ThankYouError,
    from_dict,
    to_dict,
    to_json,
)
from thankyou._calendar import BusinessCalendar

ENGINE = Engine(entry_points=False)
COUNTRIES = ["US", "DE", "JP", "KR", "IN", "BR", "GB", "FR", "IL", "AE", "SA", "AQ", "NZ", "CH"]

names = st.text(st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1, max_size=40).filter(
    lambda s: s.strip() != "" and "\u2028" not in s and "\u2029" not in s
)
aware_times = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.timezones()
)
interviewers = st.builds(
    Interviewer,
    name=names,
    honorific=st.sampled_from([None, "ms", "mr", "mx"]),
    academic_title=st.sampled_from([None, "dr", "prof"]),
    timezone=st.one_of(st.none(), st.timezones().map(lambda z: getattr(z, "key", None))),
    highlights=st.lists(names, max_size=3),
)
interviews = st.builds(
    Interview,
    company=names,
    position=names,
    when=aware_times,
    country=st.sampled_from(COUNTRIES),
    interviewers=st.lists(interviewers, max_size=4),
    highlights=st.lists(names, max_size=3),
    stage=st.sampled_from(["screening", "first", "final"]),
    format=st.sampled_from(["phone", "video", "onsite"]),
    preference=st.sampled_from([None, "no_follow_up", "prefers_email", "appreciates_handwritten"]),
)
candidates = st.builds(
    Candidate, name=names, locale=st.sampled_from(["en_US", "de-CH", "ja", "pt_BR"])
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(interviews, candidates)
def test_any_valid_input_gives_a_sound_recommendation(iv: Interview, cand: Candidate) -> None:
    rec = ENGINE.recommend(iv, cand)
    assert rec.send_after < rec.send_by
    assert rec.send_after >= iv.when + timedelta(hours=1)
    calendar = BusinessCalendar(iv.country, rec.send_by.tzinfo, (time(9), time(17)))  # type: ignore[arg-type]
    for moment in (rec.send_after, rec.send_by):
        assert calendar.is_business_day(moment.date())
        assert time(9) <= moment.time() <= time(17)
    assert all(r.plugin for r in rec.reasons)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(interviews, candidates, st.sampled_from([None, "de", "ja"]))
def test_to_json_is_json_dumps_of_to_dict_for_any_advice(
    iv: Interview, cand: Candidate, ui: str | None
) -> None:
    advice = ENGINE.advise(iv, cand, now=iv.when + timedelta(days=2), ui_locale=ui)
    assert to_json(advice) == json.dumps(to_dict(advice))


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.binary(max_size=5),
)


def refuses_cleanly(build: Any, *args: Any, **kwargs: Any) -> None:
    try:
        build(*args, **kwargs)
    except ThankYouError as exc:
        assert ":" in str(exc)  # "Field.name: what is wrong"


@given(junk, junk)
def test_candidate_takes_anything_or_says_which_field(name: object, locale: object) -> None:
    refuses_cleanly(Candidate, name, locale)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "name": junk,
            "honorific": junk,
            "academic_title": junk,
            "email": junk,
            "locale": junk,
            "timezone": junk,
            "highlights": junk,
            "preference": junk,
            "family_name": junk,
        },
    )
)
def test_interviewer_takes_anything_or_says_which_field(kwargs: dict[str, object]) -> None:
    refuses_cleanly(Interviewer, **{"name": "Ana", **kwargs})


@given(junk, junk, junk, junk, junk, junk)
def test_interview_takes_anything_or_says_which_field(
    company: object, when: object, country: object, stage: object, fmt: object, hl: object
) -> None:
    refuses_cleanly(
        Interview,
        company=company,
        position="Analyst",
        when=when,
        country=country,
        stage=stage,
        format=fmt,
        highlights=hl,
    )


@given(junk, junk, junk, junk)
def test_expectation_takes_anything_or_says_which_field(
    stance: object, weight: object, within: object, hours: object
) -> None:
    refuses_cleanly(Expectation, stance, "why", weight=weight, within=within, hours=hours)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(
    st.fixed_dictionaries(
        {
            "company": st.one_of(st.just("Acme"), json_values),
            "position": st.just("Analyst"),
            "when": st.one_of(st.just("2026-11-18T11:00-05:00"), json_values),
            "country": st.one_of(st.just("US"), json_values),
        },
        optional={"interviewers": json_values, "stage": json_values, "extra": json_values},
    )
)
def test_from_dict_takes_any_json_or_says_which_field(data: dict[str, object]) -> None:
    refuses_cleanly(from_dict, Interview, data)


@given(st.text(max_size=20))
def test_any_locale_string_is_a_locale_or_a_clear_error(text: str) -> None:
    refuses_cleanly(Candidate, "Sam", text)


def test_huge_and_strange_text_is_accepted_or_refused_by_name() -> None:
    long = "ab " * 40_000
    refuses_cleanly(Interview, company=long, position="x", when="2026-01-01T10:00Z", country="US")
    iv = Interview(
        company="\u202eAcme\u200f Ⓐ 🎉",
        position="Analyst",
        when="2026-01-01T10:00Z",
        country="US",
        highlights=[long[:900]],
    )
    assert ENGINE.recommend(iv, Candidate("Sam", "en")).send_by > iv.when
