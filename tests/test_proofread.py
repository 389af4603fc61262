"""Proofreading: each rule finds what it should, points at it, and leaves good notes alone."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import thankyou
from thankyou import (
    Candidate,
    Channel,
    Check,
    CheckContext,
    Engine,
    Expectation,
    Finding,
    Interview,
    Interviewer,
    InvalidInput,
    PluginError,
    Register,
    Severity,
    _engine,
    _spelling,
    hookimpl,
)
from thankyou._checks import WORD, build_context, tokenize, words_of
from thankyou._lexicon import FUNCTION_WORDS
from thankyou._proofread import (
    _NUMBER,
    _POSSESSIVE,
    _language_of,
    _may_hold_sum,
    _numbers,
    _possessives,
    _sums,
    late,
)

WHEN = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)  # a Wednesday
NOW = WHEN + timedelta(hours=4)
NINE_HOURS = timedelta(hours=9)

JOHN = Interviewer(
    "John Mueller",
    honorific="mr",
    email="john.mueller@acme.example.com",
    highlights=("the migration from nightly batches to Kafka",),
)
PRIYA = Interviewer("Priya Raman", honorific="ms", email="priya.raman@acme.example.com")
INTERVIEW = Interview(
    "Acme Corporation",
    "Data Engineer",
    WHEN,
    "US",
    interviewers=(JOHN, PRIYA),
    highlights=("the streaming pipeline that feeds the pricing team",),
)
CANDIDATE = Candidate("Bo Li", "en_US", other_companies=("Globex", "Initech Systems"))

CLEAN = """Dear Mr. Mueller,

Thank you for taking the time to meet with me on Wednesday about the Data Engineer position \
at Acme Corporation. I especially enjoyed our conversation about the migration from nightly \
batches to Kafka, and I appreciated how openly you described the trade-offs your team weighed \
before choosing it.

Our discussion confirmed my interest in the role. At my current job I moved a set of overnight \
reports onto a streaming design, and I learned how much care it takes to keep downstream teams \
informed while the ground shifts under them. I would be glad to bring that experience to your \
team as the migration continues.

Thank you again for your time and for the thoughtful questions. I look forward to hearing about \
the next steps, and please let me know if there is anything else I can send you.

Best regards,
Bo Li"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(entry_points=False)


def check(
    engine: Engine,
    text: str,
    *,
    interview: Interview = INTERVIEW,
    candidate: Candidate = CANDIDATE,
    recipient: Interviewer | None = JOHN,
    channel: str = "email",
    now: datetime = NOW,
) -> tuple[Finding, ...]:
    return engine.check(text, interview, candidate, recipient=recipient, channel=channel, now=now)


def of(findings: tuple[Finding, ...], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def spans(text: str, findings: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in findings]


def in_clean(engine: Engine, old: str, new: str, **kwargs: object) -> tuple[str, list[Finding]]:
    """CLEAN with one change; the findings that the change causes."""
    assert old in CLEAN
    text = CLEAN.replace(old, new, 1)
    return text, list(check(engine, text, **kwargs))  # type: ignore[arg-type]


# --- the clean note and the API ---------------------------------------------------------


def test_a_careful_note_has_no_findings(engine: Engine) -> None:
    assert check(engine, CLEAN) == ()


def test_module_level_check_uses_the_default_engine() -> None:
    text = CLEAN.replace("Acme Corporation", "[Company Name]")
    findings = thankyou.check(text, INTERVIEW, CANDIDATE, recipient=JOHN, channel="email", now=NOW)
    assert [f.rule for f in findings] == ["placeholder"]
    assert "check" in thankyou.__all__
    assert "Check" in thankyou.__all__
    assert "CheckContext" in thankyou.__all__


def test_findings_are_sorted_by_start(engine: Engine) -> None:
    text = CLEAN.replace("Mueller", "Muller").replace("the trade-offs", "the the trade-offs")
    text = text.replace("Acme Corporation", "Globex")
    findings = check(engine, text)
    assert len(findings) >= 3
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_check_is_deterministic(engine: Engine) -> None:
    text = CLEAN.replace("Acme Corporation", "[Company Name]").replace("meet", "mete")
    assert check(engine, text) == check(engine, text)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": b"bytes"}, "text"),
        ({"recipient": "John"}, "recipient"),
        ({"channel": "pigeon"}, "channel"),
        ({"now": datetime(2026, 11, 18, 12)}, "now"),
        ({"candidate": "Bo"}, "candidate"),
        ({"interview": {"company": "Acme"}}, "interview"),
    ],
)
def test_bad_input_names_the_field(engine: Engine, kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {
        "text": CLEAN,
        "interview": INTERVIEW,
        "candidate": CANDIDATE,
        "recipient": JOHN,
        "channel": "email",
        "now": NOW,
    } | kwargs
    with pytest.raises(InvalidInput) as info:
        engine.check(
            args.pop("text"),  # type: ignore[arg-type]
            args.pop("interview"),  # type: ignore[arg-type]
            args.pop("candidate"),  # type: ignore[arg-type]
            **args,  # type: ignore[arg-type]
        )
    assert info.value.field.startswith(field)


def test_now_defaults_to_the_engine_clock(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_engine, "_now", lambda: WHEN + timedelta(days=9))
    findings = engine.check(CLEAN, INTERVIEW, CANDIDATE, recipient=JOHN, channel="email")
    assert [f.rule for f in findings] == ["late"]


def test_the_channel_defaults_to_the_recommended_one(engine: Engine) -> None:
    # The baseline recommends e-mail, where this card-sized note is too short.
    short = "Dear Mr. Mueller,\n\nThank you for Wednesday and the talk about Kafka.\n\nBo Li"
    findings = engine.check(short, INTERVIEW, CANDIDATE, recipient=JOHN, now=NOW)
    assert [f.rule for f in findings] == ["too-short"]
    assert not engine.check(
        short, INTERVIEW, CANDIDATE, recipient=JOHN, now=NOW, channel=Channel.HANDWRITTEN
    )


# --- placeholder ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("blank", "suggestion"),
    [
        ("[Company Name]", "Acme Corporation"),
        ("{company}", "Acme Corporation"),
        ("<Company>", "Acme Corporation"),
        ("XXX", None),
        ("TBD", None),
        ("〇〇", None),  # noqa: RUF001
        ("○○", None),
        ("____", None),
        ("{{company_name}}", "Acme Corporation"),
    ],
)
def test_placeholder(engine: Engine, blank: str, suggestion: str | None) -> None:
    text, findings = in_clean(engine, "Acme Corporation", blank)
    (finding,) = findings
    assert finding.rule == "placeholder"
    assert finding.severity is Severity.ERROR
    assert text[finding.start : finding.end] == blank
    assert finding.suggestion == suggestion


