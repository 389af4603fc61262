"""Explanations in the app's language: labels and reasons in a caller's ui_locale."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

import thankyou
from thankyou import (
    Candidate,
    Catalog,
    Channel,
    Engine,
    Expectation,
    Interview,
    Interviewer,
    InvalidInput,
    PluginError,
    Reason,
    Recommendation,
    Register,
    Verdict,
    _i18n,
    hookimpl,
)
from thankyou.testing import make_candidate, make_interview, make_interviewer

ROOT = Path(__file__).parent.parent
CORE_LOCALE = ROOT / "src" / "thankyou" / "locale"
PLUGINS_LOCALE = ROOT / "plugins" / "thankyou_plugins" / "locale"
NY = ZoneInfo("America/New_York")
REQUIRED_UI_LOCALES = {"en", "de", "fr", "es", "ja"}
SLOT = re.compile(r"\{([a-z_]+)\}")


def shipped_catalogs() -> list[Path]:
    return sorted([*CORE_LOCALE.rglob("*.po"), *PLUGINS_LOCALE.rglob("*.po")])


def core_only() -> Engine:
    return Engine(entry_points=False)


# --- the catalogs themselves ----------------------------------------------------


def test_the_core_ships_ui_catalogs_for_at_least_en_de_fr_es_ja() -> None:
    assert set(thankyou.ui_locales()) >= REQUIRED_UI_LOCALES


@pytest.mark.parametrize("language", sorted(REQUIRED_UI_LOCALES))
def test_every_ui_locale_loads_a_real_catalog_not_babels_silent_fallback(language: str) -> None:
    loaded = _i18n._read(_i18n.LOCALE_DIR, _i18n.DOMAIN, Locale.parse(language))
    assert isinstance(loaded, Translations)
    assert loaded.info()["language"] == language
    # A message every catalog must have, translated (English maps to itself).
    assert (
        loaded.upgettext("verdict", "Do not send")
        == {
            "en": "Do not send",
            "de": "Nicht senden",
            "fr": "Ne pas envoyer",
            "es": "No enviar",
            "ja": "送付しない",
        }[language]
    )


@pytest.mark.parametrize("po", shipped_catalogs(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_shipped_message_is_untranslated_fuzzy_or_loses_a_placeholder(po: Path) -> None:
    with po.open("rb") as fp:
        catalog = read_po(fp)
    assert not catalog.fuzzy, f"{po}: the header is marked fuzzy"
    for message in catalog:
        if not message.id:
            continue
        assert isinstance(message.id, str)
        assert isinstance(message.string, str)
        assert message.string.strip(), f"{po}: {message.id!r} is untranslated"
        assert not message.fuzzy, f"{po}: {message.id!r} is fuzzy"
        assert set(SLOT.findall(message.string)) == set(SLOT.findall(message.id)), (
            f"{po}: {message.id!r} and its translation name different placeholders"
        )


@pytest.mark.parametrize("language", sorted(REQUIRED_UI_LOCALES))
def test_each_core_catalog_translates_every_message_of_the_template(language: str) -> None:
    with (CORE_LOCALE / "thankyou.pot").open("rb") as fp:
        template = {(m.context, m.id) for m in read_po(fp) if m.id}
    with (CORE_LOCALE / language / "LC_MESSAGES" / "thankyou.po").open("rb") as fp:
        translated = {(m.context, m.id) for m in read_po(fp) if m.id and m.string}
    assert template - translated == set()


def test_the_template_holds_every_core_reason_and_label() -> None:
    # Extraction found the baseline's Expectation literals and the marked messages.
    from thankyou import _baseline

    with (CORE_LOCALE / "thankyou.pot").open("rb") as fp:
        ids = {m.id for m in read_po(fp) if m.id}
    reasons = {e.reason for e in vars(_baseline).values() if isinstance(e, Expectation)}
    reasons |= {
        e.reason
        for value in vars(_baseline).values()
        if isinstance(value, tuple)
        for e in value
        if isinstance(e, Expectation)
    }
    assert reasons, "the baseline's reasons were not found"
    assert reasons <= ids
    assert "The deadline skips days the office is closed: {days}." in ids
    assert "Do not send" in ids


# --- labels ---------------------------------------------------------------------


def test_labels_in_each_language() -> None:
    assert thankyou.label(Verdict.RECOMMENDED) == "Recommended"
    assert thankyou.label(Verdict.RECOMMENDED, "de") == "Empfohlen"
    assert thankyou.label(Verdict.DO_NOT_SEND, "fr") == "Ne pas envoyer"
    assert thankyou.label(Channel.HANDWRITTEN, "es") == "Tarjeta manuscrita"
    assert thankyou.label(Channel.EMAIL, "ja") == "メール"
    assert thankyou.label(Register.FORMAL, "de-AT") == "Förmlich"  # de_AT -> de
    assert thankyou.label(Register.WARM, Locale("fr", "CA")) == "Chaleureux"


def test_every_label_is_translated_in_every_ui_locale() -> None:
    values = [*Verdict, *Channel, *Register]
    for language in REQUIRED_UI_LOCALES - {"en"}:
        labels = [thankyou.label(v, language) for v in values]
        english = [thankyou.label(v) for v in values]
        untranslated = [e for e, t in zip(english, labels, strict=True) if e == t]
        # Words German and Spanish share with English.
        assert set(untranslated) <= {"Neutral", "Optional", "Formal"}, (language, untranslated)
        assert len(set(labels)) == len(labels), f"{language}: two labels read the same"


def test_label_refuses_what_is_not_a_verdict_channel_or_register() -> None:
    with pytest.raises(InvalidInput) as caught:
        thankyou.label("recommended", "de")  # type: ignore[arg-type]
    assert caught.value.field == "value"


# --- advise in a ui_locale ---------------------------------------------------------


def test_advise_in_german_translates_the_core_and_baseline_reasons() -> None:
    rec = core_only().advise(make_interview(), make_candidate(), ui_locale="de").recommendation
    texts = {r.text for r in rec.reasons if r.plugin == "baseline"}
    assert (
        "Schicken Sie Ihre Nachricht innerhalb von 24 Stunden nach dem Gespräch, solange es "
        "noch frisch in Erinnerung ist."
    ) in texts
    english = core_only().advise(make_interview(), make_candidate()).recommendation
    assert [r.untranslated for r in rec.reasons] == [r.text for r in english.reasons]
    assert all(r.untranslated is None for r in english.reasons)
    # Everything but the words is the same advice.
    assert (rec.verdict, rec.send_by, rec.channel, rec.register) == (
        english.verdict,
        english.send_by,
        english.channel,
        english.register,
    )


def test_preference_caller_and_calendar_reasons_in_german() -> None:
    thanksgiving_eve = datetime(2026, 11, 25, 14, 0, tzinfo=NY)
    interview = make_interview(when=thanksgiving_eve, preference="appreciates_handwritten")
    rec = core_only().recommend(interview, make_candidate(), channel="linkedin", ui_locale="de")
    by_plugin = {r.plugin: r for r in rec.reasons}
    assert by_plugin["caller"].text == (
        "Sie haben sich für eine LinkedIn-Nachricht entschieden; ohne diese Vorgabe würde "
        "eine handschriftliche Karte empfohlen."
    )
    assert by_plugin["caller"].untranslated == (
        "You chose a LinkedIn message; without that choice the advice would be a handwritten card."
    )
    assert by_plugin["preference"].text == (
        "Die zuständige Führungskraft schätzt bekanntermaßen handschriftliche Karten."
    )
    calendar = by_plugin["calendar"].text
    assert calendar.startswith("Die Frist überspringt Tage, an denen das Büro geschlossen ist: ")
    # The date as a German writes it; the US holiday keeps the name it has in English.
    assert "26.11.2026 (Thanksgiving Day)" in calendar
    assert by_plugin["calendar"].untranslated is not None
    assert "2026-11-26 (Thanksgiving Day)" in by_plugin["calendar"].untranslated


def test_closed_days_are_written_the_locales_way_with_holiday_names_in_that_language() -> None:
    christmas_eve = datetime(2026, 12, 24, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    interview = make_interview(country="DE", when=christmas_eve)
    said = {
        language: next(
            r.text
            for r in core_only().recommend(interview, make_candidate(), ui_locale=language).reasons
            if r.plugin == "calendar"
        )
        for language in (None, "en", "de", "ja")
    }
    assert (
        said[None]
        == said["en"]
        == (
            "The deadline skips days the office is closed: 2026-12-25 (Christmas Day), "
            "2026-12-26 (Second Day of Christmas), and 2026-12-27."
        )
    )
    assert said["de"] == (
        "Die Frist überspringt Tage, an denen das Büro geschlossen ist: 25.12.2026 "
        "(Erster Weihnachtstag), 26.12.2026 (Zweiter Weihnachtstag) und 27.12.2026."
    )
    assert said["ja"].startswith("期限の計算では、次の休業日を除いています：2026/12/25（")  # noqa: RUF001


def test_no_follow_up_and_channel_reasons_in_french_spanish_and_japanese() -> None:
    interview = make_interview(preference="no_follow_up")
    said = {
        language: core_only().recommend(interview, make_candidate(), ui_locale=language)
        for language in ("fr", "es", "ja")
    }
    assert said["fr"].reasons[0].text.startswith("La personne qui recrute a fait savoir")
    assert said["es"].reasons[0].text.startswith("La persona responsable de la contratación")
    assert said["ja"].reasons[0].text == (
        "採用担当者は面接後の連絡を望まないと伝えています。これはどの慣習よりも優先されます。"
    )
    emailed = core_only().recommend(
        make_interview(preference="prefers_email"), make_candidate(), ui_locale="es"
    )
    assert emailed.reasons[0].text == (
        "Se sabe que la persona responsable de la contratación prefiere recibir el "
        "agradecimiento por correo electrónico."
    )


def test_a_locale_without_a_catalog_reads_in_english() -> None:
    english = core_only().advise(make_interview(), make_candidate()).recommendation
    italian = core_only().advise(make_interview(), make_candidate(), ui_locale="it")
    assert italian.recommendation.reasons == english.reasons
    assert thankyou.label(Verdict.UNUSUAL, "it") == "Unusual"
    assert "it" not in thankyou.ui_locales()


def test_english_ui_locale_changes_nothing() -> None:
    english = core_only().advise(make_interview(), make_candidate()).recommendation
    for language in ("en", "en-GB", "en_US"):
        again = core_only().advise(make_interview(), make_candidate(), ui_locale=language)
        assert again.recommendation.reasons == english.reasons


@pytest.mark.parametrize(
    ("given", "hint"),
    [("dee", "did you mean 'de'"), ("fr-XX", "'fr"), ("klingon", ""), ("", "")],
)
def test_an_unknown_ui_locale_is_refused_naming_the_field(given: str, hint: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        thankyou.advise(make_interview(), make_candidate(), ui_locale=given)
    assert caught.value.field == "ui_locale"
    assert hint in str(caught.value)
    assert "de, en, es, fr, ja" in str(caught.value)


def test_a_ui_locale_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        core_only().recommend(make_interview(), make_candidate(), ui_locale=49)  # type: ignore[arg-type]
    assert caught.value.field == "ui_locale"


def test_translated_advice_round_trips_through_json() -> None:
    advice = core_only().advise(make_interview(), make_candidate(), ui_locale="ja")
    rec = advice.recommendation
    data = json.loads(json.dumps(thankyou.to_dict(rec)))
    assert data["reasons"][0]["untranslated"] == rec.reasons[0].untranslated
    assert thankyou.from_dict(Recommendation, data) == rec
    reason = Reason("Texte", "baseline", 1.0, untranslated="Text")
    assert thankyou.from_dict(Reason, thankyou.to_dict(reason)) == reason
    # A dict written before the field existed still reads.
    old = thankyou.to_dict(Reason("Text", "baseline", 1.0))
    del old["untranslated"]
    assert thankyou.from_dict(Reason, old).untranslated is None


# --- placeholders are filled safely ------------------------------------------------


def _translations(language: str, domain: str, pairs: dict[str, str]) -> Translations:
    catalog = PoCatalog(locale=language, domain=domain)
    for msgid, msgstr in pairs.items():
        catalog.add(msgid, msgstr)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


def test_a_translation_cannot_reach_into_a_value_and_values_are_not_templates() -> None:
    msgid = "You chose {chosen}; without that choice the advice would be {advised}."
    hostile = _translations("de", "thankyou", {msgid: "{chosen.__class__} {advised}"})
    messages = _i18n.Messages(Locale("de"), hostile)
    text, english = messages.format(msgid, {"chosen": "x", "advised": "y"})
    assert text == english == "You chose x; without that choice the advice would be y."
    honest = _i18n.Messages(Locale("de"), _translations("de", "thankyou", {msgid: "{advised}!"}))
    # Not the same slots either: English.
    assert honest.format(msgid, {"chosen": "x", "advised": "y"})[0].startswith("You chose")
    ok = _i18n.Messages(
        Locale("de"), _translations("de", "thankyou", {msgid: "{advised} statt {chosen}"})
    )
    text, _ = ok.format(msgid, {"chosen": "{advised}", "advised": "{chosen}"})
    assert text == "{chosen} statt {advised}"


# --- plugins with their own catalogs -------------------------------------------------

NURSING_REASON = "Nurse managers often value a short written note."
NURSING_WINDOW = "Send it before the next shift change."
NURSING_GERMAN = "Pflegedienstleitungen schätzen oft eine kurze schriftliche Nachricht."
NURSING_WINDOW_GERMAN = "Schicken Sie sie vor dem nächsten Schichtwechsel."


def _catalog_dir(tmp_path: Path, domain: str, language: str, pairs: dict[str, str]) -> Path:
    """A plugin's locale directory with one compiled catalog, as its build would write it."""
    catalog = PoCatalog(locale=language, domain=domain)
    for msgid, msgstr in pairs.items():
        catalog.add(msgid, msgstr)
    target = tmp_path / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as fp:
        write_mo(fp, catalog)
    return tmp_path / "locale"


