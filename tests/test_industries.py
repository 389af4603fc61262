"""The first-party industry plugins: declarations, verdicts, channels, silence, sources.

Verdict tests use ``Engine(plugins={key: module}, entry_points=False)``: the
industry plugin plus the core baseline, so that country plugins cannot move
them. One end-to-end test uses the default engine with every installed plugin.
"""

from __future__ import annotations

import ast
import importlib
import tomllib
from datetime import datetime
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from thankyou import (
    Candidate,
    Channel,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    Phrase,
    Recommendation,
    ThankYouError,
    Verdict,
    from_dict,
)
from thankyou.hookspecs import hookimpl
from thankyou.testing import validate_plugin

ROOT = Path(__file__).parent.parent
PLUGINS_DIR = ROOT / "plugins"
PACKAGE = "thankyou_plugins.industries"

KEYS = (
    "academia",
    "consulting",
    "creative",
    "customer-service",
    "finance",
    "fundraising",
    "government",
    "healthcare",
    "hospitality",
    "k12-education",
    "law",
    "retail",
    "sales",
    "technology",
)
NY = ZoneInfo("America/New_York")
#: A Wednesday afternoon, so no weekend or holiday moves a deadline.
WHEN = datetime(2026, 11, 18, 15, 30, tzinfo=NY)
CANDIDATE = Candidate("Sam Rivera", "en_US", email="sam@example.com")


def module(key: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{key.replace('-', '_')}")


def engine_for(key: str) -> Engine:
    """The industry plugin and the core baseline, nothing else."""
    return Engine(plugins={key: module(key)}, entry_points=False)


def person(n: int, **overrides: Any) -> Interviewer:
    fields: dict[str, Any] = {"name": f"Alex Morgan{n}", "email": f"alex{n}@example.com"}
    fields.update(overrides)
    return Interviewer(**fields)


def interview(industry: str | None, **overrides: Any) -> Interview:
    fields: dict[str, Any] = {
        "company": "Harbor Works",
        "position": "Senior Manager",
        "when": WHEN,
        "country": "US",
        "industry": industry,
        "interviewers": (person(1),),
    }
    fields.update(overrides)
    return Interview(**fields)


def recommend(key: str, **overrides: Any) -> Recommendation:
    return engine_for(key).recommend(interview(key, **overrides), CANDIDATE)


def own(key: str, **overrides: Any) -> list[Expectation]:
    """What the plugin itself returns for an interview in its industry."""
    return list(module(key).thankyou_expectations(interview(key, **overrides)))


# --- declarations -----------------------------------------------------------


def test_engine_lists_every_first_party_industry() -> None:
    listed = {industry.key for industry in Engine().industries()}
    assert set(KEYS) <= listed
    assert len(listed) >= 14


@pytest.mark.parametrize("key", KEYS)
def test_registered_as_an_entry_point_named_for_its_industry(key: str) -> None:
    found = [ep for ep in entry_points(group="thankyou") if ep.name == key]
    assert [ep.value for ep in found] == [f"{PACKAGE}.{key.replace('-', '_')}"]
    (declared,) = module(key).thankyou_industries()
    assert declared.key == key
    assert declared.aliases


@pytest.mark.parametrize("key", KEYS)
def test_plugin_passes_the_plugin_validator(key: str) -> None:
    assert validate_plugin(module(key), name=key) == []


@pytest.mark.parametrize("key", KEYS)
def test_aliases_resolve_to_the_key_in_any_case(key: str) -> None:
    engine = Engine()
    (declared,) = module(key).thankyou_industries()
    for word in (key, *declared.aliases):
        for spelled in (word, word.upper(), f"  {word.title()} "):
            assert engine.resolve(interview(spelled)).industry == key


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("nonprofit", "fundraising"),
        ("NGO", "fundraising"),
        ("non-profit", "fundraising"),
        ("development", "fundraising"),
        ("software", "technology"),
        ("tech", "technology"),
        ("IT", "technology"),
        ("banking", "finance"),
        ("nursing", "healthcare"),
        ("law firm", "law"),
        ("teacher", "k12-education"),
        ("public sector", "government"),
        ("hotel", "hospitality"),
        ("customer support", "customer-service"),
    ],
)
def test_common_names_reach_the_right_industry(alias: str, key: str) -> None:
    assert Engine().resolve(interview(alias)).industry == key


def test_a_misspelt_industry_fails_with_a_suggestion() -> None:
    with pytest.raises(ThankYouError, match="fundraising"):
        Engine().recommend(interview("fundrasing"), CANDIDATE)


# --- sources and silence ----------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_every_expectation_is_cited_and_weak_ones_weigh_little(key: str) -> None:
    seen: list[Expectation] = []
    for stage in ("screening", "first", "final"):
        for panel in (1, 2, 5):
            for fmt in ("onsite", "phone"):
                seen += own(
                    key,
                    stage=stage,
                    format=fmt,
                    interviewers=tuple(person(i, email=None) for i in range(panel)),
                    company="Lakeside Community College",
                    country="GB",
                )
                seen += own(key, stage=stage, format=fmt)
    assert any(e.stance is not None for e in seen), "no stance at all"
    for exp in seen:
        assert exp.source, f"{key}: uncited: {exp.reason}"
        if "weak" in exp.reason:
            assert exp.weight <= 0.5, f"{key}: weak source weighs {exp.weight}: {exp.reason}"