def test_placeholder_suggests_the_recipient_and_position(engine: Engine) -> None:
    text, findings = in_clean(engine, "Mr. Mueller", "[Interviewer Name]")
    assert [(text[f.start : f.end], f.suggestion) for f in findings] == [
        ("[Interviewer Name]", "John Mueller")
    ]
    text, findings = in_clean(engine, "Data Engineer", "[Position]")
    assert [f.suggestion for f in findings] == ["Data Engineer"]


@pytest.mark.parametrize("text", ["[1]", "[sic]", "<john.mueller@acme.example.com>", "{2}"])
def test_placeholder_leaves_footnotes_and_addresses(engine: Engine, text: str) -> None:
    assert not of(check(engine, CLEAN.replace("Bo Li", f"Bo Li {text}")), "placeholder")


def test_a_bracket_from_the_interview_itself_is_not_a_blank(engine: Engine) -> None:
    quoted = Interviewer("John Mueller", highlights=("the {{7*7}} template bug",))
    interview = Interview("[24]7.ai", "Data Engineer", WHEN, "US", interviewers=(quoted,))
    text = CLEAN.replace("Acme Corporation", "[24]7.ai").replace(
        "the migration from nightly batches to Kafka", "the {{7*7}} template bug"
    )
    assert not of(check(engine, text, interview=interview, recipient=quoted), "placeholder")


# --- wrong-company ------------------------------------------------------------------------------


def test_wrong_company_from_the_other_applications(engine: Engine) -> None:
    text, findings = in_clean(engine, "at Acme Corporation", "at Initech Systems")
    (finding,) = findings
    assert (finding.rule, finding.severity) == ("wrong-company", Severity.ERROR)
    assert text[finding.start : finding.end] == "Initech Systems"
    assert finding.suggestion == "Acme Corporation"


@pytest.mark.parametrize(
    ("old", "new", "name"),
    [
        ("to your team as", "to the team at Umbrella Labs as", "Umbrella Labs"),
        ("the thoughtful questions", "the questions from everyone at Hooli", "Hooli"),
        ("Our discussion", "Vandelay's mission and our discussion", "Vandelay"),
        ("I would be glad", "I would be glad to join Pied Piper and", "Pied Piper"),
    ],
)
def test_wrong_company_after_a_cue(engine: Engine, old: str, new: str, name: str) -> None:
    text, findings = in_clean(engine, old, new)
    assert spans(text, of(tuple(findings), "wrong-company")) == [name]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("to your team as", "to the team at Acme as"),
        ("to your team as", "to the team at Acme Corp as"),
        ("Our discussion", "Acme's mission and our discussion"),
        ("At my current job", "My time at Stanford and my current job"),
        ("the next steps", "the next steps with Priya"),
    ],
)
def test_wrong_company_leaves_this_company_and_its_people(
    engine: Engine, old: str, new: str
) -> None:
    _, findings = in_clean(engine, old, new)
    assert not of(tuple(findings), "wrong-company")


# --- name-mismatch --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "wrong", "right"),
    [
        ("Mr. Mueller", "Mr. Muller", "Muller", "Mueller"),
        ("Mr. Mueller", "Mr. Müller", "Müller", "Mueller"),
        ("Mr. Mueller", "Mr. Meuller", "Meuller", "Mueller"),
        ("Dear Mr. Mueller", "Dear Jon", "Jon", "John"),
        ("Acme Corporation", "Acme Corporaton", "Corporaton", "Corporation"),
        ("Acme Corporation", "Acne Corporation", "Acne", "Acme"),
        ("the thoughtful questions", "Pryia's thoughtful questions", "Pryia", "Priya"),
    ],
)
def test_name_mismatch(engine: Engine, old: str, new: str, wrong: str, right: str) -> None:
    text, findings = in_clean(engine, old, new)
    (finding,) = of(tuple(findings), "name-mismatch")
    assert text[finding.start : finding.end] == wrong
    assert finding.suggestion == right
    assert finding.severity is Severity.ERROR
    assert not of(tuple(findings), "spelling")  # reported once, as the name


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Acme Corporation", "Acme Corp"),
        ("Acme Corporation", "Acme"),
        ("Mr. Mueller", "John"),
        ("Thank you again", "And thank you again"),
        ("Data Engineer position", "Data Engineers' position"),
    ],
)
def test_name_mismatch_leaves_short_forms(engine: Engine, old: str, new: str) -> None:
    _, findings = in_clean(engine, old, new)
    assert not of(tuple(findings), "name-mismatch")


