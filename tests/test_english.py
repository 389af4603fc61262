"""The core's English phrasebooks (plugin ``phrasebook-en``): forms, variants, prose."""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from thankyou import Candidate, Channel, Engine, Interview, Interviewer, Phrasebook, Severity
from thankyou import _english as english
from thankyou._phrasebook import PLACEHOLDERS

WHEN = datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("America/New_York"))
SAM = Candidate("Sam Rivera", "en_US", signature=["sam.rivera@example.com", "+1 555 0100"])
ENGINE = Engine(entry_points=False)


def draft(person: Interviewer | None, channel: Channel = Channel.EMAIL, **kw: object) -> str:
    fields: dict[str, object] = {
        "company": "Harbor Food Bank",
        "position": "Major Gifts Officer",
        "when": WHEN,
        "country": "US",
        "interviewers": [person] if person else [],
        "highlights": ["the spring capital campaign for the new warehouse"],
    }
    fields.update(kw)
    (note,) = ENGINE.advise(Interview(**fields), SAM, channel=channel).notes  # type: ignore[arg-type]
    return note.body


@pytest.mark.parametrize(
    ("honorific", "title", "us", "gb"),
    [
        ("ms", None, "Dear Ms. Weber,", "Dear Ms Weber,"),
        ("mr", None, "Dear Mr. Weber,", "Dear Mr Weber,"),
        ("mx", None, "Dear Mx. Weber,", "Dear Mx Weber,"),
        (None, "dr", "Dear Dr. Weber,", "Dear Dr Weber,"),
        (None, "prof", "Dear Professor Weber,", "Dear Professor Weber,"),
        ("ms", "dr", "Dear Dr. Weber,", "Dear Dr Weber,"),
        ("mr", "prof", "Dear Professor Weber,", "Dear Professor Weber,"),
        (None, None, "Dear Anna Weber,", "Dear Anna Weber,"),
    ],
)
def test_forms_of_address(honorific: str | None, title: str | None, us: str, gb: str) -> None:
    for locale, expected in (("en_US", us), ("en_GB", gb), ("en_AU", gb), ("en_NZ", gb)):
        person = Interviewer("Anna Weber", honorific=honorific, academic_title=title, locale=locale)
        for channel in Channel:
            assert draft(person, channel).startswith(expected + "\n"), (locale, channel)


def test_india_writes_the_abbreviation_with_a_full_stop() -> None:
    person = Interviewer("Anna Weber", honorific="ms", locale="en_IN")
    assert draft(person).startswith("Dear Ms. Weber,\n")


def test_the_family_name_given_is_used_as_given() -> None:
    person = Interviewer("María José García López", honorific="ms", family_name="García López")
    assert draft(person).startswith("Dear Ms. García López,\n")


def test_nothing_is_guessed_from_a_first_name() -> None:
    assert draft(Interviewer("Anna Weber")).startswith("Dear Anna Weber,\n")


def test_unknown_recipient_is_the_hiring_team() -> None:
    assert draft(None).startswith("Dear Hiring Team,\n")
    assert draft(None, country="GB").startswith("Dear Hiring Team,\n")


def sign_offs(locale: str) -> set[str]:
    found = set()
    for i in range(12):
        person = Interviewer(f"Person{'abcdefghijkl'[i]} Weber", locale=locale)
        body = draft(person, company=f"Company {i}")
        found.add(body.split("\n\n")[-1].split("\n")[0])
    return found


def test_sign_offs_follow_the_variant() -> None:
    assert sign_offs("en_US") <= {"Best regards,", "Sincerely,", "With best regards,"}
    assert sign_offs("en_GB") <= {"Kind regards,", "Best wishes,", "With kind regards,"}
    assert "Kind regards," in sign_offs("en_GB")
    assert len(sign_offs("en_US")) >= 2


def test_the_employers_country_picks_the_variant() -> None:
    body = draft(Interviewer("Anna Weber", honorific="ms"), country="GB")
    assert body.startswith("Dear Ms Weber,")
    assert "20 November 2026" in body


# --- the phrasebooks themselves ------------------------------------------------------


def test_every_variant_offers_enough_alternatives() -> None:
    for book in english.PHRASEBOOKS:
        assert len(book.openers) >= 3
        assert len(book.highlights) >= 3
        assert len(book.interest) >= 3
        assert len(book.closers) >= 3
        assert len(book.sign_offs) >= 2
        assert len(book.subjects) >= 3
        for short in (
            book.short_openers,
            book.short_highlights,
            book.short_interest,
            book.short_closers,
        ):
            assert len(short) >= 3


def test_the_plugin_returns_the_variants_for_each_locale_once() -> None:
    books = list(english.thankyou_phrasebooks())
    assert all(isinstance(b, Phrasebook) for b in books)
    keys = [str(b.locale) for b in books]
    assert sorted(keys) == ["en", "en_001", "en_AU", "en_GB", "en_IN"]


