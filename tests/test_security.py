"""User text is data, never code; plugins that misbehave are named and contained;
every public entry point answers or refuses with a ThankYouError."""

from __future__ import annotations

import json
import time
import types
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thankyou._engine as engine_module
from thankyou import (
    Advice,
    Candidate,
    Channel,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    InvalidInput,
    PluginError,
    ThankYouError,
    Verdict,
    from_dict,
    hookimpl,
    to_dict,
)
from thankyou._interview_file import Document

NY = ZoneInfo("America/New_York")
WHEN = datetime(2026, 11, 18, 11, 0, tzinfo=NY)
NOW = datetime(2026, 11, 18, 13, 0, tzinfo=NY)
ENGINE = Engine()

PAYLOADS = [
    "{0.__class__}",
    "{{7*7}}",
    "${x}",
    "%(x)s",
    "{candidate.__class__.__init__.__globals__}",
    "{company}",
    "<script>alert(1)</script>",
]


def interview(**kw: object) -> Interview:
    base: dict[str, object] = {
        "company": "Acme",
        "position": "Analyst",
        "when": WHEN,
        "country": "US",
        "interviewers": [Interviewer("Ana Ruiz", honorific="ms", highlights=["the data team"])],
    }
    return Interview(**{**base, **kw})


def texts(advice_notes: Iterable[object]) -> str:
    return "\n".join(n.text for n in advice_notes)  # type: ignore[attr-defined]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "where",
    [
        "company",
        "position",
        "interview highlight",
        "interviewer highlight",
        "interviewer name",
        "candidate",
    ],
)
def test_user_text_reaches_the_note_verbatim_and_is_never_a_template(
    payload: str, where: str
) -> None:
    value = f"Acme {payload}" if where != "interviewer name" else f"Ana {payload}"
    candidate = Candidate("Sam Lee", "en_US")
    if where == "company":
        iv = interview(company=value)
    elif where == "position":
        iv = interview(position=value)
    elif where == "interview highlight":
        iv = interview(highlights=[value], interviewers=[])
    elif where == "interviewer highlight":
        iv = interview(interviewers=[Interviewer("Ana Ruiz", highlights=[value])])
    elif where == "interviewer name":
        iv = interview(interviewers=[Interviewer(value, highlights=["the data team"])])
    else:
        iv = interview()
        candidate = Candidate(f"Sam {payload}", "en_US")
    advice = ENGINE.advise(iv, candidate, now=NOW)
    text = texts(advice.notes)
    assert payload in text
    assert "49" not in text
    assert "<class" not in text
    assert "__globals__}" not in text or payload.endswith("__globals__}")
    # The user's braces are not read as a placeholder either.
    if payload == "{company}":
        assert text.count("{company}") >= 1


@pytest.mark.parametrize("bad", ["x\r\nBcc: evil@example.com", "x\nSubject: spam", "x\x00"])
@pytest.mark.parametrize(
    "build",
    [
        lambda v: Interview(company=v, position="p", when=WHEN, country="US"),
        lambda v: Interview(company="c", position=v, when=WHEN, country="US"),
        lambda v: Interview(company="c", position="p", when=WHEN, country="US", department=v),
        lambda v: Interviewer(v),
        lambda v: Interviewer("Ana", family_name=v),
        lambda v: Interviewer("Ana", job_title=v),
        lambda v: Interviewer("Ana", email=f"ana{v}@example.com"),
        lambda v: Candidate(v, "en"),
        lambda v: Candidate("Sam", "en", email=f"sam{v}@example.com"),
    ],
)
def test_line_breaks_never_reach_a_header_field(bad: str, build: object) -> None:
    with pytest.raises(InvalidInput):
        build(bad)  # type: ignore[operator]


def test_drafted_email_headers_hold_only_subject_to_and_from() -> None:
    iv = interview(
        interviewers=[Interviewer("Ana Ruiz", email="ana@example.com", highlights=["x"])]
    )
    (note,) = ENGINE.advise(iv, Candidate("Sam Lee", "en"), now=NOW).notes
    message = note.as_email(sender="sam@example.com")
    assert sorted(k for k in message if not k.lower().startswith(("content", "mime"))) == [
        "From",
        "Subject",
        "To",
    ]


