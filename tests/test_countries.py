"""The first-party country plugins: verdict, timing, channel and register per country.

Every interview here has no industry, so that the industry plugins (written
alongside) cannot shift what is asserted about countries. Wednesday
2026-02-04 is a working day, as are the days after it up to the following
Monday, in all 23 countries.
"""

from __future__ import annotations

import ast
import importlib
from datetime import datetime, timedelta
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

import thankyou
from thankyou import (
    Candidate,
    Channel,
    Engine,
    Interview,
    Interviewer,
    Recommendation,
    Register,
    Verdict,
)

COUNTRIES_DIR = Path(__file__).parent.parent / "plugins" / "thankyou_plugins" / "countries"

#: code: (zone of the interview, the candidate's locale from that country)
HOME = {
    "US": ("America/New_York", "en_US"),
    "CA": ("America/Toronto", "en_CA"),
    "GB": ("Europe/London", "en_GB"),
    "IE": ("Europe/Dublin", "en_IE"),
    "AU": ("Australia/Sydney", "en_AU"),
    "DE": ("Europe/Berlin", "de_DE"),
    "AT": ("Europe/Vienna", "de_AT"),
    "CH": ("Europe/Zurich", "de_CH"),
    "FR": ("Europe/Paris", "fr_FR"),
    "BE": ("Europe/Brussels", "fr_BE"),
    "NL": ("Europe/Amsterdam", "nl_NL"),
    "SE": ("Europe/Stockholm", "sv_SE"),
    "DK": ("Europe/Copenhagen", "da_DK"),
    "NO": ("Europe/Oslo", "nb_NO"),
    "FI": ("Europe/Helsinki", "fi_FI"),
    "ES": ("Europe/Madrid", "es_ES"),
    "MX": ("America/Mexico_City", "es_MX"),
    "BR": ("America/Sao_Paulo", "pt_BR"),
    "PT": ("Europe/Lisbon", "pt_PT"),
    "IN": ("Asia/Kolkata", "en_IN"),
    "CN": ("Asia/Shanghai", "zh_CN"),
    "JP": ("Asia/Tokyo", "ja_JP"),
    "KR": ("Asia/Seoul", "ko_KR"),
}

REC, OPT = Verdict.RECOMMENDED, Verdict.OPTIONAL
F, N = Register.FORMAL, Register.NEUTRAL