@pytest.mark.parametrize("key", KEYS)
def test_reasons_name_the_plugin_and_its_source(key: str) -> None:
    rec = recommend(key)
    mine = [r for r in rec.reasons if r.plugin == key]
    assert mine
    assert all(r.source for r in mine)
    assert key in rec.decided_by("verdict")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("other", [*KEYS, None])
def test_says_nothing_about_other_industries(key: str, other: str | None) -> None:
    if other == key:
        return
    plugin = module(key)
    assert list(plugin.thankyou_expectations(interview(other))) == []
    assert list(plugin.thankyou_phrases(interview(other))) == []


@pytest.mark.parametrize("key", KEYS)
def test_phrases_for_drafts(key: str) -> None:
    phrases = list(module(key).thankyou_phrases(interview(key)))
    assert any(p.locale.language == "en" for p in phrases)
    for phrase in phrases:
        assert isinstance(phrase, Phrase)
        assert phrase.source
        if phrase.kind == "highlight":
            assert "{highlight}" in phrase.text


def test_industry_sentences_say_what_the_issue_asks() -> None:
    fundraising = " ".join(
        p.text
        for p in module("fundraising").thankyou_phrases(interview("fundraising"))
        if p.locale.language == "en"
    )
    assert "mission" in fundraising
    assert "donor" in fundraising
    sales = list(module("sales").thankyou_phrases(interview("sales")))
    assert any(p.kind == "follow_up" and "next step" in p.text for p in sales)


# --- verdicts for typical US interviews ---------------------------------------

TYPICAL = [
    ("fundraising", "first", {Verdict.EXPECTED}),
    ("fundraising", "final", {Verdict.EXPECTED}),
    ("sales", "first", {Verdict.EXPECTED}),
    ("sales", "final", {Verdict.EXPECTED}),
    ("hospitality", "first", {Verdict.EXPECTED}),
    ("customer-service", "first", {Verdict.RECOMMENDED}),
    ("finance", "first", {Verdict.RECOMMENDED}),
    ("law", "final", {Verdict.EXPECTED}),
    ("law", "first", {Verdict.RECOMMENDED}),
    ("law", "screening", {Verdict.OPTIONAL}),
    ("technology", "first", {Verdict.RECOMMENDED, Verdict.OPTIONAL}),
    ("technology", "screening", {Verdict.RECOMMENDED, Verdict.OPTIONAL}),
    ("academia", "first", {Verdict.RECOMMENDED, Verdict.OPTIONAL}),
    ("government", "first", {Verdict.RECOMMENDED}),
    ("healthcare", "first", {Verdict.RECOMMENDED}),
    ("creative", "first", {Verdict.RECOMMENDED, Verdict.OPTIONAL}),
    ("consulting", "first", {Verdict.RECOMMENDED}),
    ("k12-education", "first", {Verdict.RECOMMENDED}),
    ("retail", "first", {Verdict.RECOMMENDED}),
]


@pytest.mark.parametrize(("key", "stage", "verdicts"), TYPICAL)
def test_verdict_for_a_typical_us_interview(key: str, stage: str, verdicts: set[Verdict]) -> None:
    assert recommend(key, stage=stage).verdict in verdicts


@pytest.mark.parametrize("key", ["fundraising", "sales"])
def test_expected_industries_outweigh_the_baseline_with_margin(key: str) -> None:
    rec = recommend(key)
    assert rec.verdict is Verdict.EXPECTED
    # A further RECOMMENDED voice of weight 1 (a country plugin, say) keeps it EXPECTED.
    assert (rec.score * 4 + 1) / 5 >= 1.5


@pytest.mark.parametrize(
    ("key", "channel"),
    [
        ("fundraising", Channel.EMAIL),
        ("sales", Channel.EMAIL),
        ("technology", Channel.EMAIL),
        ("hospitality", Channel.EMAIL),
        ("finance", Channel.EMAIL),
        ("k12-education", Channel.HANDWRITTEN),
    ],
)
def test_channel_for_a_typical_us_interview(key: str, channel: Channel) -> None:
    assert recommend(key).channel is channel


def test_law_callback_is_expected_with_a_handwritten_card() -> None:
    rec = recommend("law", stage="final")
    assert rec.verdict is Verdict.EXPECTED
    assert rec.channel is Channel.HANDWRITTEN
    assert "law" in rec.decided_by("channel")
    cards = [r for r in rec.reasons if r.plugin == "law" and "channel" in r.about]
    assert any("handwritten card" in r.text for r in cards)
    assert all(r.source for r in cards)