def plugin(name: str, fn: object) -> types.ModuleType:
    module = types.ModuleType(name)
    module.thankyou_expectations = hookimpl(fn)  # type: ignore[attr-defined, call-overload]
    return module


def good(interview: Interview) -> Iterable[Expectation]:
    return [Expectation(Verdict.EXPECTED, "A good plugin says so.", weight=3.0, source="s")]


def _raises(interview: Interview) -> Iterable[Expectation]:
    raise ZeroDivisionError("oops")


def _wrong_type(interview: Interview) -> object:
    return [42]


def _nan(interview: Interview) -> Iterable[Expectation]:
    return [Expectation(Verdict.EXPECTED, "x", weight=float("nan"))]


def _not_iterable(interview: Interview) -> object:
    return 3.5


@pytest.mark.parametrize("fault", [_raises, _wrong_type, _nan, _not_iterable])
def test_a_faulty_plugin_is_named_strictly_and_skipped_otherwise(fault: object) -> None:
    strict = Engine([plugin("good", good), plugin("faulty", fault)], entry_points=False)
    with pytest.raises(PluginError) as info:
        strict.advise(interview(), Candidate("Sam", "en"), now=NOW)
    assert (info.value.plugin, info.value.hook) == ("faulty", "thankyou_expectations")

    alone = Engine([plugin("good", good)], entry_points=False).advise(
        interview(), Candidate("Sam", "en"), now=NOW
    )
    lenient = Engine(
        [plugin("good", good), plugin("faulty", fault)], entry_points=False, strict=False
    ).advise(interview(), Candidate("Sam", "en"), now=NOW)
    assert lenient.recommendation == alone.recommendation
    assert lenient.notes == alone.notes
    assert any("'faulty'" in w and "thankyou_expectations" in w for w in lenient.warnings)


def test_a_slow_plugin_is_named_in_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "SLOW_HOOK_SECONDS", 0.05)

    def slow(interview: Interview) -> Iterable[Expectation]:
        time.sleep(0.1)
        return ()

    advice = Engine([plugin("sleepy", slow)], entry_points=False).advise(
        interview(), Candidate("Sam", "en"), now=NOW
    )
    assert any("'sleepy'" in w and "thankyou_expectations" in w for w in advice.warnings)


anything = st.text(st.characters(blacklist_categories=["Cs"]), max_size=400) | st.sampled_from(
    ["\u202eAcme", "🎉🎉 thx!!", "[Company Name] {name}", "〇〇様", "Acme " * 300, "\x00\r\n", ""]
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(anything, st.sampled_from([*list(Channel), None]))
def test_check_takes_any_text(text: str, channel: Channel | None) -> None:
    findings = ENGINE.check(
        text, interview(), Candidate("Sam Lee", "en_US"), channel=channel, now=NOW
    )
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.rule
        assert finding.message


names = st.text(st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1, max_size=60).filter(
    lambda s: s.strip() != "" and "\u2028" not in s and "\u2029" not in s
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    names,
    names,
    st.lists(names, max_size=3),
    st.lists(names, max_size=6),
    st.sampled_from(["en_US", "de_CH", "ja_JP", "fr_CA", "ko", "pt_BR", "zh_Hant_TW", "ar"]),
)
def test_advise_drafts_for_any_names_and_highlights(
    company: str, person: str, highlights: list[str], panel: list[str], locale: str
) -> None:
    iv = interview(
        company=company,
        highlights=highlights,
        interviewers=[Interviewer(n, locale=locale) for n in panel],
    )
    advice = ENGINE.advise(iv, Candidate(person, locale), now=NOW)
    assert len(advice.notes) == max(1, len(panel))
    assert from_dict(Advice, json.loads(json.dumps(to_dict(advice)))) == advice


toml_ish = st.text(max_size=300) | st.builds(
    lambda k, v: f'[candidate]\nname = "Sam"\nlocale = "{v}"\n[interview]\n{k} = {v!r}\n',
    st.text(max_size=15),
    st.text(max_size=15),
)


@given(toml_ish, st.sampled_from(["toml", "json"]))
def test_the_file_reader_takes_anything_or_names_the_problem(text: str, kind: str) -> None:
    try:
        Document("f", text, kind).values()
    except ThankYouError as exc:
        assert str(exc)