def test_name_mismatch_by_transliteration_in_german(engine: Engine) -> None:
    mueller = Interviewer("Katrin Müller", honorific="ms", academic_title="dr", locale="de_DE")
    interview = Interview("Nordlicht GmbH", "Entwicklerin", WHEN, "DE", interviewers=(mueller,))
    text = "Sehr geehrte Frau Dr. Mueller,\n\nvielen Dank für das Gespräch bei Nordlicht."
    findings = check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Lena Hoffmann", "de_DE"),
        recipient=mueller,
        channel="handwritten",
    )
    (finding,) = of(findings, "name-mismatch")
    assert (text[finding.start : finding.end], finding.suggestion) == ("Mueller", "Müller")


# --- informal ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "flagged", "severity", "suggestion"),
    [
        ("Dear Mr. Mueller", "Hey John", "Hey", Severity.WARNING, "Dear"),
        ("Thank you again", "Thx again", "Thx", Severity.ERROR, "thank you"),
        ("if there is anything", "if u need anything", "u", Severity.ERROR, "you"),
        (
            "I especially enjoyed",
            "I totally enjoyed the awesome",
            "awesome",
            Severity.WARNING,
            "excellent",
        ),
        ("before choosing it.", "before choosing it!!", "!!", Severity.WARNING, "!"),
        ("before choosing it.", "before choosing it 🙂", "🙂", Severity.WARNING, None),
        ("before choosing it.", "before choosing it :)", ":)", Severity.WARNING, None),
        ("Thank you again", "Thanksss again", "Thanksss", Severity.WARNING, "Thanks"),
    ],
)
def test_informal(
    engine: Engine, old: str, new: str, flagged: str, severity: Severity, suggestion: str | None
) -> None:
    text, findings = in_clean(engine, old, new)
    found = of(tuple(findings), "informal")
    assert [(text[f.start : f.end], f.severity, f.suggestion) for f in found] == [
        (flagged, severity, suggestion)
    ]
    assert not of(tuple(findings), "spelling")


@pytest.mark.parametrize(
    "sentence",
    ["We met in the U.S. office.", "The R&D team was there.", "It was a cool morning in Q3."],
)
def test_informal_leaves_look_alikes(engine: Engine, sentence: str) -> None:
    text = CLEAN.replace("Best regards", sentence + "\n\nBest regards")
    informal = of(check(engine, text), "informal")
    assert spans(text, informal) == (["cool"] if "cool" in sentence else [])


@pytest.mark.parametrize(
    ("locale", "text", "flagged"),
    [
        ("de_DE", "Hallo Herr Weber, vielen Dank für das Gespräch. LG Lena", ["Hallo", "LG"]),
        (
            "fr_FR",
            "Salut Claire, merci pour l'entretien, c'était sympa. Bisous",
            ["Salut", "sympa", "Bisous"],
        ),
        ("es_ES", "Estimado Sr. Ortega: muchas gracias por la entrevista, jaja. Saludos", ["jaja"]),
    ],
)
def test_informal_per_language(engine: Engine, locale: str, text: str, flagged: list[str]) -> None:
    weber = Interviewer("Anna Weber", locale=locale)
    interview = Interview("Firma", "Rolle", WHEN, locale[-2:], interviewers=(weber,))
    findings = check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Lena Hoffmann", locale),
        recipient=weber,
        channel="linkedin",
    )
    assert spans(text, of(findings, "informal")) == flagged


# --- spelling ---------------------------------------------------------------------------------


def test_spelling(engine: Engine) -> None:
    text, findings = in_clean(engine, "I appreciated", "I definately appreciated")
    (finding,) = findings
    assert (finding.rule, finding.severity) == ("spelling", Severity.WARNING)
    assert text[finding.start : finding.end] == "definately"
    assert finding.suggestion == "definitely"


def test_spelling_keeps_the_capital_in_the_suggestion(engine: Engine) -> None:
    text, findings = in_clean(engine, "Thank you again", "Thnak you again")
    assert [(text[f.start : f.end], f.suggestion) for f in findings] == [("Thnak", "Thank")]