class Nursing:
    def __init__(self, directory: Path, reasons: tuple[str, ...] = (NURSING_REASON,)) -> None:
        self.directory = directory
        self.reasons = reasons

    @hookimpl
    def thankyou_catalogs(self) -> list[Catalog]:
        return [Catalog("thankyou_nursing", self.directory)]

    @hookimpl
    def thankyou_expectations(
        self, interview: Interview, candidate: Candidate
    ) -> list[Expectation]:
        return [Expectation(Verdict.RECOMMENDED, text, source="test") for text in self.reasons]


class Silent:
    """A plugin without a catalog."""

    @hookimpl
    def thankyou_expectations(
        self, interview: Interview, candidate: Candidate
    ) -> list[Expectation]:
        return [Expectation(None, NURSING_REASON, source="test")]


def test_a_plugin_catalog_translates_that_plugins_reasons(tmp_path: Path) -> None:
    directory = _catalog_dir(tmp_path, "thankyou_nursing", "de", {NURSING_REASON: NURSING_GERMAN})
    engine = Engine({"nursing": Nursing(directory), "silent": Silent()}, entry_points=False)
    rec = engine.recommend(make_interview(), make_candidate(), ui_locale="de_CH")
    nursing = next(r for r in rec.reasons if r.plugin == "nursing")
    assert (nursing.text, nursing.untranslated) == (NURSING_GERMAN, NURSING_REASON)
    # Another plugin's identical sentence is not translated by a catalog it did not ship.
    silent = next(r for r in rec.reasons if r.plugin == "silent")
    assert (silent.text, silent.untranslated) == (NURSING_REASON, None)
    # The core's reasons are German too; a language the plugin lacks stays its words.
    assert any(r.plugin == "baseline" and r.untranslated for r in rec.reasons)
    french = engine.recommend(make_interview(), make_candidate(), ui_locale="fr")
    nursing_fr = next(r for r in french.reasons if r.plugin == "nursing")
    assert (nursing_fr.text, nursing_fr.untranslated) == (NURSING_REASON, None)


