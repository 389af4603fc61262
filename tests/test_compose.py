"""Drafting: one note per recipient, from phrasebooks, fitted to its channel."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import attrs
import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou import (
    Candidate,
    Channel,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    InvalidInput,
    Phrase,
    Phrasebook,
    PluginError,
    Register,
    Severity,
    Verdict,
    hookimpl,
)
from thankyou._compose import LIMITS, count_words, salutation_keys
from thankyou._locales import fallbacks, note_locale, official_languages, parse_locale

NY = ZoneInfo("America/New_York")
WHEN = datetime(2026, 11, 20, 15, 30, tzinfo=NY)
SAM = Candidate("Sam Rivera", "en_US", signature=["sam.rivera@example.com"])
INJECTIONS = (
    "{candidate.__class__.__init__.__globals__}",
    "${x}",
    "{{7*7}}",
    "%(x)s",
    "{company}",
    "{0}",
)


def engine(*plugins: object, strict: bool = True) -> Engine:
    return Engine(
        plugins={f"test{i}": p for i, p in enumerate(plugins)}, entry_points=False, strict=strict
    )


def plugin(**hooks: object) -> SimpleNamespace:
    """A plugin object whose hooks are the given functions (marked @hookimpl)."""
    return SimpleNamespace(**{name: hookimpl(fn) for name, fn in hooks.items()})


def stance(verdict: Verdict) -> SimpleNamespace:
    def thankyou_expectations() -> Iterable[Expectation]:
        return [Expectation(verdict, f"A test says {verdict.value}.", weight=100.0)]

    return plugin(thankyou_expectations=thankyou_expectations)


def interview(*people: Interviewer, **kw: object) -> Interview:
    fields: dict[str, object] = {
        "company": "Harbor Food Bank",
        "position": "Major Gifts Officer",
        "when": WHEN,
        "country": "US",
        "interviewers": people,
        "highlights": ["the spring capital campaign"],
    }
    fields.update(kw)
    return Interview(**fields)  # type: ignore[arg-type]


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return set(zip(words, words[1:], words[2:], strict=False))


def overlap(a: str, b: str) -> float:
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / min(len(ta), len(tb))


PANEL = (
    Interviewer("Dana Whitfield", honorific="ms", highlights=["how major donors are stewarded"]),
    Interviewer("Lee Park", academic_title="dr", highlights=["the board's giving targets"]),
    Interviewer("Sam Okafor", highlights=["the volunteer programme in the north"]),
    Interviewer("Ines Duarte", honorific="mx", highlights=["the annual gala"]),
    Interviewer("Tom Baker", honorific="mr", highlights=["grant reporting"]),
    Interviewer("Ruth Cole", academic_title="prof", highlights=["donor research"]),
)


# --- one note per recipient -------------------------------------------------------


def test_a_three_person_panel_gets_three_personal_notes() -> None:
    advice = engine().advise(interview(*PANEL[:3]), SAM)
    assert [n.recipient for n in advice.notes] == list(PANEL[:3])
    for note, person in zip(advice.notes, PANEL[:3], strict=True):
        assert person.surname in note.body
        assert "Harbor Food Bank" in note.body
        assert "Major Gifts Officer" in note.text
        assert person.highlights[0] in note.body
        for other in PANEL[:3]:
            if other is not person:
                assert other.highlights[0] not in note.body
    for a, b in itertools.combinations(advice.notes, 2):
        assert overlap(a.text, b.text) <= 0.6


@pytest.mark.parametrize("size", [2, 3, 4, 5, 6])
@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize("own", [True, False])
def test_panel_notes_share_at_most_60_percent_of_trigrams(
    size: int, channel: Channel, own: bool
) -> None:
    people = [p if own else Interviewer(p.name, honorific=p.honorific) for p in PANEL[:size]]
    advice = engine().advise(interview(*people), SAM, channel=channel)
    assert len(advice.notes) == size
    worst = max(overlap(a.text, b.text) for a, b in itertools.combinations(advice.notes, 2))
    assert worst <= 0.6


def test_drafts_are_deterministic_and_independent_of_panel_order() -> None:
    first = engine().advise(interview(*PANEL[:4]), SAM)
    again = engine().advise(interview(*PANEL[:4]), SAM)
    assert first.notes == again.notes
    shuffled = engine().advise(interview(*reversed(PANEL[:4])), SAM)
    by_name = {n.recipient.name: n.text for n in shuffled.notes if n.recipient}
    assert all(by_name[n.recipient.name] == n.text for n in first.notes if n.recipient)


def test_own_highlights_come_before_the_interviews() -> None:
    person = Interviewer("Dana Whitfield", honorific="ms", highlights=["major donor stewardship"])
    (note,) = engine().advise(interview(person), SAM).notes
    assert note.body.index("major donor stewardship") < note.body.index(
        "the spring capital campaign"
    )


def test_no_interviewers_gives_one_note_to_the_hiring_team() -> None:
    advice = engine().advise(interview(), SAM)
    (note,) = advice.notes
    assert note.recipient is None
    assert note.body.startswith("Dear Hiring Team,\n")


def test_opener_thanks_for_the_time_on_the_date_in_the_notes_locale() -> None:
    us = engine().advise(interview(Interviewer("Ann Lee", locale="en_US")), SAM).notes[0]
    gb = engine().advise(interview(Interviewer("Ann Lee", locale="en-GB")), SAM).notes[0]
    assert "November 20, 2026" in us.body
    assert "20 November 2026" in gb.body
    assert gb.locale == Locale("en", "GB")


def test_the_date_is_the_interviews_own_local_date() -> None:
    late = datetime(2026, 11, 20, 23, 30, tzinfo=NY)  # already the 21st in UTC
    (note,) = engine().advise(interview(when=late), SAM).notes
    assert "November 20, 2026" in note.body


# --- channels and lengths --------------------------------------------------------


def test_caller_channel_drafts_in_it_and_the_reasons_say_so() -> None:
    advice = engine().advise(interview(*PANEL[:2]), SAM, channel="linkedin")
    assert {n.channel for n in advice.notes} == {Channel.LINKEDIN}
    assert advice.recommendation.channel is Channel.EMAIL  # the advice keeps its own
    assert all(n.subject is None for n in advice.notes)
    caller = [r for r in advice.recommendation.reasons if r.plugin == "caller"]
    assert caller
    assert "email" in caller[0].text


def test_an_unknown_channel_is_refused() -> None:
    with pytest.raises(InvalidInput, match="channel"):
        engine().advise(interview(), SAM, channel="fax")


def test_email_has_a_subject_and_the_signature_lines() -> None:
    (note,) = engine().advise(interview(PANEL[0]), SAM).notes
    assert note.channel is Channel.EMAIL
    assert note.subject
    assert note.body.endswith("Sam Rivera\nsam.rivera@example.com")


def test_a_card_has_no_subject_and_no_contact_lines() -> None:
    (note,) = engine().advise(interview(PANEL[0]), SAM, channel=Channel.HANDWRITTEN).notes
    assert note.subject is None
    assert note.body.endswith("\nSam Rivera")


WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10)
NAME = WORD.map(str.capitalize)


def words(low: int, high: int) -> st.SearchStrategy[str]:
    return st.lists(WORD, min_size=low, max_size=high).map(" ".join)


def title(low: int, high: int) -> st.SearchStrategy[str]:
    return st.lists(NAME, min_size=low, max_size=high).map(" ".join).filter(lambda s: len(s) <= 50)


PEOPLE = st.builds(
    lambda given, family, honorific, academic, highlights: Interviewer(
        f"{given} {family}",
        honorific=honorific,
        academic_title=academic,
        highlights=highlights,
    ),
    NAME,
    NAME,
    st.sampled_from([None, "ms", "mr", "mx"]),
    st.sampled_from([None, "dr", "prof"]),
    st.lists(words(1, 10), max_size=2),
)
INTERVIEWS = st.builds(
    lambda company, position, when, people, highlights, country: Interview(
        company=company,
        position=position,
        when=when,
        country=country,
        interviewers=people,
        highlights=highlights,
    ),
    title(1, 5),
    title(1, 5),
    st.datetimes(
        min_value=datetime(2001, 1, 1),
        max_value=datetime(2098, 12, 31),
        timezones=st.just(timezone(timedelta(hours=-5))),
    ),
    st.lists(PEOPLE, max_size=6, unique_by=lambda p: p.name),
    st.lists(words(1, 12), max_size=4),
    st.sampled_from(["US", "GB", "AU", "IN", "NZ", "CA", "IE"]),
)
CANDIDATES = st.builds(
    lambda given, family, signature: Candidate(f"{given} {family}", "en_US", signature=signature),
    NAME,
    NAME,
    st.lists(
        st.sampled_from(["sam@example.com", "+1 555 0100", "linkedin.com/in/sam"]), max_size=2
    ),
)
ENGINE = engine()


@settings(deadline=None)
@given(INTERVIEWS, CANDIDATES, st.sampled_from(list(Channel)))
def test_every_note_fits_its_channel(
    interview: Interview, candidate: Candidate, channel: Channel
) -> None:
    # Drafted at the recommended time, so that no finding is about timing.
    when = ENGINE.recommend(interview, candidate).send_after
    advice = ENGINE.advise(interview, candidate, channel=channel, now=when)
    assert len(advice.notes) == max(1, len(interview.interviewers))
    for note in advice.notes:
        assert note.channel is channel
        # The library's own prose is clean; a finding may only point at words the
        # user supplied (a highlight that says "u" is still flagged, as it should be).
        supplied = " ".join(
            [interview.company, interview.position, candidate.name, *interview.highlights]
            + [t for p in interview.interviewers for t in (p.name, *p.highlights)]
        )
        # "generic" is advice on the input: nothing to mention was given, or none of
        # it fits a card or a LinkedIn message.
        own = note.recipient.highlights if note.recipient else ()
        may_be_generic = not (own or interview.highlights) or channel is not Channel.EMAIL
        assert all(
            (f.rule == "generic" and may_be_generic)
            or (
                f.end - f.start < len(note.text)
                and any(w in supplied.split() for w in note.text[f.start : f.end].split())
            )
            for f in note.findings
        ), note.findings
        if channel is Channel.EMAIL:
            assert 100 <= len(note.body.split()) <= 200
        elif channel is Channel.HANDWRITTEN:
            assert len(note.body.split()) <= 80
        else:
            assert len(note.body) <= 300
        # Fitted by whole sentences: every paragraph ends a sentence.
        paragraphs = note.body.split("\n\n")
        assert all(p.rstrip().endswith((".", ",")) for p in paragraphs[:-1])
        assert "{" not in note.text


def test_limits_are_the_issues() -> None:
    assert LIMITS == {
        Channel.EMAIL: ("words", 100, 200),
        Channel.HANDWRITTEN: ("words", 0, 80),
        Channel.LINKEDIN: ("characters", 0, 300),
    }


def test_a_highlight_too_long_for_the_channel_is_left_out_whole() -> None:
    long = "the " + " ".join(["very"] * 60) + " long story"
    person = Interviewer("Ann Lee", highlights=[long, "grant reporting"])
    (note,) = engine().advise(interview(person), SAM, channel=Channel.LINKEDIN).notes
    assert "very very" not in note.body
    assert len(note.body) <= 300


def test_names_too_long_for_linkedin_give_a_finding_not_a_cut() -> None:
    company = "Extraordinarily Long Name Foundation for " * 6
    (note,) = (
        engine().advise(interview(company=company.strip()), SAM, channel=Channel.LINKEDIN).notes
    )
    assert company.strip() in note.body
    # The composer's own finding, with advice on what to shorten; the proofreader
    # does not report the same rule twice.
    (finding,) = [f for f in note.findings if f.rule in ("too-long", "too-short")]
    assert finding.rule == "too-long"
    assert finding.severity is Severity.ERROR
    assert "300" in finding.message
    assert "Shorten the names" in finding.message


def test_words_of_unspaced_languages_count_two_characters_each() -> None:
    assert count_words("Thank you for your time.", "en") == 5
    assert count_words("本日はありがとうございました。", "ja") == 8


_TEMPLATE_BITS = st.sampled_from(
    ["{company}", "{name}", "{highlight}", "{sign_off}", "{job_title}", "{0}", "{", "}", "{{"]
) | st.text(alphabet="ab .,\n\t\u3000本日", max_size=6)
# Mostly words and placeholders with single spaces (the usual template), sometimes anything.
_TEMPLATES = st.lists(
    st.tuples(
        st.sampled_from(
            ["Thank", "you,", "{company}", "{name}.", "{highlight}", "{0}", "{", "本日"]
        ),
        st.sampled_from(["", " "]),
    ),
    min_size=1,
    max_size=6,
).map(lambda pairs: "".join(word + space for word, space in pairs).strip()) | st.lists(
    _TEMPLATE_BITS, max_size=8
).map("".join)
# Mostly words with single spaces (the usual value), sometimes any spacing at all.
_VALUE_TEXT = st.lists(
    st.text(alphabet="xy.{}本", min_size=1, max_size=3), min_size=1, max_size=3
).map(" ".join) | st.text(alphabet="xy .{}\n\u00a0\u3000本", max_size=8)


@settings(deadline=None, max_examples=500)
@given(
    _TEMPLATES,
    st.dictionaries(st.sampled_from(["company", "name", "highlight", "job_title"]), _VALUE_TEXT),
)
def test_a_compiled_template_fills_and_counts_as_the_plain_text_would(
    template: str, values: dict[str, str]
) -> None:
    # The composer splits each template once and counts words from the spaces
    # when the text is simple; a note's length must still be that of its text.
    from thankyou._compose import _count, _simple, _Template
    from thankyou._phrasebook import fill

    compiled = _Template(template)
    # A signature is bound to its sign-off once; the name is filled per note.
    bound = compiled.keeping("name", {k: v for k, v in values.items() if k != "name"})
    fast = _simple(values.values())
    for form in (compiled, bound):
        filled = form.fill(values)
        assert filled == fill(template, values)
        for language in ("en", "ja"):
            unspaced = language == "ja"
            quantity = _count(filled, fast and form.simple, unspaced)
            words = (quantity + 1) // 2 if unspaced else quantity
            assert words == count_words(filled, language)


def test_only_text_with_single_spaces_between_words_is_simple() -> None:
    from thankyou._compose import _simple

    assert _simple(["Northwind Analytics", "March 2, 2026", "Data Analyst"])
    for odd in ("", " lead", "trail ", "two  spaces", "tab\there", "nbsp\u00a0here", "line\nbreak"):
        assert not _simple([odd]), odd
        assert not _simple(["Northwind Analytics", odd, "Data Analyst"]), odd


# --- verdicts and preferences --------------------------------------------------------


def test_do_not_send_drafts_nothing_and_says_why() -> None:
    advice = engine(stance(Verdict.DO_NOT_SEND)).advise(interview(*PANEL[:2]), SAM)
    assert advice.recommendation.verdict is Verdict.DO_NOT_SEND
    assert advice.notes == ()
    (warning,) = [w for w in advice.warnings if "No note was drafted" in w]
    assert "verdict is do_not_send" in warning
    assert "A test says do_not_send." in warning  # the reason behind it


def test_the_hiring_managers_no_follow_up_drafts_nothing() -> None:
    advice = engine().advise(interview(PANEL[0], preference="no_follow_up"), SAM)
    assert advice.notes == ()
    assert any("do not want follow-up" in w for w in advice.warnings)


def test_unusual_drafts_a_short_optional_note() -> None:
    advice = engine(stance(Verdict.UNUSUAL)).advise(interview(*PANEL[:2]), SAM)
    assert advice.recommendation.verdict is Verdict.UNUSUAL
    assert len(advice.notes) == 2
    assert all(n.optional for n in advice.notes)
    assert all(len(n.body.split()) <= 100 for n in advice.notes)
    assert any("optional" in w for w in advice.warnings)
    usual = engine().advise(interview(*PANEL[:2]), SAM)
    assert not any(n.optional for n in usual.notes)


def test_an_interviewer_who_wants_no_follow_up_gets_no_note() -> None:
    quiet = Interviewer("Lee Park", preference="no_follow_up")
    advice = engine().advise(interview(PANEL[0], quiet), SAM)
    assert [n.recipient for n in advice.notes] == [PANEL[0]]
    assert any("Lee Park" in w and "follow-up" in w for w in advice.warnings)


def test_an_interviewer_who_appreciates_handwritten_gets_a_card() -> None:
    fan = Interviewer("Lee Park", preference="appreciates_handwritten")
    advice = engine().advise(interview(PANEL[0], fan), SAM)
    channels = {n.recipient.name: n.channel for n in advice.notes if n.recipient}
    assert channels == {"Dana Whitfield": Channel.EMAIL, "Lee Park": Channel.HANDWRITTEN}
    chosen = engine().advise(interview(PANEL[0], fan), SAM, channel=Channel.EMAIL)
    assert {n.channel for n in chosen.notes} == {Channel.EMAIL}


def test_recommend_drafts_nothing() -> None:
    calls: list[object] = []

    def thankyou_phrases(interview: Interview) -> Iterable[Phrase]:
        calls.append(interview)
        return ()

    e = engine(plugin(thankyou_phrases=thankyou_phrases))
    e.recommend(interview(PANEL[0]), SAM)
    assert calls == []
    e.advise(interview(PANEL[0]), SAM)
    assert len(calls) == 1


# --- safety --------------------------------------------------------------------------


@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize("text", INJECTIONS)
def test_user_text_that_looks_like_a_template_appears_verbatim(text: str, channel: Channel) -> None:
    person = Interviewer("Ann Lee", highlights=[f"the plan {text}"])
    (note,) = engine().advise(interview(person, highlights=[]), SAM, channel=channel).notes
    assert f"the plan {text}" in note.body
    assert "49" not in note.body
    assert "__globals__" not in note.body or text.startswith("{candidate")


def test_a_company_name_with_braces_is_inserted_as_is() -> None:
    (note,) = engine().advise(interview(company="{position} & {date} Ltd"), SAM).notes
    assert "{position} & {date} Ltd" in note.body


# --- phrasebooks from plugins --------------------------------------------------------


def book(
    locale: str, opener: str = "Hallo am {date} zu {position} bei {company}.", **kw: object
) -> Phrasebook:
    fields: dict[str, object] = {
        "locale": locale,
        "subjects": ["Danke: {position}"],
        "salutations": {
            "ms": "Sehr geehrte Frau {family_name},",
            "ms+dr": "Sehr geehrte Frau Dr. {family_name},",
            "name": "Guten Tag {name},",
            "team": "Sehr geehrte Damen und Herren,",
        },
        "openers": [opener],
        "highlights": ["Besonders {highlight} hat mich interessiert."],
        "interest": ["Ich bin weiterhin sehr interessiert."],
        "closers": ["Ich freue mich, von Ihnen zu hören."],
        "sign_offs": ["Mit freundlichen Grüßen"],
    }
    fields.update(kw)
    return Phrasebook(**fields)  # type: ignore[arg-type]


def books(*items: Phrasebook) -> SimpleNamespace:
    def thankyou_phrasebooks() -> Iterable[Phrasebook]:
        return items

    return plugin(thankyou_phrasebooks=thankyou_phrasebooks)


def test_a_plugins_phrasebook_writes_the_note_in_its_language() -> None:
    person = Interviewer("Anna Weber", honorific="ms", academic_title="dr", locale="de_DE")
    (note,) = engine(books(book("de"))).advise(interview(person, country="DE"), SAM).notes
    assert note.locale == Locale("de", "DE")
    assert note.body.startswith("Sehr geehrte Frau Dr. Weber,\n\nHallo am 20. November 2026")
    assert "Mit freundlichen Grüßen\nSam Rivera" in note.body


def test_a_country_variant_beats_the_language_and_falls_back_to_it() -> None:
    e = engine(
        books(book("de"), book("de_CH", opener="Grüezi am {date} zu {position} bei {company}."))
    )
    swiss = e.advise(interview(Interviewer("A B", locale="de-CH")), SAM).notes[0]
    austrian = e.advise(interview(Interviewer("A B", locale="de_AT")), SAM).notes[0]
    assert "Grüezi" in swiss.body
    assert "Hallo" in austrian.body
    assert austrian.locale == Locale("de", "AT")


def test_the_register_asked_for_wins_and_any_register_is_a_fallback() -> None:
    formal = book("de", opener="Förmlich am {date} zu {position} bei {company}.", register="formal")
    warm = book("de", opener="Herzlich am {date} zu {position} bei {company}.", register="warm")
    person = Interviewer("A B", locale="de")

    def register(value: Register) -> SimpleNamespace:
        def thankyou_expectations() -> Iterable[Expectation]:
            return [Expectation(None, "Register.", weight=50.0, register=value)]

        return plugin(thankyou_expectations=thankyou_expectations)

    e = engine(books(formal, warm), register(Register.WARM))
    assert "Herzlich" in e.advise(interview(person), SAM).notes[0].body
    e = engine(books(formal, warm), register(Register.NEUTRAL))
    assert "Förmlich" in e.advise(interview(person), SAM).notes[0].body


def test_two_plugins_with_the_same_phrasebook_are_named_both() -> None:
    first, second = books(book("de")), books(book("de"))
    e = Engine(plugins={"first": first, "second": second}, entry_points=False)
    with pytest.raises(PluginError, match="first") as caught:
        e.advise(interview(Interviewer("A B", locale="de")), SAM)
    assert "second" in str(caught.value)
    lenient = Engine(plugins={"first": first, "second": second}, entry_points=False, strict=False)
    advice = lenient.advise(interview(Interviewer("A B", locale="de")), SAM)
    assert "Hallo" in advice.notes[0].body
    assert any("'second'" in w and "'first'" in w for w in advice.warnings)


def test_phrasebooks_are_collected_once_per_engine_even_across_threads() -> None:
    calls: list[int] = []

    def thankyou_phrasebooks() -> Iterable[Phrasebook]:
        calls.append(1)
        return [book("de")]

    e = engine(plugin(thankyou_phrasebooks=thankyou_phrasebooks))
    threads = [
        threading.Thread(target=e.advise, args=(interview(Interviewer("A B", locale="de")), SAM))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    e.advise(interview(), SAM)
    assert calls == [1]


def test_a_failing_phrasebook_plugin_is_named_or_skipped() -> None:
    def thankyou_phrasebooks() -> Iterable[Phrasebook]:
        raise RuntimeError("boom")

    broken = plugin(thankyou_phrasebooks=thankyou_phrasebooks)
    with pytest.raises(PluginError, match="boom"):
        Engine(plugins={"broken": broken}, entry_points=False).advise(interview(), SAM)
    advice = Engine(plugins={"broken": broken}, entry_points=False, strict=False).advise(
        interview(), SAM
    )
    assert advice.notes  # English still drafts
    assert any("broken" in w for w in advice.warnings)


def test_a_language_no_phrasebook_writes_falls_back_with_a_warning() -> None:
    person = Interviewer("Aiko Sato", locale="ja_JP")
    advice = engine().advise(interview(person, country="JP"), SAM)
    (note,) = advice.notes
    assert note.locale.language == "en"
    assert note.body.startswith("Dear Aiko Sato,")
    assert any("Japanese" in w for w in advice.warnings)


def test_without_any_phrasebook_no_note_is_drafted_and_the_advice_says_so() -> None:
    e = Engine(entry_points=False, disable=["phrasebook-en"])
    advice = e.advise(interview(PANEL[0]), SAM)
    assert advice.notes == ()
    assert any("No phrasebook" in w for w in advice.warnings)


def test_an_opener_that_needs_an_unknown_value_is_not_used() -> None:
    needs_title = book("de", opener="Liebe {job_title}, danke für den {date}.")
    fine = book("de", opener="Danke für den {date}.", register="formal")
    with pytest.raises(PluginError, match=r"\{job_title\}"):
        engine(books(needs_title)).advise(interview(Interviewer("A B", locale="de")), SAM)
    with_title = Interviewer("A B", locale="de", job_title="Leiterin")
    (note,) = engine(books(needs_title, fine)).advise(interview(with_title), SAM).notes
    assert "Liebe Leiterin" in note.body


# --- industry phrases ----------------------------------------------------------------


def phrases(*items: Phrase) -> SimpleNamespace:
    def thankyou_phrases(interview: Interview) -> Iterable[Phrase]:
        return items

    return plugin(thankyou_phrases=thankyou_phrases)


def test_industry_phrases_in_the_notes_language_are_used() -> None:
    e = engine(
        phrases(
            Phrase("Your donors' trust is what I would want to earn first.", kind="interest"),
            Phrase("Ich würde gern Spender gewinnen.", kind="interest", locale="de"),
            Phrase("I would welcome a call about next steps.", kind="follow_up", locale="en_US"),
            Phrase("Only in Britain.", kind="interest", locale="en_GB"),
            Phrase("Warmly worded.", kind="interest", register="warm"),
        )
    )
    (note,) = e.advise(interview(PANEL[0]), SAM).notes
    assert "Your donors' trust is what I would want to earn first." in note.body
    assert "I would welcome a call about next steps." in note.body
    assert "Spender" not in note.body
    assert "Only in Britain." not in note.body
    assert "Warmly worded." not in note.body


def test_an_industry_highlight_sentence_carries_the_first_highlight() -> None:
    e = engine(
        phrases(
            Phrase("Talking about {highlight} made me think of my own donors.", kind="highlight")
        )
    )
    (note,) = e.advise(interview(PANEL[0]), SAM).notes
    assert (
        "Talking about how major donors are stewarded made me think of my own donors." in note.body
    )


# --- locale choice -------------------------------------------------------------------


def test_the_interviewers_locale_wins() -> None:
    person = Interviewer("A B", locale="fr-CA")
    assert note_locale(person, interview(country="DE"), SAM) == Locale("fr", "CA")


def test_an_official_language_the_candidate_writes_in_the_employers_variant() -> None:
    assert note_locale(None, interview(country="GB"), SAM) == Locale("en", "GB")
    french = Candidate("Léa Martin", "fr_FR")
    assert note_locale(None, interview(country="CH"), french) == Locale("fr", "CH")
    assert note_locale(None, interview(country="CA"), french) == Locale("fr", "CA")


def test_otherwise_the_candidates_locale() -> None:
    assert note_locale(None, interview(country="DE"), SAM) == Locale("en", "US")


def test_official_languages_come_from_babel_territory_data() -> None:
    assert [lang for lang, _ in official_languages("CH")][:2] == ["de", "gsw"]
    assert ("zh", "Hant") in official_languages("TW")
    assert "es" not in [lang for lang, _ in official_languages("US")]  # regional only


@pytest.mark.parametrize(
    ("given", "chain"),
    [
        ("de_AT", ("de_AT", "de")),
        ("de-CH", ("de_CH", "de")),
        ("en_NZ", ("en_NZ", "en_001", "en")),
        ("es-MX", ("es_MX", "es_419", "es")),
        ("zh_TW", ("zh_Hant_TW", "zh_TW", "zh_Hant")),
    ],
)
def test_fallbacks_go_from_the_variant_to_the_language(given: str, chain: tuple[str, ...]) -> None:
    found = fallbacks(parse_locale(given))
    assert [k for k in found if "Latn" not in k] == list(chain)
    if given.startswith("zh_TW"):
        assert "zh" not in found  # never Simplified for a Traditional reader


def test_bad_locale_is_refused_with_the_field() -> None:
    with pytest.raises(InvalidInput, match="Interviewer.locale"):
        Interviewer("A B", locale="xx-QQ-nonsense")


def test_salutation_keys_follow_the_documented_order() -> None:
    anna = Interviewer("Anna Weber", honorific="ms", academic_title="dr")
    assert salutation_keys(anna) == ("ms+dr", "dr", "ms", "name", "team")
    assert salutation_keys(Interviewer("Anna Weber")) == ("name", "team")
    assert salutation_keys(None) == ("team",)


def test_draft_works_on_a_recommendation_you_already_have() -> None:
    e = engine()
    iv = interview(*PANEL[:2])
    recommendation = e.recommend(iv, SAM)
    notes = e.draft(iv, SAM, recommendation, channel="handwritten")
    assert [n.recipient for n in notes] == list(PANEL[:2])
    assert {n.channel for n in notes} == {Channel.HANDWRITTEN}
    # advise() drafts the same notes, then proofreads them.
    advised = e.advise(iv, SAM, channel="handwritten", now=recommendation.send_after).notes
    assert [attrs.evolve(n, findings=()) for n in notes] == [
        attrs.evolve(n, findings=()) for n in advised
    ]
    with pytest.raises(InvalidInput, match="recommendation"):
        e.draft(iv, SAM, "recommended")  # type: ignore[arg-type]


def test_the_short_optional_note_still_names_what_was_discussed() -> None:
    advice = engine(stance(Verdict.UNUSUAL)).advise(interview(PANEL[0]), SAM)
    (note,) = advice.notes
    assert PANEL[0].highlights[0] in note.body
    assert "Harbor Food Bank" in note.body


def test_the_composer_draws_on_every_template_list_of_a_phrasebook() -> None:
    from thankyou._compose import _POOLS

    assert sorted(_POOLS) == sorted(Phrasebook.TEMPLATE_LISTS)