def test_spelling_ignores_interview_words_names_and_british_spelling(engine: Engine) -> None:
    interview = Interview(
        "Acme Corporation",
        "Data Engineer",
        WHEN,
        "US",
        interviewers=(JOHN,),
        highlights=("our dbt-to-flink replatforming",),
    )
    text = CLEAN.replace(
        "Our discussion", "We also covered the replatforming, which I'd organise with care. Our"
    ).replace("Best regards,\nBo Li", "Best regards,\nBo Li, Zhengzhou")
    findings = check(engine, text, interview=interview)
    assert not findings


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("de_DE", "Vielen Dank für das freundliche Gesprääch am Mittwoch.", "Gesprääch"),
        ("fr_FR", "Je vous remercie pour l'entretein de mercredi.", "entretein"),
        ("es_ES", "Muchas gracias por la entrevsta del miércoles.", "entrevsta"),
        ("it_IT", "Grazie mille per il coloquio di mercoledì.", "coloquio"),
    ],
)
def test_spelling_per_language(engine: Engine, locale: str, text: str, wrong: str) -> None:
    person = Interviewer("Anna Weber", locale=locale)
    interview = Interview("Firma", "Rolle", WHEN, locale[-2:], interviewers=(person,))
    findings = check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Kim Lee", locale),
        recipient=person,
        channel="linkedin",
    )
    assert spans(text, of(findings, "spelling")) == [wrong]


def test_spanish_inflections_are_not_misspellings(engine: Engine) -> None:
    # pyspellchecker's Spanish list holds lemmas only; these are all good Spanish.
    person = Interviewer("Javier Ortega", locale="es_ES")
    interview = Interview("Grupo Solaris", "analista", WHEN, "ES", interviewers=(person,))
    text = (
        "Muchas gracias por la entrevista: fue muy útil, me pareció que los errores manuales "
        "son pocos y espero noticias. Me encantaría revisarla."
    )
    findings = check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Lucía Gómez", "es_ES"),
        recipient=person,
        channel="linkedin",
    )
    assert not of(findings, "spelling")