def test_a_reason_of_several_sentences_is_translated_only_when_every_sentence_is(
    tmp_path: Path,
) -> None:
    joined = f"{NURSING_REASON} {NURSING_WINDOW}"
    directory = _catalog_dir(
        tmp_path,
        "thankyou_nursing",
        "de",
        {NURSING_REASON: NURSING_GERMAN, NURSING_WINDOW: NURSING_WINDOW_GERMAN},
    )
    engine = Engine({"nursing": Nursing(directory, (joined,))}, entry_points=False)
    rec = engine.recommend(make_interview(), make_candidate(), ui_locale="de")
    (reason,) = [r for r in rec.reasons if r.plugin == "nursing"]
    assert reason.text == f"{NURSING_GERMAN} {NURSING_WINDOW_GERMAN}"

    half = _catalog_dir(tmp_path / "half", "thankyou_nursing", "de", {NURSING_REASON: "Nur."})
    engine = Engine({"nursing": Nursing(half, (joined,))}, entry_points=False)
    rec = engine.recommend(make_interview(), make_candidate(), ui_locale="de")
    (reason,) = [r for r in rec.reasons if r.plugin == "nursing"]
    assert (reason.text, reason.untranslated) == (joined, None)


def test_a_missing_catalog_directory_is_the_plugins_fault_only_when_translating(
    tmp_path: Path,
) -> None:
    engine = Engine({"nursing": Nursing(tmp_path / "nowhere")}, entry_points=False)
    # English advice never reads a catalog.
    assert engine.advise(make_interview(), make_candidate()).recommendation.reasons
    with pytest.raises(PluginError) as caught:
        engine.advise(make_interview(), make_candidate(), ui_locale="de")
    assert caught.value.plugin == "nursing"
    assert "nowhere" in str(caught.value)
    lenient = Engine({"nursing": Nursing(tmp_path / "nowhere")}, entry_points=False, strict=False)
    advice = lenient.advise(make_interview(), make_candidate(), ui_locale="de")
    assert any("nursing" in w and "untranslated" in w for w in advice.warnings)
    nursing = next(r for r in advice.recommendation.reasons if r.plugin == "nursing")
    assert nursing.text == NURSING_REASON
    assert any(r.plugin == "baseline" and r.untranslated for r in advice.recommendation.reasons)


