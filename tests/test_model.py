"""Value types: what callers may hand in, and the errors for what they may not."""

from __future__ import annotations

import pickle
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from thankyou import (
    Candidate,
    Channel,
    Expectation,
    Format,
    Interview,
    Interviewer,
    InvalidInput,
    Preference,
    Stage,
    ThankYouError,
    Verdict,
)

WHEN = datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("America/New_York"))


def interview(**kw: object) -> Interview:
    return Interview(
        **{"company": "Acme", "position": "Analyst", "when": WHEN, "country": "US", **kw}
    )


@pytest.mark.parametrize("given", ["en_US", "en-US", " en_US ", Locale("en", "US")])
def test_candidate_locale_forms(given: object) -> None:
    assert Candidate("Sam", given).locale == Locale("en", "US")


def test_unknown_locale_suggests_close_ones() -> None:
    with pytest.raises(InvalidInput, match=r"Candidate.locale: 'de_DX'.*did you mean"):
        Candidate("Sam", "de_DX")


def test_naive_interview_time_says_to_add_a_tzinfo() -> None:
    with pytest.raises(InvalidInput, match="Interview.when: is a naive datetime; add a tzinfo"):
        interview(when=datetime(2026, 11, 18, 11, 0))


def test_offset_and_iso_strings_are_accepted() -> None:
    assert interview(when="2026-11-18T11:00-05:00").when == datetime(
        2026, 11, 18, 11, tzinfo=timezone(timedelta(hours=-5))
    )


@pytest.mark.parametrize(("given", "hint"), [("XY", ""), ("Germany", "'DE'"), ("UZ", "")])
def test_unknown_country_code_says_so(given: str, hint: str) -> None:
    if given == "UZ":  # Uzbekistan exists: accepted
        assert interview(country="uz").country == "UZ"
        return
    with pytest.raises(InvalidInput, match=f"Interview.country: {given!r} is not an ISO 3166"):
        interview(country=given)
    if hint:
        with pytest.raises(InvalidInput, match=hint):
            interview(country=given)


def test_enums_accept_their_strings() -> None:
    iv = interview(stage="FINAL", format="video", preference="prefers-email")
    assert (iv.stage, iv.format, iv.preference) == (
        Stage.FINAL,
        Format.VIDEO,
        Preference.PREFERS_EMAIL,
    )


def test_bad_enum_lists_what_is_accepted() -> None:
    with pytest.raises(InvalidInput, match="Interview.stage: 'second'.*screening, first, final"):
        interview(stage="second")


@pytest.mark.parametrize(("given", "stored"), [("Ms.", "ms"), ("MR", "mr"), ("mx", "mx")])
def test_honorifics_normalise(given: str, stored: str) -> None:
    assert Interviewer("Ana Ruiz", honorific=given).honorific == stored


def test_honorific_is_never_guessed() -> None:
    assert Interviewer("Anna Weber").honorific is None
    with pytest.raises(InvalidInput, match="Interviewer.honorific: 'mrs'"):
        Interviewer("Anna Weber", honorific="mrs")
    with pytest.raises(InvalidInput, match="Interviewer.academic_title"):
        Interviewer("Anna Weber", academic_title="phd")


def test_surname_prefers_family_name() -> None:
    assert Interviewer("Ana María García López", family_name="García López").surname == (
        "García López"
    )
    assert Interviewer("Anna Weber").surname == "Weber"


@pytest.mark.parametrize("field", ["company", "position"])
@pytest.mark.parametrize("bad", ["Acme\r\nBcc: x@evil.example", "Acme\x00", "   ", ""])
def test_single_line_fields_refuse_control_characters_and_blanks(field: str, bad: str) -> None:
    with pytest.raises(InvalidInput, match=f"Interview.{field}"):
        interview(**{field: bad})


def test_highlights_must_be_a_list_not_a_string() -> None:
    with pytest.raises(InvalidInput, match="Interview.highlights: expected a list"):
        interview(highlights="the roadmap")
    with pytest.raises(InvalidInput, match=r"Interview.highlights\[1\]: must not be empty"):
        interview(highlights=["the roadmap", " "])


def test_interviewers_must_be_interviewers() -> None:
    with pytest.raises(InvalidInput, match=r"Interview.interviewers\[0\]: expected Interviewer"):
        interview(interviewers=["Ana"])


@pytest.mark.parametrize("bad", ["nope", "a@b", "a b@example.com", "x@y.z\r\nBcc: q@r.s"])
def test_bad_email_addresses(bad: str) -> None:
    with pytest.raises(InvalidInput, match="Interviewer.email"):
        Interviewer("Ana", email=bad)


def test_unknown_time_zone_suggests_close_names() -> None:
    with pytest.raises(InvalidInput, match=r"Interviewer.timezone: 'Europe/Berln'.*Europe/Berlin"):
        Interviewer("Ana", timezone="Europe/Berln")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"weight": float("nan")}, "Expectation.weight"),
        ({"weight": True}, "Expectation.weight"),
        ({"within": timedelta(hours=-1)}, "Expectation.within"),
        ({"hours": (time(18), time(9))}, "Expectation.hours"),
        ({"channel": "fax"}, "Expectation.channel"),
    ],
)
def test_expectation_validation(kw: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput, match=field):
        Expectation(Verdict.RECOMMENDED, "why", **kw)  # type: ignore[arg-type]


def test_numbers_are_hours_for_windows() -> None:
    assert Expectation(None, "why", within=6).within == timedelta(hours=6)


def test_every_error_is_a_thankyou_error_and_a_value_error() -> None:
    with pytest.raises(ThankYouError):
        Candidate("", "en")
    with pytest.raises(ValueError, match="Candidate.name"):
        Candidate("", "en")


def test_values_are_frozen_hashable_and_pickle() -> None:
    iv = interview(
        interviewers=[Interviewer("Ana Ruiz", locale="es-MX", timezone="America/Mexico_City")]
    )
    assert hash(iv) == hash(interview(interviewers=list(iv.interviewers)))
    assert pickle.loads(pickle.dumps(iv)) == iv
    exp = Expectation("expected", "why", channel=Channel.EMAIL, hours=(time(9), time(18)))
    assert pickle.loads(pickle.dumps(exp)) == exp
    with pytest.raises(AttributeError):
        iv.company = "Other"  # type: ignore[misc]


def test_the_control_character_check_is_unicodes_categories() -> None:
    import unicodedata

    from thankyou._coerce import _CONTROL_LINE, _CONTROL_MULTI

    for code in range(0x110000):
        ch = chr(code)
        control = unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029"
        assert bool(_CONTROL_LINE.fullmatch(ch)) is control, hex(code)
        assert bool(_CONTROL_MULTI.fullmatch(ch)) is (control and ch not in "\n\t"), hex(code)


def test_windows_line_ends_in_highlights_become_line_feeds() -> None:
    assert interview(highlights=["first\r\nsecond"]).highlights == ("first\nsecond",)