def test_word_lists_load_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    real = _spelling._load

    def counting(language: str) -> object:
        loads.append(language)
        time.sleep(0.05)  # widen the window in which a second load could start
        return real(language)

    monkeypatch.setattr(_spelling, "_load", counting)
    monkeypatch.setattr(_spelling, "_lists", {})
    threads = [threading.Thread(target=_spelling.word_list, args=("it",)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert loads == ["it"]


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_word_lists_and_suggestions_are_pyspellcheckers(language: str) -> None:
    # The lists are read without pyspellchecker's SpellChecker; words, counts and
    # suggestions must be the ones it gives (distance 1, ties broken alphabetically).
    from spellchecker import SpellChecker

    checker = SpellChecker(language=language, distance=1)
    checker.word_frequency.load_words(_spelling._EXTRA[language])
    reference = checker.word_frequency.dictionary
    assert _spelling.word_list(language) == dict(reference)
    words = sorted(reference)[:: len(reference) // 60]
    typos = [w[:i] + w[i + 1 :] for w in words for i in (0, len(w) // 2)]
    typos += [w[:1] + "q" + w[1:] for w in words] + [w + "zz" for w in words]
    typos += ["teh", "recieve", "intervew", "12", "3.5", "nan", "-", "x" * 80, *words]
    for typo in typos:
        candidates = checker.candidates(typo)
        best = max(sorted(candidates), key=reference.__getitem__) if candidates else None
        expected = None if best == typo else best
        assert _spelling.suggest.__wrapped__(language, typo) == expected, typo


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_word_with_a_character_no_listed_word_has_is_absent_without_a_search(
    language: str,
) -> None:
    # "300", "q3": a precomputed list answers these without searching its rest,
    # and must answer as the search (and the whole list) would.
    top = _spelling._load(language)  # a fresh one: nothing looked up yet
    if top.rest is None:
        pytest.skip("no precomputed list")
    whole = _spelling.word_list(language)
    listed = sorted(whole)[:: len(whole) // 40]
    words = [
        *listed,
        "300",
        "q3",
        "2026's",
        "naïve",
        "café",
        "straße",
        "x\u200bz",
        "日本",
        "\ud800",
    ]
    for word in words:
        expected = whole.get(word, 0)
        assert top.get(word) == expected, word
        assert top.get(word) == expected, word  # again, from what the first look-up kept
        assert (word in top) == bool(expected), word


def test_import_thankyou_does_not_load_spellchecker() -> None:
    code = "import sys, thankyou; print('spellchecker' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- repeated-word ----------------------------------------------------------------------------


def test_repeated_word(engine: Engine) -> None:
    text, findings = in_clean(engine, "the trade-offs", "the the trade-offs")
    (finding,) = findings
    assert (finding.rule, text[finding.start : finding.end]) == ("repeated-word", "the the")
    assert finding.suggestion == "the"


def test_repeated_word_across_a_line_break_but_not_grammatical_ones(engine: Engine) -> None:
    text, findings = in_clean(engine, "to keep downstream", "to\nto keep downstream")
    assert spans(text, of(tuple(findings), "repeated-word")) == ["to\nto"]
    _, findings = in_clean(engine, "I learned how", "I learned that that is how")
    assert not findings
    _, findings = in_clean(engine, "choosing it.", "choosing it, it seems.")
    assert not findings


# --- too-long / too-short ---------------------------------------------------------------------


def test_too_long_email_points_past_the_limit(engine: Engine) -> None:
    extra = " Every week we replayed one topic end to end to be sure it still worked." * 8
    text = CLEAN.replace("as the migration continues.", "as the migration continues." + extra)
    (finding,) = of(check(engine, text), "too-long")
    assert finding.severity is Severity.WARNING
    # Words are counted as the drafting step counts them: split on white space.
    assert len(text[: finding.start].split()) == 200
    assert text[finding.end - 5 : finding.end] == "Bo Li"


def test_too_long_linkedin_is_an_error_at_300_characters(engine: Engine) -> None:
    text = ("Thank you for the conversation about the migration to Kafka. " * 6).strip()
    (finding,) = of(check(engine, text, channel="linkedin"), "too-long")
    assert finding.severity is Severity.ERROR
    assert finding.start == 300
    assert finding.end == len(text)
    assert not of(check(engine, text[:300], channel="linkedin"), "too-long")


def test_too_long_card_over_80_words(engine: Engine) -> None:
    words = "Thank you for the talk about Kafka and the migration plan."
    text = "Dear Mr. Mueller,\n\n" + " ".join([words] * 8) + "\n\nBo Li"
    assert len(text.split()) > 80
    assert of(check(engine, text, channel="handwritten"), "too-long")
    short = "Dear Mr. Mueller,\n\n" + " ".join([words] * 6) + "\n\nBo Li"
    assert not of(check(engine, short, channel="handwritten"), "too-long")


def test_too_short_email_and_the_subject_line_does_not_count(engine: Engine) -> None:
    body = CLEAN.split("Our discussion")[0] + "Best regards,\nBo Li"
    (finding,) = of(check(engine, body), "too-short")
    assert finding.severity is Severity.INFO
    long_enough = "Subject: Thank you\n\n" + CLEAN
    assert not of(check(engine, long_enough), "too-short")


# --- generic ----------------------------------------------------------------------------------


def test_generic(engine: Engine) -> None:
    text = (
        "Dear Mr. Mueller,\n\nThank you for meeting with me. I enjoyed our conversation and "
        "learning more about the position. I am very interested in the role.\n\nBo Li"
    )
    (finding,) = of(check(engine, text, channel="handwritten"), "generic")
    assert finding.severity is Severity.WARNING
    assert (finding.start, finding.end) == (0, len(text))
    assert "nightly batches" in finding.message


def test_a_paraphrased_highlight_is_not_generic(engine: Engine) -> None:
    text = "Dear Mr. Mueller,\n\nThank you. Migrating those batches was fascinating.\n\nBo Li"
    assert not of(check(engine, text, channel="handwritten"), "generic")


def test_no_highlights_no_generic_finding(engine: Engine) -> None:
    bare = Interview("Acme Corporation", "Data Engineer", WHEN, "US", interviewers=(PRIYA,))
    text = "Dear Ms. Raman,\n\nThank you for meeting with me.\n\nBo Li"
    findings = check(engine, text, interview=bare, recipient=PRIYA, channel="handwritten")
    assert not of(findings, "generic")


# --- register-mix -----------------------------------------------------------------------------


def _german(engine: Engine, text: str) -> tuple[Finding, ...]:
    weber = Interviewer("Anna Weber", honorific="ms", locale="de_DE")
    interview = Interview("Nordlicht GmbH", "Entwicklerin", WHEN, "DE", interviewers=(weber,))
    return check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Lena Hoffmann", "de_DE"),
        recipient=weber,
        channel="linkedin",
    )


def test_register_mix_du_and_sie(engine: Engine) -> None:
    text = "Sehr geehrte Frau Weber, vielen Dank für Ihre Zeit. Ich melde mich bei dir."
    (finding,) = of(_german(engine, text), "register-mix")
    assert (text[finding.start : finding.end], finding.suggestion) == ("dir", "Ihnen")
    assert finding.severity is Severity.WARNING


def test_register_consistent_is_fine(engine: Engine) -> None:
    assert not of(_german(engine, "Liebe Anna, danke für deine Zeit. Bis bald!"), "register-mix")
    text = "Sehr geehrte Frau Weber, vielen Dank für Ihre Zeit. Sie haben mir viel gezeigt."
    assert not of(_german(engine, text), "register-mix")


def test_informal_address_to_a_formal_culture() -> None:
    class Formal:
        @hookimpl
        def thankyou_expectations(self, interview: Interview) -> list[Expectation]:
            return [Expectation(None, "German business letters use Sie.", register="formal")]

    engine = Engine(plugins={"formal": Formal()}, entry_points=False)
    text = "Liebe Anna, danke für deine Zeit. Bis bald!"
    findings = _german(engine, text)
    assert spans(text, of(findings, "register-mix")) == ["deine"]
    assert of(findings, "register-mix")[0].suggestion == "Ihre"
    assert (
        engine.recommend(_german_interview(), Candidate("Lena Hoffmann", "de_DE")).register
        is Register.FORMAL
    )


def _german_interview() -> Interview:
    return Interview("Nordlicht GmbH", "Entwicklerin", WHEN, "DE")


def test_register_mix_in_french_and_spanish(engine: Engine) -> None:
    claire = Interviewer("Claire Dubois", locale="fr_FR")
    interview = Interview("Maison Lefèvre", "chargée", WHEN, "FR", interviewers=(claire,))
    text = "Madame, merci pour votre accueil. J'espère te revoir bientôt."
    findings = check(
        engine,
        text,
        interview=interview,
        candidate=Candidate("Camille Martin", "fr_FR"),
        recipient=claire,
        channel="linkedin",
    )
    assert [(text[f.start : f.end], f.suggestion) for f in of(findings, "register-mix")] == [
        ("te", "vous")
    ]


# --- late / too-soon --------------------------------------------------------------------------


def test_late_and_too_soon(engine: Engine) -> None:
    recommendation = engine.recommend(INTERVIEW, CANDIDATE, channel="email")
    late = check(engine, CLEAN, now=recommendation.send_by + timedelta(minutes=1))
    (finding,) = late
    assert (finding.rule, finding.severity) == ("late", Severity.ERROR)
    assert CLEAN[finding.start : finding.end] == CLEAN
    soon = check(engine, CLEAN, now=recommendation.send_after - timedelta(minutes=1))
    assert [(f.rule, f.severity) for f in soon] == [("too-soon", Severity.INFO)]
    assert not check(engine, CLEAN, now=recommendation.send_by)
    assert not check(engine, CLEAN, now=recommendation.send_after)


def test_a_late_note_names_its_own_deadlines_zone(engine: Engine) -> None:
    # The same instant in New York and Berlin: equal datetimes, two different messages.
    moment = datetime(2026, 3, 3, 14, 30, tzinfo=UTC)
    said = []
    for zone in ("America/New_York", "Europe/Berlin", "America/New_York"):
        person = attrs.evolve(JOHN, timezone=zone)
        interview = attrs.evolve(INTERVIEW, interviewers=(person,))
        recommendation = attrs.evolve(
            engine.recommend(interview, CANDIDATE), send_by=moment.astimezone(ZoneInfo(zone))
        )
        ctx = build_context(
            CLEAN, interview, CANDIDATE, person, Channel.EMAIL, recommendation, moment + NINE_HOURS
        )
        (finding,) = late(ctx)
        said.append(finding.message)
    assert "09:30 EST" in said[0]
    assert "15:30 CET" in said[1]
    assert said[2] == said[0]


# --- salary / apology -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "flagged"),
    [
        ("Our discussion", "What is the salary range? Our discussion", "salary"),
        ("Our discussion", "I currently earn $140k. Our discussion", "$140k"),
        ("Our discussion", "I hope for 90k. Our discussion", "90k"),
        ("Our discussion", "I hope for 90 K. Our discussion", "90 K"),
        ("Our discussion", "Are stock options part of it? Our discussion", "stock options"),
    ],
)
def test_salary(engine: Engine, old: str, new: str, flagged: str) -> None:
    text, findings = in_clean(engine, old, new)
    assert [(text[f.start : f.end], f.severity) for f in findings] == [(flagged, Severity.WARNING)]


def test_salary_leaves_ordinary_uses(engine: Engine) -> None:
    _, findings = in_clean(engine, "Our discussion", "I will pay attention to it. Our discussion")
    assert not findings


@pytest.mark.parametrize(
    ("new", "flagged"),
    [
        ("I am sorry I was late. Our discussion", "sorry"),
        ("I know I was nervous. Our discussion", "I was nervous"),
        ("I am the perfect candidate. Our discussion", "perfect candidate"),
    ],
)
def test_apology(engine: Engine, new: str, flagged: str) -> None:
    text, findings = in_clean(engine, "Our discussion", new)
    assert [(text[f.start : f.end], f.rule, f.severity) for f in findings] == [
        (flagged, "apology", Severity.WARNING)
    ]


# --- plugins ----------------------------------------------------------------------------------


def _onsha(ctx: CheckContext) -> list[Finding]:
    start = ctx.text.find("御社")
    if start == -1:
        return []
    return [
        Finding("ja-onsha", Severity.WARNING, "write 貴社 in a letter", start, start + 2, "貴社")
    ]


class JapanesePlugin:
    @hookimpl
    def thankyou_checks(self) -> list[Check]:
        return [Check("ja-onsha", _onsha, languages=("ja",))]


def test_a_plugin_adds_a_rule_for_its_language() -> None:
    engine = Engine(plugins={"japan": JapanesePlugin()}, entry_points=False)
    person = Interviewer("小林 正人", locale="ja_JP")
    tokyo = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    interview = Interview("小林商事", "営業職", tokyo, "JP", interviewers=(person,))
    candidate = Candidate("佐藤 健", "ja_JP")
    text = "小林様\n\n本日は御社の面接の機会をいただき、ありがとうございました。"
    findings = engine.check(
        text,
        interview,
        candidate,
        recipient=person,
        channel="linkedin",
        now=tokyo + timedelta(hours=3),
    )
    assert [(f.rule, text[f.start : f.end], f.suggestion) for f in findings] == [
        ("ja-onsha", "御社", "貴社")
    ]
    # The rule runs only on notes in Japanese.
    english = CLEAN.replace("Acme Corporation", "Acme Corporation (御社)")
    assert not of(check(engine, english), "ja-onsha")


def test_the_context_carries_what_rules_need(engine: Engine) -> None:
    seen: list[CheckContext] = []

    def spy(ctx: CheckContext) -> list[Finding]:
        seen.append(ctx)
        return []

    class Spy:
        @hookimpl
        def thankyou_checks(self) -> list[Check]:
            return [Check("spy", spy)]

    spying = Engine(plugins={"spy": Spy()}, entry_points=False)
    check(spying, CLEAN)
    (ctx,) = seen
    assert ctx.text == CLEAN
    assert ctx.recipient == JOHN
    assert ctx.channel is Channel.EMAIL
    assert ctx.language == "en"
    assert ctx.now == NOW
    assert ctx.recommendation == spying.recommend(INTERVIEW, CANDIDATE, channel="email")
    assert ctx.words[:3] == ("dear", "mr", "mueller")
    assert [ctx.text[m.start() : m.end()] for m in ctx.tokens[:2]] == ["Dear", "Mr"]


def test_the_built_in_rules_are_a_plugin_that_can_be_disabled() -> None:
    engine = Engine(disable=["proofread"], entry_points=False)
    assert engine.check(CLEAN.replace("Acme Corporation", "[Company]"), INTERVIEW, CANDIDATE) == ()
    names = {p.name: p for p in Engine(entry_points=False).plugins()}
    assert "thankyou_checks" in names["proofread"].hooks


def _boom(ctx: CheckContext) -> list[Finding]:
    raise RuntimeError("kaput")


def _bad_span(ctx: CheckContext) -> list[Finding]:
    return [Finding("bad-span", Severity.INFO, "?", 0, len(ctx.text) + 5)]


def _other_rule(ctx: CheckContext) -> list[Finding]:
    return [Finding("placeholder", Severity.INFO, "?", 0, 1)]


@pytest.mark.parametrize(
    ("rule", "function", "says"),
    [
        ("boom", _boom, "raised RuntimeError: kaput"),
        ("bad-span", _bad_span, "outside the text"),
        ("other-rule", _other_rule, "expected 'other-rule'"),
    ],
)
def test_a_failing_rule_is_named(rule: str, function: object, says: str) -> None:
    plugin = SimpleNamespace(thankyou_checks=hookimpl(lambda: [Check(rule, function)]))  # type: ignore[arg-type]
    strict = Engine(plugins={"broken": plugin}, entry_points=False)
    with pytest.raises(PluginError) as info:
        check(strict, CLEAN)
    assert "broken" in str(info.value)
    assert rule in str(info.value)
    assert says in str(info.value)

    lenient = Engine(plugins={"broken": plugin}, entry_points=False, strict=False)
    with pytest.warns(RuntimeWarning, match="broken"):
        findings = check(lenient, CLEAN.replace("Acme Corporation", "[Company]"))
    assert [f.rule for f in findings] == ["placeholder"]  # the others' findings stand


def test_two_plugins_cannot_share_a_rule_id() -> None:
    plugin = SimpleNamespace(thankyou_checks=hookimpl(lambda: [Check("placeholder", _onsha)]))
    engine = Engine(plugins={"copycat": plugin}, entry_points=False)
    with pytest.raises(PluginError, match="'placeholder' is already used by plugin 'proofread'"):
        check(engine, CLEAN)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"rule": "Has Spaces", "function": _onsha}, "Check.rule"),
        ({"rule": "ok", "function": "not callable"}, "Check.function"),
        ({"rule": "ok", "function": _onsha, "languages": ["english"]}, "Check.languages"),
    ],
)
def test_check_values_are_validated(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Check(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


# --- hostile and huge input -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "[" * 100_000,
        "{" * 50_000 + "}" * 50_000,
        "<" * 100_000,
        "!" * 100_000,
        "?!" * 50_000,
        "x" * 100_000,
        "1" * 100_000,
        "$" + "1," * 50_000,
        "[a" * 50_000,
        "_" * 100_000,
        "〇" * 100_000,  # noqa: RUF001
        ":" * 100_000,
        "'" * 100_000,
        "a'" * 50_000,
        "Aa " * 33_000,
        "the " * 25_000,
        "\n" * 100_000,
        "🙂" * 100_000,
    ],
    ids=lambda t: repr(t[:6]),
)
def test_hostile_input_is_handled(engine: Engine, text: str) -> None:
    # A regular expression that backtracked catastrophically would not finish here.
    findings = check(engine, text)
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)