def test_a_broken_catalog_file_names_its_plugin(tmp_path: Path) -> None:
    broken = tmp_path / "locale" / "de" / "LC_MESSAGES" / "thankyou_nursing.mo"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a catalog")
    engine = Engine({"nursing": Nursing(tmp_path / "locale")}, entry_points=False)
    with pytest.raises(PluginError) as caught:
        engine.recommend(make_interview(), make_candidate(), ui_locale="de")
    assert caught.value.plugin == "nursing"
    assert "thankyou_nursing" in str(caught.value)


@pytest.mark.parametrize(
    ("domain", "directory", "field"),
    [
        ("thankyou", "/tmp", "Catalog.domain"),
        ("two words", "/tmp", "Catalog.domain"),
        ("", "/tmp", "Catalog.domain"),
        ("thankyou_nursing", "locale", "Catalog.directory"),
        ("thankyou_nursing", 42, "Catalog.directory"),
    ],
)
def test_a_bad_catalog_declaration_is_refused(domain: str, directory: object, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Catalog(domain, directory)
    assert caught.value.field == field


def test_catalogs_load_once_and_are_shared_between_threads(tmp_path: Path) -> None:
    directory = _catalog_dir(tmp_path, "thankyou_nursing", "es", {NURSING_REASON: "Una nota."})
    engine = Engine({"nursing": Nursing(directory)}, entry_points=False)
    results: list[Recommendation] = []
    lock = threading.Lock()

    def run() -> None:
        rec = engine.recommend(make_interview(), make_candidate(), ui_locale="es")
        with lock:
            results.append(rec)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(r == results[0] for r in results)
    keys = [k for k in _i18n._roots if k[0] == "es" and any(c.directory == directory for c in k[1])]
    assert len(keys) == 1


def test_import_thankyou_does_not_load_babel_support() -> None:
    code = "import sys, thankyou; print('babel.support' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the wheel ships compiled catalogs --------------------------------------------------


def test_the_wheel_ships_a_compiled_catalog_for_every_po(
    installed_wheel: tuple[set[str], Path],
) -> None:
    names, installed = installed_wheel
    expected = {
        po.relative_to(base.parent.parent).with_suffix(".mo").as_posix()
        for base in (CORE_LOCALE, PLUGINS_LOCALE)
        for po in base.rglob("*.po")
    }
    assert expected, "no catalogs found"
    assert expected <= names
    assert not [n for n in names if n.endswith((".po", ".pot"))]
    # Babel's own loader on the installed files: a real catalog, not its silent fallback.
    catalogs = installed / "thankyou" / "locale"
    for language in REQUIRED_UI_LOCALES:
        loaded = Translations.load(catalogs, [language], "thankyou")
        assert isinstance(loaded, Translations), language
        assert loaded.info()["language"] == language
    german = Translations.load(catalogs, ["de"], "thankyou")
    assert german.upgettext("verdict", "Recommended") == "Empfohlen"
    plugins = Translations.load(
        installed / "thankyou_plugins" / "locale", ["fr"], "thankyou_plugins"
    )
    assert isinstance(plugins, Translations)


def test_the_build_hook_refuses_an_untranslated_message(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    po = tmp_path / "de.po"
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "Hello"\nmsgstr ""\n', encoding="utf-8")
    with pytest.raises(RuntimeError, match="untranslated"):
        hook.compile_catalog(po, tmp_path / "de.mo")
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "Hello"\nmsgstr "Hallo"\n', encoding="utf-8")
    assert hook.compile_catalog(po, tmp_path / "de.mo") == 1
    with (tmp_path / "de.mo").open("rb") as fp:
        assert Translations(fp).ugettext("Hello") == "Hallo"


def test_reasons_in_the_window_after_an_hour_keep_their_timing_in_any_language() -> None:
    rec = core_only().recommend(make_interview(), make_candidate(), ui_locale="fr")
    english = core_only().recommend(make_interview(), make_candidate())
    assert rec.send_after - english.send_after == timedelta(0)
    assert [r.about for r in rec.reasons] == [r.about for r in english.reasons]


# --- the first-party plugins ----------------------------------------------------------

COUNTRIES = [
    "US",
    "CA",
    "GB",
    "IE",
    "AU",
    "DE",
    "AT",
    "CH",
    "FR",
    "BE",
    "NL",
    "SE",
    "DK",
    "NO",
    "FI",
    "ES",
    "MX",
    "BR",
    "PT",
    "IN",
    "CN",
    "JP",
    "KR",
]
NEVER_TEXT_DE = (
    "Niemals per SMS und niemals als öffentlicher Beitrag auf den Social-Media-Seiten des "
    "Unternehmens."
)


def first_party() -> Engine:
    engine = thankyou.default_engine()
    if "catalog" not in {p.name for p in engine.plugins() if p.status == "active"}:
        pytest.skip("the first-party plugins are not installed (pip install -e .)")
    return engine


def test_first_party_industry_and_country_reasons_in_german() -> None:
    advice = first_party().advise(
        make_interview(industry="fundraising"), make_candidate(locale="en"), ui_locale="de"
    )
    rec = advice.recommendation
    by_plugin: dict[str, list[str]] = {}
    for reason in rec.reasons:
        by_plugin.setdefault(reason.plugin, []).append(reason.text)
    assert thankyou.label(rec.verdict, "de") == "Erwartet"
    assert by_plugin["fundraising"][0].startswith(
        "Im Fundraising wird eine Dankesnachricht erwartet und kann zwischen Bewerbern entscheiden"
    )
    assert by_plugin["us"][0].startswith("In den USA ist eine Dankesnachricht üblich: 88\u00a0%")
    # Two sentences the plugin joined, each translated.
    channel = by_plugin["us"][2]
    assert channel.startswith("E-Mail: 89\u00a0% der US-Arbeitgeber akzeptieren sie")
    assert channel.endswith(NEVER_TEXT_DE)
    assert advice.warnings == ()


def test_first_party_reasons_in_japanese_join_sentences_without_spaces() -> None:
    interview = make_interview(
        country="JP", when=datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    )
    rec = first_party().recommend(interview, make_candidate(locale="ja"), ui_locale="ja")
    texts = [r.text for r in rec.reasons if r.plugin == "jp"]
    assert texts[0].startswith("日本ではお礼のメールは任意です。")
    assert any(
        t.endswith(
            "場合に限ります。ショートメッセージで送ったり、企業のSNSページに公開投稿したりするのは絶対にやめましょう。"
        )
        for t in texts
    )


@pytest.mark.parametrize("language", ["de", "fr", "es", "ja"])
def test_every_first_party_reason_a_reader_sees_is_translated(language: str) -> None:
    """Country plugins as the employer's country (with and without interviewer addresses,
    early and late in the day) and every industry: no reason left in English. A plugin whose
    English changed needs `pybabel extract`/`update` and a translation (see pyproject.toml)."""
    engine = first_party()
    from thankyou._calendar import primary_zone

    untranslated: set[tuple[str, str]] = set()
    cases = [
        make_interview(
            country=code,
            when=datetime(2026, 11, 18, hour, 0, tzinfo=primary_zone(code)),
            interviewers=(make_interviewer(email=email),),
        )
        for code in COUNTRIES
        for hour in (11, 17)
        for email in ("dana@example.org", None)
    ]
    cases += [make_interview(industry=industry.key) for industry in engine.industries()]
    for interview in cases:
        # A candidate locale without a country, and interviewers without one: only the
        # employer's country speaks (the other roles are covered by the test below).
        rec = engine.recommend(interview, make_candidate(locale="en"), ui_locale=language)
        untranslated |= {(r.plugin, r.text) for r in rec.reasons if r.untranslated is None}
    assert untranslated == set()


@pytest.mark.parametrize("language", ["de", "fr", "es", "ja"])
def test_every_reason_about_a_culture_other_than_the_readers_is_translated(language: str) -> None:
    """A candidate from India writing to a US employer, one from Japan to a German one, and
    panels with interviewers from abroad: the candidate's and the interviewers' cultures
    are explained in fixed sentences, so no reason is left in English."""
    engine = first_party()
    us = datetime(2026, 11, 18, 11, 0, tzinfo=NY)
    berlin = datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))

    def person(name: str, locale: str | None) -> Interviewer:
        return make_interviewer(name=name, locale=locale, email=f"{name.lower()}@example.org")

    cases = [
        (make_interview(country="US", when=us), "hi_IN", {"in"}),
        (make_interview(country="US", when=us), "en_IN", {"in"}),
        (make_interview(country="DE", when=berlin), "ja_JP", {"jp"}),
        # Interviewers from abroad: alone, all of a panel, one of a panel, some of a panel.
        (
            make_interview(country="US", when=us, interviewers=(person("Aiko", "ja_JP"),)),
            "hi_IN",
            {"in", "jp"},
        ),
        (
            make_interview(
                country="DE",
                when=berlin,
                interviewers=(person("Aiko", "ja_JP"), person("Ken", "ja_JP")),
            ),
            "ja_JP",
            {"jp"},
        ),
        (
            make_interview(
                country="US", when=us, interviewers=(person("Anna", "de_DE"), person("Bo", "en_US"))
            ),
            "en_IN",
            {"in", "de"},
        ),
        (
            make_interview(
                country="US",
                when=us,
                interviewers=(person("Marie", "fr_FR"), person("Luc", "fr_FR"), person("Bo", None)),
            ),
            "en_IN",
            {"in", "fr"},
        ),
    ]
    for interview, locale, cultures in cases:
        candidate = make_candidate(locale=locale)
        english = engine.recommend(interview, candidate)
        here = engine.recommend(interview, candidate, ui_locale=language)
        # The culture explanations are there (else this test would prove nothing) ...
        assert cultures <= {r.plugin for r in english.reasons}, (locale, interview.country)
        assert [r.plugin for r in here.reasons] == [r.plugin for r in english.reasons]
        # ... and no reason, theirs or any other, reads as its English original.
        still_english = [
            (r.plugin, r.text)
            for r, original in zip(here.reasons, english.reasons, strict=True)
            if r.text == original.text or r.untranslated != original.text
        ]
        assert still_english == [], (locale, interview.country)


