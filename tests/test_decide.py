"""The decision model: each threshold, each override, business days and hours."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

from thankyou import (
    Candidate,
    Channel,
    Expectation,
    Interview,
    Interviewer,
    Preference,
    Register,
    Verdict,
)
from thankyou._decide import decide, verdict_for

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
CANDIDATE = Candidate("Sam Rivera", "en_US")


def interview(when: datetime, country: str = "US", **kw: object) -> Interview:
    return Interview(company="Acme", position="Analyst", when=when, country=country, **kw)


def exp(stance: Verdict | None, weight: float = 1.0, **kw: object) -> Expectation:
    return Expectation(stance, "because", weight=weight, source="test", **kw)


WEDNESDAY = datetime(2026, 11, 18, 11, 0, tzinfo=NY)


@pytest.mark.parametrize(
    ("score", "verdict"),
    [
        (2.0, Verdict.EXPECTED),
        (1.5, Verdict.EXPECTED),
        (1.49, Verdict.RECOMMENDED),
        (0.5, Verdict.RECOMMENDED),
        (0.49, Verdict.OPTIONAL),
        (0.0, Verdict.OPTIONAL),
        (-0.49, Verdict.OPTIONAL),
        (-0.5, Verdict.UNUSUAL),
        (-1.49, Verdict.UNUSUAL),
        (-1.5, Verdict.DO_NOT_SEND),
        (-2.0, Verdict.DO_NOT_SEND),
    ],
)
def test_each_threshold(score: float, verdict: Verdict) -> None:
    assert verdict_for(score) is verdict


def test_stances_combine_by_weighted_mean() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [("a", exp(Verdict.EXPECTED, 3.0)), ("b", exp(Verdict.RECOMMENDED, 1.0))],
    )
    assert rec.score == pytest.approx(7 / 4)
    assert rec.verdict is Verdict.EXPECTED
    assert rec.decided_by("verdict") == ("a", "b")


def test_unusual_outweighs_a_light_recommendation() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [("us", exp(Verdict.RECOMMENDED, 0.5)), ("in", exp(Verdict.UNUSUAL, 2.0))],
    )
    assert rec.score == pytest.approx((0.5 - 2.0) / 2.5)
    assert rec.verdict is Verdict.UNUSUAL


def test_zero_weight_stances_do_not_count() -> None:
    rec = decide(interview(WEDNESDAY), [("a", exp(Verdict.DO_NOT_SEND, 0.0))])
    assert rec.verdict is Verdict.OPTIONAL
    assert rec.decided_by("verdict") == ()


def test_no_stance_at_all_is_optional() -> None:
    rec = decide(interview(WEDNESDAY), [("a", exp(None, channel=Channel.EMAIL))])
    assert rec.verdict is Verdict.OPTIONAL
    assert rec.score == 0.0


def test_no_follow_up_preference_beats_every_custom() -> None:
    rec = decide(
        interview(WEDNESDAY, preference="no_follow_up"),
        [("fundraising", exp(Verdict.EXPECTED, 1000.0))],
    )
    assert rec.verdict is Verdict.DO_NOT_SEND
    assert rec.decided_by("verdict") == ("preference",)
    assert rec.reasons[0].plugin == "preference"
    assert "do not want" in rec.reasons[0].text


def test_a_preference_every_interviewer_shares_counts_as_the_managers() -> None:
    people = [
        Interviewer("Ana Ruiz", preference=Preference.NO_FOLLOW_UP),
        Interviewer("Bo Li", preference="no_follow_up"),
    ]
    rec = decide(interview(WEDNESDAY, interviewers=people), [("x", exp(Verdict.EXPECTED))])
    assert rec.verdict is Verdict.DO_NOT_SEND


def test_one_interviewers_preference_does_not_decide_for_the_panel() -> None:
    people = [Interviewer("Ana Ruiz", preference="no_follow_up"), Interviewer("Bo Li")]
    rec = decide(interview(WEDNESDAY, interviewers=people), [("x", exp(Verdict.EXPECTED))])
    assert rec.verdict is Verdict.EXPECTED


@pytest.mark.parametrize(
    ("preference", "channel"),
    [("prefers_email", Channel.EMAIL), ("appreciates_handwritten", Channel.HANDWRITTEN)],
)
def test_channel_preference_beats_heavier_custom(preference: str, channel: Channel) -> None:
    rec = decide(
        interview(WEDNESDAY, preference=preference),
        [
            ("a", exp(None, 50.0, channel=Channel.LINKEDIN)),
            ("b", exp(Verdict.RECOMMENDED)),
        ],
    )
    assert rec.channel is channel
    assert rec.decided_by("channel") == ("preference",)
    assert rec.verdict is Verdict.RECOMMENDED


def test_heaviest_channel_and_register_win() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [
            ("a", exp(None, 1.0, channel=Channel.EMAIL, register=Register.WARM)),
            ("b", exp(None, 0.8, channel=Channel.HANDWRITTEN, register=Register.FORMAL)),
            ("c", exp(None, 0.8, channel=Channel.HANDWRITTEN, register=Register.FORMAL)),
        ],
    )
    assert rec.channel is Channel.HANDWRITTEN
    assert rec.decided_by("channel") == ("b", "c")
    assert rec.register is Register.FORMAL


def test_ties_go_to_email_and_neutral() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [
            ("a", exp(None, channel=Channel.LINKEDIN, register=Register.WARM)),
            ("b", exp(None, channel=Channel.EMAIL, register=Register.NEUTRAL)),
        ],
    )
    assert rec.channel is Channel.EMAIL
    assert rec.register is Register.NEUTRAL


def test_nothing_said_gives_email_neutral_defaults() -> None:
    rec = decide(interview(WEDNESDAY), [])
    assert (rec.channel, rec.register) == (Channel.EMAIL, Register.NEUTRAL)
    assert rec.decided_by("channel") == ()


def test_caller_channel_leaves_the_advice_and_is_explained() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [("a", exp(None, channel=Channel.EMAIL))],
        channel=Channel.LINKEDIN,
    )
    # The advice stands; the notes go by the caller's choice (see test_compose).
    assert rec.channel is Channel.EMAIL
    assert rec.decided_by("channel") == ("a",)
    (said,) = [r for r in rec.reasons if r.plugin == "caller"]
    assert "LinkedIn" in said.text
    assert "email" in said.text
    assert said.about == ("channel",)


def test_narrowest_window_decides_send_by() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [
            ("slow", exp(None, within=timedelta(hours=48))),
            ("fast", exp(None, within=timedelta(hours=6))),
        ],
    )
    assert rec.send_by == datetime(2026, 11, 18, 17, 0, tzinfo=NY)
    assert rec.decided_by("send_by") == ("fast",)


def test_default_window_is_a_day_and_wait_an_hour() -> None:
    rec = decide(interview(WEDNESDAY), [])
    assert rec.send_after == WEDNESDAY + timedelta(hours=1)
    assert rec.send_by == WEDNESDAY + timedelta(days=1)


def test_friday_afternoon_in_new_york_waits_for_monday() -> None:
    friday = datetime(2026, 11, 20, 15, 30, tzinfo=NY)
    rec = decide(interview(friday), [("b", exp(Verdict.RECOMMENDED, within=timedelta(hours=24)))])
    local = rec.send_by.astimezone(NY)
    assert local.weekday() == 0  # Monday, not the weekend
    assert local == datetime(2026, 11, 23, 15, 30, tzinfo=NY)
    assert time(9) <= local.time() <= time(17)
    assert rec.send_after == datetime(2026, 11, 20, 16, 30, tzinfo=NY)
    assert any("2026-11-21" in r.text and r.plugin == "calendar" for r in rec.reasons)


def test_day_before_a_us_public_holiday_skips_it() -> None:
    # Thanksgiving 2026 is Thursday, November 26.
    wednesday = datetime(2026, 11, 25, 14, 0, tzinfo=NY)
    rec = decide(interview(wednesday), [])
    assert rec.send_by == datetime(2026, 11, 27, 14, 0, tzinfo=NY)
    assert any("Thanksgiving" in r.text for r in rec.reasons)


def test_same_day_in_another_country_is_not_a_holiday_there() -> None:
    wednesday = datetime(2026, 11, 25, 14, 0, tzinfo=BERLIN)
    rec = decide(interview(wednesday, country="DE"), [])
    assert rec.send_by == datetime(2026, 11, 26, 14, 0, tzinfo=BERLIN)


def test_german_holiday_is_skipped_for_a_german_employer() -> None:
    # 2026-10-03, German Unity Day, is a Saturday; use Christmas: Thu 24 Dec is not a
    # federal holiday, Fri 25 and Sat 26 are, so Thursday's deadline moves to Monday.
    thursday = datetime(2026, 12, 24, 10, 0, tzinfo=BERLIN)
    rec = decide(interview(thursday, country="DE"), [])
    assert rec.send_by == datetime(2026, 12, 28, 10, 0, tzinfo=BERLIN)


def test_deadline_is_in_the_recipients_zone() -> None:
    friday = datetime(2026, 11, 20, 15, 0, tzinfo=NY)  # 21:00 in Berlin
    reader = Interviewer("Jana Vogel", timezone="Europe/Berlin")
    rec = decide(interview(friday, interviewers=[reader]), [])
    assert rec.send_by.tzinfo == BERLIN
    assert rec.send_after == datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    # 24 hours later is Saturday 21:00 in Berlin: Monday, clamped to closing time.
    assert rec.send_by == datetime(2026, 11, 23, 17, 0, tzinfo=BERLIN)


def test_dst_change_over_a_weekend_keeps_the_wall_clock() -> None:
    # US clocks spring forward on Sunday, March 8, 2026.
    friday = datetime(2026, 3, 6, 16, 0, tzinfo=NY)
    rec = decide(interview(friday), [])
    assert rec.send_by == datetime(2026, 3, 9, 16, 0, tzinfo=NY)
    assert rec.send_by.utcoffset() == timedelta(hours=-4)
    assert friday.utcoffset() == timedelta(hours=-5)


def test_european_dst_end_keeps_business_hours() -> None:
    # Clocks go back on Sunday, October 25, 2026 in Berlin.
    friday = datetime(2026, 10, 23, 16, 30, tzinfo=BERLIN)
    rec = decide(interview(friday, country="DE"), [])
    assert rec.send_by == datetime(2026, 10, 26, 16, 30, tzinfo=BERLIN)
    assert rec.send_by.utcoffset() == timedelta(hours=1)


def test_evening_interview_sends_next_business_morning() -> None:
    evening = datetime(2026, 11, 18, 18, 30, tzinfo=NY)
    rec = decide(interview(evening), [])
    assert rec.send_after == datetime(2026, 11, 19, 9, 0, tzinfo=NY)
    assert rec.send_by == datetime(2026, 11, 19, 17, 0, tzinfo=NY)


def test_plugin_hours_narrow_the_business_day() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    end = datetime(2026, 11, 18, 14, 0, tzinfo=tokyo)
    rec = decide(
        interview(end, country="JP"),
        [("jp", exp(None, within=timedelta(hours=4), hours=(time(9), time(18))))],
    )
    assert rec.send_by == datetime(2026, 11, 18, 18, 0, tzinfo=tokyo)
    assert rec.decided_by("send_by") == ("jp",)


def test_a_window_closing_after_hours_moves_to_the_next_business_day() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    end = datetime(2026, 11, 18, 17, 30, tzinfo=tokyo)
    rec = decide(
        interview(end, country="JP"),
        [("jp", exp(None, within=timedelta(hours=4), hours=(time(9), time(18))))],
    )
    assert rec.send_after == datetime(2026, 11, 19, 9, 0, tzinfo=tokyo)
    assert rec.send_by == datetime(2026, 11, 19, 18, 0, tzinfo=tokyo)
    assert rec.send_after < rec.send_by


def test_longest_wait_decides_send_after() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [("a", exp(None, wait=timedelta(hours=1))), ("b", exp(None, wait=timedelta(hours=3)))],
    )
    assert rec.send_after == WEDNESDAY + timedelta(hours=3)
    assert rec.decided_by("send_after") == ("b",)


def test_every_reason_keeps_its_plugin_source_and_what_it_informed() -> None:
    rec = decide(
        interview(WEDNESDAY),
        [("a", exp(Verdict.EXPECTED, channel=Channel.HANDWRITTEN, within=timedelta(hours=5)))],
    )
    (reason,) = rec.reasons
    assert reason.plugin == "a"
    assert reason.source == "test"
    assert reason.about == ("verdict", "channel", "send_by")


# --- what decide() remembers between interviews -----------------------------------


def _fresh(contributions: list[tuple[str, Expectation]]) -> list[tuple[str, Expectation]]:
    """Equal Expectations as new objects, as a plugin that builds them per call returns them."""
    return [(p, attrs.evolve(e)) for p, e in contributions]


MIXED = [
    ("a", exp(Verdict.EXPECTED, 2.0, within=timedelta(hours=20))),
    ("b", exp(None, 1.5, channel=Channel.HANDWRITTEN, register=Register.FORMAL)),
    ("c", exp(Verdict.UNUSUAL, 0.5, wait=timedelta(hours=3), hours=(time(10), time(16)))),
    ("d", exp(None, 0.0, channel=Channel.LINKEDIN)),
]


def test_remembered_tallies_give_what_a_first_tally_gives() -> None:
    first = decide(interview(WEDNESDAY), MIXED)
    again = decide(interview(WEDNESDAY), MIXED)  # the same Expectation objects: remembered
    fresh = decide(interview(WEDNESDAY), _fresh(MIXED))  # equal, new objects: tallied anew
    assert first == again == fresh
    # Another interview with the same contributions gets its own timing.
    friday = decide(interview(datetime(2026, 11, 20, 16, 0, tzinfo=NY)), MIXED)
    assert friday.reasons[: len(first.reasons)] == first.reasons
    assert friday.reasons[-1].plugin == "calendar"  # the weekend it skips, its own
    assert friday.send_by.date() > first.send_by.date()


def test_equal_weights_of_another_sign_or_type_keep_their_own_reasons() -> None:
    plus = decide(interview(WEDNESDAY), [("a", exp(Verdict.EXPECTED, 0.0))])
    minus = decide(interview(WEDNESDAY), [("a", exp(Verdict.EXPECTED, -0.0))])
    assert str(plus.reasons[0].weight) == "0.0"
    assert str(minus.reasons[0].weight) == "-0.0"


def test_remembered_reasons_follow_the_ui_language() -> None:
    from thankyou import Engine

    engine = Engine()
    iv = interview(WEDNESDAY, interviewers=[Interviewer("Dana Whitfield")])
    english = engine.recommend(iv, CANDIDATE)
    german = engine.recommend(iv, CANDIDATE, ui_locale="de")
    assert english.reasons != german.reasons
    assert [r.untranslated or r.text for r in german.reasons] == [r.text for r in english.reasons]
    assert engine.recommend(iv, CANDIDATE) == english


def test_what_decide_remembers_is_bounded() -> None:
    from thankyou import _decide

    for i in range(_decide._TALLIES_MAX + 50):
        said = Expectation(Verdict.EXPECTED, f"because {i}", weight=1.0, source="test")
        decide(interview(WEDNESDAY), [("a", said)])
    assert len(_decide._TALLIES) <= _decide._TALLIES_MAX
    assert len(_decide._REASONS) <= _decide._REASONS_MAX