def test_a_one_megabyte_note(engine: Engine) -> None:
    text = (CLEAN + "\n\n") * (1_000_000 // len(CLEAN))
    findings = check(engine, text)
    assert of(findings, "too-long")
    assert not of(findings, "spelling")


@given(
    st.text(alphabet=st.sampled_from(list("ab Z_0'’.,-!\n\té〇🙂")), max_size=40)  # noqa: RUF001
    | st.text(alphabet=st.sampled_from(list("ab Z_0'.,-!\n\t\"")), max_size=40)
)
def test_tokens_are_the_words_with_their_offsets(text: str) -> None:
    # The fast split of plain text must agree with the pattern everywhere.
    tokens = tokenize(text)
    assert [t.span() for t in tokens] == [m.span() for m in WORD.finditer(text)]
    assert list(words_of(text)) == WORD.findall(text)
    for i in range(len(tokens)):
        before = tokens[i - 1].end() if i else 0
        assert tokens.gap(i) == text[before : tokens[i].start()]


@given(
    st.text(alphabet=st.sampled_from(list("0123456789,. a$k\n")), max_size=200)
    | st.text(alphabet=st.sampled_from(list("19,.x€٣")), max_size=40)
)
def test_numbers_are_the_patterns(text: str) -> None:
    # The digit-by-digit search for sums of money must agree with the pattern.
    assert list(_numbers(text)) == [m.span() for m in _NUMBER.finditer(text)]


@given(
    st.sampled_from(["Jon", "Muller", "Priay", "Jurgen", "Unal", "Bonk", "Acne", "Ramen", "Müler"])
    | st.text(
        alphabet=st.sampled_from(list("MmüuEeAaJjOoPpRrBbnk'\u2019s様ßK")), min_size=1, max_size=9
    ),
    st.sampled_from(["en", "de", "ja"]),
)
def test_a_word_no_name_starts_like_is_no_suspect(written: str, language: str) -> None:
    # name-mismatch judges only the words whose folded initial a name (or a
    # company word of the word list) shares; every other word must be one
    # that `suspect` clears anyway.
    from thankyou._proofread import _initial, _Names, _Supplied

    people = (
        ("John Mueller", None, None),
        ("Priya Raman", None, None),
        ("Jürgen Ünal", None, None),
    )
    for company, position in (("Acme Corporation", "Data Engineer"), ("Müller Bank AG", "Berater")):
        names = _Names(_Supplied(language, company, position, None, "Bo Li", (), (), (), people))
        if _initial(written) not in names.initials:
            assert names.suspect(written) is None


_TOPICS = st.lists(st.sampled_from(["churn", "pricing", "Kafka", "hiring", "Churn"]), max_size=4)


@given(
    shared=_TOPICS,
    panel=st.lists(_TOPICS, min_size=1, max_size=5),
    reader=st.integers(min_value=-1, max_value=5),
    outsider=_TOPICS,
)
def test_a_notes_highlights_are_the_readers_first_then_the_panels_each_once(
    shared: list[str], panel: list[list[str]], reader: int, outsider: list[str]
) -> None:
    # Worked out from an index built once per panel, not by hashing the whole
    # panel's highlights per note: the same tuple, in the same order.
    people = tuple(Interviewer(f"Person{j} Panel", highlights=h) for j, h in enumerate(panel))
    interview = Interview("Acme", "Analyst", WHEN, "US", interviewers=people, highlights=shared)
    if reader == -1:
        recipient: Interviewer | None = None
    elif reader < len(people):
        recipient = people[reader]
    else:
        recipient = Interviewer("Out Sider", highlights=outsider)  # not on the panel
    seen: list[tuple[str, ...]] = []

    def spy(ctx: CheckContext) -> list[Finding]:
        seen.append(ctx.highlights())
        return []

    class Spy:
        @hookimpl
        def thankyou_checks(self) -> list[Check]:
            return [Check("spy", spy)]

    engine = Engine(plugins={"spy": Spy()}, entry_points=False)
    engine.check("Thank you.", interview, CANDIDATE, recipient=recipient, now=NOW)
    everyone = [*interview.highlights, *(h for p in people for h in p.highlights)]
    own = recipient.highlights if recipient is not None else ()
    assert seen == [tuple(dict.fromkeys((*own, *dict.fromkeys(everyone))))]


@given(
    st.lists(
        st.sampled_from(["the", "die", "de", "la", "a", "en", "und", "et", "y", "churn", "model"]),
        max_size=8,
    )
)
def test_a_highlights_language_is_the_one_whose_function_words_it_uses_most(
    words: list[str],
) -> None:
    # generic compares only highlights written in the note's language.
    counts = sorted(
        ((sum(w in markers for w in words), lang) for lang, markers in FUNCTION_WORDS.items()),
        reverse=True,
    )
    (best, language), (second, _) = counts[0], counts[1]
    assert _language_of(words) == (language if best > second else None)


@given(
    st.text(alphabet=st.sampled_from(list("aS s'’_0.\n-")), max_size=40)  # noqa: RUF001
    | st.text(alphabet=st.sampled_from(list("as S'\"é")), max_size=40)
)
def test_the_possessives_found_in_the_text_are_the_words(text: str) -> None:
    # name-mismatch judges possessives found by searching the spaced text.
    vocabulary = frozenset(w.lower() for w in WORD.findall(text))
    ctx = SimpleNamespace(text=text, tokens=tokenize(text), vocabulary=vocabulary)
    expected = {w for w in vocabulary if w.endswith(_POSSESSIVE)}
    assert _possessives(ctx) == expected  # type: ignore[arg-type]


@given(
    st.text(alphabet=st.sampled_from(list("0123456789,. kKmMEURSDCHFGBPx$\n")), max_size=60)
    | st.text(alphabet=st.sampled_from(list("19,. kmEU€£٣x")), max_size=30)
)
def test_the_cheap_test_for_sums_never_misses_one(text: str) -> None:
    # Only a text the cheap test passes is scanned for sums of money.
    if list(_sums(text)):
        assert _may_hold_sum(text)


def test_an_everyday_word_beside_an_unusual_title_is_no_misspelling_of_it(engine: Engine) -> None:
    # Found by Hypothesis: the position or company "Teaa" made the drafts' own "Dear Hiring
    # Team," a misspelling of it. A word of the list is meant as itself next to a name that is
    # not one; next to a title that is a word of the list ("Manager"), "Manger" is still a typo.
    note = CLEAN.replace("Dear Mr. Mueller", "Dear Hiring Team")
    for unusual in (
        attrs.evolve(INTERVIEW, position="Teaa"),
        attrs.evolve(INTERVIEW, company="Teaa"),
    ):
        said = note.replace("Acme Corporation", unusual.company)
        assert not [f for f in check(engine, said, interview=unusual) if f.rule == "name-mismatch"]
    manager = attrs.evolve(INTERVIEW, position="Marketing Manager")
    typo = CLEAN.replace("Data Engineer position", "Marketing Manger position")
    found = [f for f in check(engine, typo, interview=manager) if f.rule == "name-mismatch"]
    assert [typo[f.start : f.end] for f in found] == ["Manger"]