def test_extraction_finds_reason_literals_fact_texts_constants_and_whole_fstring_sentences() -> (
    None
):
    from thankyou._extract import reasons

    source = """
NEVER_TEXT = "Never by text message."
OTHER = "Not a reason."
Expectation(Verdict.RECOMMENDED, "Send it within a day.", weight=1.0)
Fact("In Japan, the same day.", "a source")
Norm(code="X", reason="A reason by keyword.")
Expectation(None, f"{names} come from {country}, where {summary}. It counts a little.")
Expectation(
    None, "No address is known. If a recruiter " "wrote, thank them " f"instead. {NEVER_TEXT}"
)
"""
    found = [text for _, text in reasons(source, "Expectation:2 Fact:1", "*_TEXT")]
    assert found == [
        "Never by text message.",
        "Send it within a day.",
        "In Japan, the same day.",
        "A reason by keyword.",
        "It counts a little.",
        "No address is known.",
        "If a recruiter wrote, thank them instead.",
    ]
    assert [t for _, t in reasons(source)] == [
        "Send it within a day.",
        "A reason by keyword.",
        "It counts a little.",
        "No address is known.",
        "If a recruiter wrote, thank them instead.",
    ]


def test_a_plugin_author_extracts_reasons_with_the_thankyou_reasons_method(tmp_path: Path) -> None:
    (tmp_path / "thankyou_nursing.py").write_text(
        "from thankyou import Expectation, Verdict\n"
        f"NORMS = (Expectation(Verdict.RECOMMENDED, {NURSING_REASON!r}),)\n",
        encoding="utf-8",
    )
    (tmp_path / "babel.cfg").write_text("[thankyou_reasons: **.py]\n", encoding="utf-8")
    extracted = subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-o",
            "messages.pot",
            ".",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"BABEL_PYPROJECT_TOML": "skip", "PATH": "/usr/bin:/bin"},
    )
    assert extracted.returncode == 0, extracted.stderr
    with (tmp_path / "messages.pot").open("rb") as fp:
        assert [m.id for m in read_po(fp) if m.id] == [NURSING_REASON]