#: An interview ending Wednesday 15:00 local: verdict, send_after, send_by
#: (local "day HH:MM"), channel, register.
EXPECTED = {
    "US": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "CA": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "GB": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "IE": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "AU": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "DE": (OPT, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "AT": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "CH": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "FR": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "BE": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "NL": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "SE": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "DK": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "NO": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "FI": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "ES": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "MX": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "BR": (OPT, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "PT": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "IN": (OPT, "Wed 16:00", "Thu 15:00", Channel.EMAIL, N),
    "CN": (REC, "Wed 16:00", "Thu 15:00", Channel.EMAIL, F),
    "JP": (OPT, "Wed 16:00", "Wed 18:00", Channel.EMAIL, F),
    "KR": (OPT, "Thu 09:00", "Thu 11:00", Channel.EMAIL, F),
}


def module_for(code: str) -> ModuleType:
    name = "in_" if code == "IN" else code.lower()  # ``in`` is a Python keyword
    return importlib.import_module(f"thankyou_plugins.countries.{name}")


def interview(
    code: str,
    hour: int = 15,
    minute: int = 0,
    *,
    day: int = 4,
    email: str | None = "alex.morgan@example.com",
    interviewer_locale: str | None = None,
) -> Interview:
    zone = ZoneInfo(HOME[code][0])
    return Interview(
        company="Acme",
        position="Analyst",
        when=datetime(2026, 2, day, hour, minute, tzinfo=zone),
        country=code,
        interviewers=[Interviewer(name="Alex Morgan", email=email, locale=interviewer_locale)],
    )


def candidate(locale: str = "en_US") -> Candidate:
    return Candidate(name="Sam Lee", locale=locale)


def local(rec: Recommendation, code: str) -> tuple[str, str]:
    zone = ZoneInfo(HOME[code][0])
    fmt = "%a %H:%M"
    return rec.send_after.astimezone(zone).strftime(fmt), rec.send_by.astimezone(zone).strftime(fmt)


@pytest.fixture(scope="module")
def full() -> Engine:
    return Engine()


def solo(code: str) -> Engine:
    return Engine(plugins={code.lower(): module_for(code)}, entry_points=False)


# --- registration ----------------------------------------------------------------


def test_every_country_is_its_own_entry_point_named_by_its_iso_code() -> None:
    found = {
        ep.name: ep.value
        for ep in entry_points(group=thankyou.ENTRY_POINT_GROUP)
        if ep.value.startswith("thankyou_plugins.countries.")
    }
    assert set(found) == {code.lower() for code in HOME}
    for name, value in found.items():
        module = importlib.import_module(value)
        assert module.NORM.code == name.upper()
        assert ZoneInfo(module.NORM.zone).key == HOME[name.upper()][0]  # a real zone, its own


def test_the_full_engine_lists_every_country_as_active(full: Engine) -> None:
    status = {p.name: p.status for p in full.plugins()}
    assert {code.lower(): "active" for code in HOME}.items() <= status.items()


def test_one_country_can_be_disabled_alone() -> None:
    rec = Engine(disable=["jp"]).recommend(interview("JP"), candidate("ja_JP"))
    assert all(r.plugin != "jp" for r in rec.reasons)
    assert local(rec, "JP") == ("Wed 16:00", "Thu 15:00")  # the general 24 hours again
    assert rec.decided_by("register") == ("baseline",)


# --- per country, with the full engine and with baseline + the country alone ----


@pytest.mark.parametrize("engine_kind", ["full", "solo"])
@pytest.mark.parametrize("code", sorted(HOME))
def test_country_verdict_timing_channel_register(code: str, engine_kind: str, full: Engine) -> None:
    engine = full if engine_kind == "full" else solo(code)
    rec = engine.recommend(interview(code), candidate(HOME[code][1]))
    verdict, after, by, channel, register = EXPECTED[code]
    assert (rec.verdict, *local(rec, code), rec.channel, rec.register) == (
        verdict,
        after,
        by,
        channel,
        register,
    )
    assert code.lower() in rec.decided_by("verdict")
    assert code.lower() in rec.decided_by("channel")


@pytest.mark.parametrize("code", sorted(HOME))
def test_the_engines_agree_when_no_industry_is_given(code: str, full: Engine) -> None:
    job, person = interview(code), candidate(HOME[code][1])
    a, b = full.recommend(job, person), solo(code).recommend(job, person)
    assert (a.verdict, a.score, a.send_after, a.send_by, a.channel, a.register) == (
        b.verdict,
        b.score,
        b.send_after,
        b.send_by,
        b.channel,
        b.register,
    )


@pytest.mark.parametrize("code", sorted(HOME))
def test_every_reason_names_its_plugin_and_has_a_source(code: str, full: Engine) -> None:
    rec = full.recommend(interview(code), candidate(HOME[code][1]))
    mine = [r for r in rec.reasons if r.plugin == code.lower()]
    assert any(r.stance is not None for r in mine)
    assert any("channel" in r.about for r in mine)
    for reason in mine:
        assert reason.source
        assert reason.source.strip()
        assert reason.text.strip()


@pytest.mark.parametrize("code", sorted(HOME))
def test_weak_facts_weigh_at_most_half_and_say_so(code: str) -> None:
    norm = module_for(code).NORM
    facts = [c.fact for c in norm.customs]
    facts += [f for f in (norm.channel, norm.register_fact, norm.timing_fact, norm.late_fact) if f]
    for fact in facts:
        if fact.weight <= 0.5:
            assert "weak" in fact.text.lower(), fact.text


# --- the article's two headline cases ----------------------------------------------


def test_india_is_optional_or_unusual_with_a_cited_reason(full: Engine) -> None:
    rec = full.recommend(interview("IN"), candidate("en_IN"))
    assert rec.verdict in (Verdict.OPTIONAL, Verdict.UNUSUAL)
    (custom,) = [r for r in rec.reasons if r.plugin == "in" and r.stance is not None]
    assert custom.stance is Verdict.UNUSUAL
    assert "canvassing" in custom.text
    assert custom.source is not None
    assert "citehr.com" in custom.source
    assert custom.weight <= 0.5


def test_us_is_recommended_or_stronger(full: Engine) -> None:
    rec = full.recommend(interview("US"), candidate("en_US"))
    assert rec.verdict in (Verdict.RECOMMENDED, Verdict.EXPECTED)


# --- Japan: the same day, within business hours ------------------------------------


@pytest.mark.parametrize("engine_kind", ["full", "solo"])
def test_japan_after_a_2pm_interview_the_note_goes_the_same_day_by_six(
    engine_kind: str, full: Engine
) -> None:
    engine = full if engine_kind == "full" else solo("JP")
    rec = engine.recommend(interview("JP", 14), candidate("ja_JP"))
    assert local(rec, "JP") == ("Wed 15:00", "Wed 18:00")
    assert "jp" in rec.decided_by("send_by")


def test_japan_a_morning_interview_still_has_until_six() -> None:
    rec = solo("JP").recommend(interview("JP", 10), candidate("ja_JP"))
    assert local(rec, "JP") == ("Wed 11:00", "Wed 18:00")


def test_japan_after_a_5_30pm_interview_the_note_goes_the_next_business_morning() -> None:
    rec = solo("JP").recommend(interview("JP", 17, 30), candidate("ja_JP"))
    # Too late for 18:00 today: 09:00 to noon the next business day, and the reason says so.
    assert local(rec, "JP") == ("Thu 09:00", "Thu 12:00")
    late = [r for r in rec.reasons if r.plugin == "jp" and "next business morning" in r.text]
    assert len(late) == 1
    assert "send_by" in late[0].about


def test_japan_a_late_friday_interview_waits_for_monday_morning() -> None:
    rec = solo("JP").recommend(interview("JP", 17, 30, day=6), candidate("ja_JP"))
    assert local(rec, "JP") == ("Mon 09:00", "Mon 12:00")


# --- Korea: the next morning, 9 to 11 ------------------------------------------------


@pytest.mark.parametrize("engine_kind", ["full", "solo"])
@pytest.mark.parametrize(
    ("hour", "minute", "by"),
    [
        (15, 0, "Thu 11:00"),
        (18, 45, "Thu 11:00"),
        # After a morning interview "within 24 hours" (same source) ends the slot sooner.
        (10, 0, "Thu 10:00"),
        (9, 30, "Thu 09:30"),
    ],
)
def test_korea_the_note_goes_the_next_business_morning_between_9_and_11(
    hour: int, minute: int, by: str, engine_kind: str, full: Engine
) -> None:
    engine = full if engine_kind == "full" else solo("KR")
    rec = engine.recommend(interview("KR", hour, minute), candidate("ko_KR"))
    assert local(rec, "KR") == ("Thu 09:00", by)
    assert "kr" in rec.decided_by("send_after")


def test_korea_a_friday_interview_is_thanked_on_monday_morning() -> None:
    rec = solo("KR").recommend(interview("KR", day=6), candidate("ko_KR"))
    assert local(rec, "KR") == ("Mon 09:00", "Mon 11:00")


# --- both sides of the culture ------------------------------------------------------


def test_a_candidate_from_india_writing_to_a_us_reader_gets_us_norms_and_a_word_why(
    full: Engine,
) -> None:
    job = interview("US")
    from_india = full.recommend(job, candidate("en_IN"))
    from_us = full.recommend(job, candidate("en_US"))
    # The reader's norm decides: the Indian custom does not move the advice ...
    assert (from_india.verdict, from_india.score, from_india.send_by, from_india.channel) == (
        from_us.verdict,
        from_us.score,
        from_us.send_by,
        from_us.channel,
    )
    # ... but the reasons explain the difference.
    (why,) = [r for r in from_india.reasons if r.plugin == "in"]
    assert why.stance is None
    assert why.about == ()
    assert why.text.startswith("In India a thank-you note is uncommon")
    assert "canvassing" in why.text
    assert "the country of your locale, but your reader's culture decides" in why.text
    assert why.source
    assert not [r for r in from_us.reasons if r.plugin == "in"]


def test_a_us_candidate_writing_to_japan_is_told_the_japanese_norms_apply(full: Engine) -> None:
    rec = full.recommend(interview("JP"), candidate("en_US"))
    (why,) = [r for r in rec.reasons if r.plugin == "us"]
    assert why.stance is None
    assert why.text.startswith("In the United States")
    assert "your reader's culture decides" in why.text
    assert local(rec, "JP") == ("Wed 16:00", "Wed 18:00")


def test_a_candidate_at_home_gets_no_culture_difference_reason(full: Engine) -> None:
    rec = full.recommend(interview("US"), candidate("en_US"))
    assert not [r for r in rec.reasons if "your reader's culture decides" in r.text]


def test_a_locale_without_a_territory_counts_for_no_country(full: Engine) -> None:
    rec = full.recommend(interview("US"), candidate("ja"))
    assert not [r for r in rec.reasons if r.plugin == "jp"]


def test_an_interviewers_own_culture_adds_only_a_small_stance(full: Engine) -> None:
    job = interview("US", interviewer_locale="ja_JP")
    rec = full.recommend(job, candidate("en_US"))
    plain = full.recommend(interview("US"), candidate("en_US"))
    (jp,) = [r for r in rec.reasons if r.plugin == "jp"]
    assert jp.stance is Verdict.OPTIONAL
    assert 0 < jp.weight <= 0.25
    assert jp.text.startswith("In Japan a thank-you e-mail is optional")
    assert "where your interviewer is from" in jp.text
    assert "the employer's country sets the norm" in jp.text
    # Timing, channel and register stay with the employer's country.
    assert jp.about == ("verdict",)
    assert (rec.send_by, rec.channel, rec.register) == (
        plain.send_by,
        plain.channel,
        plain.register,
    )
    assert rec.verdict is Verdict.RECOMMENDED
    assert rec.score < plain.score


def test_an_interviewers_reason_says_how_much_of_the_panel_is_from_there(full: Engine) -> None:
    def panel(*locales: str | None) -> Interview:
        people = [Interviewer(name=f"P{n}", locale=loc) for n, loc in enumerate(locales)]
        return Interview(
            company="Acme",
            position="Analyst",
            when=datetime(2026, 2, 4, 15, tzinfo=ZoneInfo("America/New_York")),
            country="US",
            interviewers=people,
        )

    def why(job: Interview) -> str:
        (jp,) = [r for r in full.recommend(job, candidate("en_US")).reasons if r.plugin == "jp"]
        return jp.text

    assert "where your interviewers are from" in why(panel("ja_JP", "ja_JP"))
    assert "where one of your interviewers is from" in why(panel("ja_JP", "en_US"))
    assert "where some of your interviewers are from" in why(panel("ja_JP", "ja_JP", None))


@pytest.mark.parametrize("code", sorted(HOME))
def test_a_countrys_summary_is_one_sentence_naming_only_that_country(code: str) -> None:
    """The interviewer and candidate reasons are this sentence plus a fixed connective,
    so that catalogs translate them; another country's name would not fit every reader."""
    from thankyou_plugins.countries._norms import country_name

    summary = module_for(code).NORM.summary
    assert summary.startswith(f"In {country_name(code)} "), summary
    others = [country_name(c) for c in HOME if c != code]
    assert not [name for name in others if name.removeprefix("the ") in summary]
    assert "US" not in summary.split()


def test_the_employers_own_plugin_does_not_count_twice(full: Engine) -> None:
    # A Japanese interviewer at a Japanese employer: the jp plugin speaks once, as reader.
    with_locale = full.recommend(interview("JP", interviewer_locale="ja_JP"), candidate("ja_JP"))
    without = full.recommend(interview("JP"), candidate("ja_JP"))
    assert with_locale.score == without.score
    assert [r.text for r in with_locale.reasons if r.plugin == "jp"] == [
        r.text for r in without.reasons if r.plugin == "jp"
    ]


# --- channel norms ---------------------------------------------------------------------


def test_linkedin_only_when_no_email_is_known(full: Engine) -> None:
    known = full.recommend(interview("US"), candidate())
    unknown = full.recommend(interview("US", email=None), candidate())
    assert known.channel is Channel.EMAIL
    # Missing addresses are often just not passed in: the advice stays e-mail and says
    # when LinkedIn would be the fallback; the caller picks it with channel=.
    assert unknown.channel is Channel.EMAIL
    (why,) = [r for r in unknown.reasons if r.plugin == "us" and "LinkedIn" in r.text]
    assert "only for that case" in why.text
    assert "text message" in why.text
    chosen = full.advise(interview("US", email=None), candidate(), channel=Channel.LINKEDIN)
    assert {n.channel for n in chosen.notes} == {Channel.LINKEDIN}
    assert chosen.recommendation.channel is Channel.EMAIL
    assert any(r.plugin == "caller" for r in chosen.recommendation.reasons)


def test_every_channel_reason_rules_out_text_messages(full: Engine) -> None:
    for code in HOME:
        rec = full.recommend(interview(code), candidate(HOME[code][1]))
        (channel,) = [r for r in rec.reasons if r.plugin == code.lower() and "channel" in r.about]
        assert "Never by text message" in channel.text, code


def test_china_has_no_linkedin_fallback(full: Engine) -> None:
    rec = full.recommend(interview("CN", email=None), candidate("zh_CN"))
    assert rec.channel is Channel.EMAIL
    (why,) = [r for r in rec.reasons if r.plugin == "cn" and "channel" in r.about]
    assert "LinkedIn is no fallback in mainland China" in why.text


def test_a_recruiter_with_an_address_beats_the_linkedin_fallback(full: Engine) -> None:
    job = interview("US", email=None)
    with_recruiter = Interview(
        company=job.company,
        position=job.position,
        when=job.when,
        country=job.country,
        interviewers=job.interviewers,
        recruiter=Interviewer(name="Pat Kim", email="pat@agency.example"),
    )
    assert full.recommend(with_recruiter, candidate()).channel is Channel.EMAIL


# --- time zones ---------------------------------------------------------------------------


def test_korea_next_morning_is_local_to_the_interviewers_zone() -> None:
    # The end time given in UTC, the interviewer's zone given: 09:00-11:00 Seoul time.
    job = interview("KR")
    in_utc = Interview(
        company=job.company,
        position=job.position,
        when=job.when.astimezone(ZoneInfo("UTC")),
        country="KR",
        interviewers=[Interviewer(name="Min-ji Park", timezone="Asia/Seoul")],
    )
    rec = solo("KR").recommend(in_utc, candidate("ko_KR"))
    assert local(rec, "KR") == ("Thu 09:00", "Thu 11:00")
    assert rec.send_by - rec.send_after == timedelta(hours=2)


def test_japan_same_day_follows_the_interviewers_zone_not_the_offset_given() -> None:
    # 06:00 UTC is 15:00 in Tokyo: the note is due 18:00 Tokyo time that day.
    job = Interview(
        company="Acme",
        position="Analyst",
        when=datetime(2026, 2, 4, 6, 0, tzinfo=ZoneInfo("UTC")),
        country="JP",
        interviewers=[Interviewer(name="Haruto Sato", timezone="Asia/Tokyo")],
    )
    rec = solo("JP").recommend(job, candidate("ja_JP"))
    assert local(rec, "JP") == ("Wed 16:00", "Wed 18:00")


# --- public API only ---------------------------------------------------------------------


def test_country_plugins_import_only_names_thankyou_exports() -> None:
    exported = set(thankyou.__all__)
    modules = sorted(COUNTRIES_DIR.glob("*.py"))
    assert len(modules) == len(HOME) + 2  # one per country, __init__ and _norms
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                root = node.module.split(".")[0]
                if node.module == "thankyou":
                    assert {a.name for a in node.names} <= exported, path.name
                elif node.module == "thankyou.hookspecs":
                    assert [a.name for a in node.names] == ["hookimpl"], path.name
                else:
                    assert root != "thankyou", (path.name, node.module)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("thankyou."), (path.name, alias.name)


def test_a_countrys_fixed_expectations_are_the_same_objects_in_every_thread() -> None:
    """Built on first use (not at import), once: the engine's caches key on them."""
    import sys
    import threading

    import attrs

    fresh = attrs.evolve(module_for("JP").NORM)  # nothing built yet
    start = threading.Barrier(8)
    seen: list[object] = []

    def ask() -> None:
        start.wait()
        seen.append(fresh._fixed)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: a race shows
    try:
        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(seen) == 8
    assert all(fixed is seen[0] for fixed in seen)
    assert fresh._fixed is seen[0]