class EmailCountry:
    """A stand-in country plugin that prefers e-mail as strongly as the US one does."""

    @hookimpl
    def thankyou_expectations(self, interview: Interview) -> list[Expectation]:
        return [
            Expectation(
                Verdict.RECOMMENDED,
                "E-mail is the norm here.",
                weight=1.5,
                source="test",
                channel=Channel.EMAIL,
            )
        ]


def test_law_callback_card_survives_a_country_that_prefers_email() -> None:
    engine = Engine(plugins={"law": module("law"), "country": EmailCountry()}, entry_points=False)
    rec = engine.recommend(interview("law", stage="final"), CANDIDATE)
    assert rec.verdict is Verdict.EXPECTED
    assert rec.channel is Channel.HANDWRITTEN


def test_law_callback_with_several_lawyers_varies_each_note() -> None:
    alone = own("law", stage="final")
    panel = own("law", stage="final", interviewers=(person(1), person(2), person(3)))
    added = [e for e in panel if e not in alone]
    assert len(added) == 1
    assert "recruiting coordinator" in added[0].reason


def test_law_screening_needs_only_a_brief_email() -> None:
    rec = recommend("law", stage="screening")
    assert rec.verdict is Verdict.OPTIONAL
    assert rec.channel is Channel.EMAIL


def test_technology_says_the_note_rarely_decides() -> None:
    rec = recommend("technology")
    assert rec.verdict in (Verdict.RECOMMENDED, Verdict.OPTIONAL)
    assert any(r.plugin == "technology" and "rarely decides" in r.text for r in rec.reasons)


def test_technology_routes_through_the_recruiter_when_no_address_is_known() -> None:
    known = own("technology")
    unknown = own("technology", interviewers=(person(1, email=None),))
    assert not any("recruiter" in e.reason for e in known)
    assert any("recruiter" in e.reason for e in unknown)


def test_sales_wants_the_note_the_same_day() -> None:
    rec = recommend("sales")
    assert rec.send_by.date() == WHEN.date()
    assert "sales" in rec.decided_by("send_by")


def test_k12_sends_email_after_a_phone_interview() -> None:
    assert recommend("k12-education", format="phone").channel is Channel.EMAIL
    assert recommend("k12-education", format="onsite").channel is Channel.HANDWRITTEN


@pytest.mark.parametrize(
    ("key", "word"),
    [("hospitality", "highest-ranking"), ("government", "same kind"), ("academia", "chair")],
)
def test_panel_advice_only_for_panels(key: str, word: str) -> None:
    assert not any(word in e.reason for e in own(key))
    assert any(word in e.reason for e in own(key, interviewers=(person(1), person(2))))


def test_academia_recommends_a_note_at_community_colleges() -> None:
    university = recommend("academia", company="State University")
    college = recommend("academia", company="Lakeside Community College")
    assert college.score > university.score


def test_creative_warns_against_designed_cards_in_the_uk() -> None:
    assert not any(e.channel for e in own("creative", country="US"))
    assert [e.channel for e in own("creative", country="GB") if e.channel] == [Channel.EMAIL]


# --- end to end ---------------------------------------------------------------


def test_bundled_example_is_expected_with_the_default_engine() -> None:
    data = tomllib.loads((ROOT / "examples" / "us-fundraising.toml").read_text("utf-8"))
    job = from_dict(Interview, data["interview"])
    person_ = from_dict(Candidate, data["candidate"])
    assert job.industry == "fundraising"
    rec = Engine().recommend(job, person_)
    assert rec.verdict is Verdict.EXPECTED
    assert any(r.plugin == "fundraising" and r.source for r in rec.reasons)


# --- public API only ------------------------------------------------------------


def private_imports(source: str) -> list[str]:
    """Every import of a private name of ``thankyou`` in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "thankyou":
                continue
            if any(p.startswith("_") for p in parts[1:]):
                found.append(f"from {node.module} import ...")
            elif node.module == "thankyou":
                found += [
                    f"from thankyou import {a.name}" for a in node.names if a.name.startswith("_")
                ]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "thankyou" and any(p.startswith("_") for p in parts[1:]):
                    found.append(f"import {alias.name}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "from thankyou._model import Verdict",
        "from thankyou._x.y import z",
        "import thankyou._engine",
        "import thankyou._engine as e",
        "from thankyou import Verdict, _now",
        "def f():\n    from thankyou._decide import decide\n",
    ],
)
def test_the_private_import_scan_catches(source: str) -> None:
    assert private_imports(source)


def test_the_private_import_scan_allows_public_names() -> None:
    source = (
        "from thankyou import Verdict\nfrom thankyou.hookspecs import hookimpl\nimport thankyou\n"
    )
    assert private_imports(source) == []


def test_plugins_import_only_public_names_of_thankyou() -> None:
    modules = sorted(PLUGINS_DIR.rglob("*.py"))
    assert len(modules) >= 15
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in modules
        if (found := private_imports(path.read_text("utf-8")))
    }
    assert offenders == {}