def templates() -> list[str]:
    found = []
    for book in english.PHRASEBOOKS:
        for name in Phrasebook.TEMPLATE_LISTS:
            found.extend(getattr(book, name))
        found.extend(t for _, t in book.salutations)
    return sorted(set(found))


SENTENCE_POOLS = ("openers", "highlights", "interest", "fits", "follow_ups", "closers")

#: Gushing, slang and stock phrases a careful writer leaves out.
CLICHES = (
    "thrilled",
    "passionate",
    "amazing",
    "awesome",
    "super ",
    "truly",
    "incredibly",
    "dream job",
    "touch base",
    "reach out",
    "hit the ground",
    "synergy",
    "rockstar",
    "ninja",
    "thanks a lot",
    "perfect fit",
    "!",
)
#: Words spelled differently in the US and Britain: the shared sentences avoid them.
VARIANT_SPELLINGS = re.compile(
    r"\b(organi[sz]\w*|programme|program|favou?r\w*|cent(er|re)|colou?r|behaviou?r|"
    r"recogni[sz]\w*|reali[sz]\w*|analy[sz]\w*|honou?r\w*|practi[cs]e)\b",
    re.IGNORECASE,
)


def test_templates_are_clean_prose() -> None:
    for template in templates():
        lowered = template.casefold()
        for cliche in CLICHES:
            assert cliche not in lowered, (cliche, template)
        assert "  " not in template
        assert not VARIANT_SPELLINGS.search(template), template
        for name in re.findall(r"\{(\w+)\}", template):
            assert name in PLACEHOLDERS


def test_sentences_are_whole_sentences() -> None:
    for book in english.PHRASEBOOKS:
        for name in (*SENTENCE_POOLS, "short_openers", "short_highlights", "short_interest"):
            for sentence in getattr(book, name):
                assert sentence[0].isupper(), sentence
                assert sentence.endswith("."), sentence
        for sign_off in book.sign_offs:
            assert sign_off.endswith(",")


def test_every_word_is_spelled_correctly() -> None:
    spellchecker = pytest.importorskip("spellchecker")
    checker = spellchecker.SpellChecker()
    words = {
        w.casefold()
        for t in templates()
        for w in re.findall(r"[A-Za-z']+", re.sub(r"\{\w+\}", " ", t))
    }
    assert checker.unknown(words) - {"mx"} == set()  # Mx: the honorific


def test_highlight_sentences_carry_the_highlight() -> None:
    for book in english.PHRASEBOOKS:
        for sentence in (*book.highlights, *book.short_highlights):
            assert "{highlight}" in sentence


def test_openers_name_position_company_and_date() -> None:
    for book in english.PHRASEBOOKS:
        for sentence in (*book.openers, *book.short_openers):
            assert {"{position}", "{company}", "{date}"} <= set(re.findall(r"\{\w+\}", sentence))
            # US style needs a comma after the year inside a sentence; a date at
            # the end of a clause reads right in every variant.
            after = sentence.split("{date}", 1)[1]
            assert after[:1] in (".", ",", ";"), sentence


@pytest.mark.parametrize("size", [1, 3, 6])
@pytest.mark.parametrize("channel", list(Channel))
def test_drafts_read_cleanly(size: int, channel: Channel) -> None:
    people = [
        Interviewer(f"{n} Weber", highlights=[f"the {n.lower()} report"])
        for n in ("Anna", "Ben", "Cleo", "Dev", "Eli", "Fay")[:size]
    ]
    interview = Interview(
        "Harbor Food Bank",
        "Major Gifts Officer",
        WHEN,
        "US",
        interviewers=people,
        highlights=["the spring capital campaign", "volunteer recruitment"],
    )
    for note in ENGINE.advise(interview, SAM, channel=channel).notes:
        words = re.findall(r"\w+", note.body.casefold())
        assert all(a != b for a, b in itertools.pairwise(words)), note.body
        sentences = re.split(r"(?<=[.;])\s+", note.body)
        assert len(sentences) == len(set(sentences)), note.body
        assert ". ." not in note.body
        assert ".." not in note.body


def test_drafts_pass_the_proofreader_when_it_exists() -> None:
    check = getattr(ENGINE, "check", None)
    if check is None:
        pytest.skip("proofreading is not built yet")
    interview = Interview(
        "Harbor Food Bank",
        "Major Gifts Officer",
        WHEN,
        "US",
        interviewers=[
            Interviewer("Dana Whitfield", honorific="ms", highlights=["donor care"]),
            Interviewer("Lee Park", academic_title="dr"),
            Interviewer("Ines Duarte", honorific="mx", locale="en_GB"),
        ],
        highlights=["the spring capital campaign"],
    )
    for channel in Channel:
        for note in ENGINE.advise(interview, SAM, channel=channel).notes:
            findings = check(
                note.text,
                interview,
                SAM,
                recipient=note.recipient,
                channel=channel,
                now=WHEN + timedelta(hours=3),
            )
            assert [f for f in findings if f.severity is not Severity.INFO] == [], findings
