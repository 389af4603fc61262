# ruff: noqa: RUF001  (native punctuation: en dashes, full-width marks)
"""The native phrasebooks (de, fr, es, pt, nl, sv, ja, zh, ko) and the notes drafted from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from thankyou import (
    Candidate,
    Channel,
    Engine,
    Interview,
    Interviewer,
    Phrasebook,
    Severity,
)
from thankyou_plugins.phrasebooks import de, es, fr, ja, ko, nl, pt, sv, zh

MODULES = (de, es, fr, ja, ko, nl, pt, sv, zh)
BOOKS: dict[str, Phrasebook] = {
    str(book.locale): book for module in MODULES for book in module.thankyou_phrasebooks()
}
KNOWN = {
    "company",
    "position",
    "date",
    "candidate",
    "name",
    "family_name",
    "job_title",
    "department",
    "highlight",
    "sign_off",
}
PARTS = Phrasebook.TEMPLATE_LISTS
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def templates(book: Phrasebook) -> Iterator[str]:
    for part in PARTS:
        yield from getattr(book, part)
    for _, template in book.salutations:
        yield template
    yield book.signature


def everything(book: Phrasebook) -> str:
    return "\n".join(templates(book))


def salutation(book: Phrasebook, person: Interviewer | None, department: str | None = None) -> str:
    """The documented lookup: "ms+dr", "dr", "ms", "name"; "team" for no one known."""
    values = {"company": "Acme", "position": "Data Engineer"}
    if department:
        values["department"] = department
    keys: list[str] = []
    if person is not None:
        values.update(name=person.name, family_name=person.surname)
        if person.honorific and person.academic_title:
            keys.append(f"{person.honorific}+{person.academic_title}")
        if person.academic_title:
            keys.append(person.academic_title)
        if person.honorific:
            keys.append(person.honorific)
        keys.append("name")
    keys.append("team")
    for key in keys:
        template = book.salutation(key)
        if template is not None and set(PLACEHOLDER.findall(template)) <= set(values):
            return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
    raise AssertionError("no usable salutation")


# --- what every phrasebook must offer --------------------------------------------------


def test_every_language_and_country_variant_is_contributed() -> None:
    assert set(BOOKS) == {
        *("de", "de_AT", "de_CH"),
        *("fr", "fr_BE", "fr_CA"),
        *("es", "es_MX"),
        *("pt", "pt_PT"),
        *("nl", "sv", "ja", "zh", "ko"),
    }


def test_the_engine_loads_each_language_as_its_own_plugin() -> None:
    active = {p.name for p in Engine().plugins() if p.status == "active"}
    for lang in ("de", "es", "fr", "ja", "ko", "nl", "pt", "sv", "zh"):
        assert f"phrasebook-{lang}" in active


@pytest.mark.parametrize("locale", sorted(BOOKS))
def test_every_placeholder_is_one_the_composer_fills(locale: str) -> None:
    book = BOOKS[locale]
    for template in templates(book):
        assert set(PLACEHOLDER.findall(template)) <= KNOWN, template
    for template in book.highlights + book.short_highlights:
        assert "{highlight}" in template
    for _, template in book.salutations:
        assert set(PLACEHOLDER.findall(template)) <= {
            "name",
            "family_name",
            "company",
            "department",
        }


@pytest.mark.parametrize("locale", sorted(BOOKS))
def test_enough_alternatives_for_panels_and_short_channels(locale: str) -> None:
    book = BOOKS[locale]
    for part in ("openers", "highlights", "interest", "closers", "subjects"):
        assert len(getattr(book, part)) >= 3, part
    assert len(book.fits) >= 2
    assert len(book.follow_ups) >= 1
    # German closes application letters with "Mit freundlichen Grüßen" only.
    assert len(book.sign_offs) >= (1 if locale == "de" else 2)
    assert book.short_openers
    assert book.short_interest
    assert book.source
    assert len(book.source) > 20
    # Nothing appears twice within a part.
    for part in PARTS:
        items = getattr(book, part)
        assert len(set(items)) == len(items), part


def test_variants_are_complete_on_their_own_and_differ_from_their_base() -> None:
    for variant, base in (
        ("de_AT", "de"),
        ("de_CH", "de"),
        ("fr_BE", "fr"),
        ("fr_CA", "fr"),
        ("es_MX", "es"),
        ("pt_PT", "pt"),
    ):
        assert dict(BOOKS[variant].salutations).keys() >= {"team", "name"}
        assert BOOKS[variant] != BOOKS[base]
        assert BOOKS[variant].source != BOOKS[base].source


# --- salutations, per language ---------------------------------------------------------

WEBER = {"name": "Anna Weber"}
SCHMIDT = {"name": "Jan Schmidt"}

SALUTATIONS = [
    # German: the doctorate named, "Professor" written out, no gender guessed.
    (
        "de",
        Interviewer(**WEBER, honorific="ms", academic_title="dr"),
        "Sehr geehrte Frau Dr. Weber,",
    ),
    (
        "de",
        Interviewer(**SCHMIDT, honorific="mr", academic_title="prof"),
        "Sehr geehrter Herr Professor Schmidt,",
    ),
    (
        "de",
        Interviewer(**WEBER, honorific="ms", academic_title="prof"),
        "Sehr geehrte Frau Professorin Weber,",
    ),
    (
        "de",
        Interviewer(**SCHMIDT, honorific="mr", academic_title="dr"),
        "Sehr geehrter Herr Dr. Schmidt,",
    ),
    ("de", Interviewer(**WEBER, honorific="ms"), "Sehr geehrte Frau Weber,"),
    ("de", Interviewer(**SCHMIDT, honorific="mr"), "Sehr geehrter Herr Schmidt,"),
    ("de", Interviewer(name="Alex Roth", honorific="mx"), "Guten Tag Alex Roth,"),
    (
        "de",
        Interviewer(name="Alex Roth", honorific="mx", academic_title="dr"),
        "Guten Tag Dr. Alex Roth,",
    ),
    ("de", Interviewer(name="Alex Roth", academic_title="prof"), "Guten Tag Prof. Alex Roth,"),
    ("de", Interviewer(name="Alex Roth"), "Guten Tag Alex Roth,"),
    ("de", None, "Sehr geehrte Damen und Herren,"),
    (
        "de_AT",
        Interviewer(**WEBER, honorific="ms", academic_title="dr"),
        "Sehr geehrte Frau Dr. Weber,",
    ),
    ("de_AT", None, "Sehr geehrte Damen und Herren,"),
    # Switzerland (SN 010130): no comma after the salutation.
    (
        "de_CH",
        Interviewer(**WEBER, honorific="ms", academic_title="dr"),
        "Sehr geehrte Frau Dr. Weber",
    ),
    (
        "de_CH",
        Interviewer(**SCHMIDT, honorific="mr", academic_title="prof"),
        "Sehr geehrter Herr Professor Schmidt",
    ),
    ("de_CH", None, "Sehr geehrte Damen und Herren"),
    # French: Madame / Monsieur, never Mademoiselle, a title only for a professor.
    ("fr", Interviewer(**WEBER, honorific="ms"), "Madame,"),
    ("fr", Interviewer(**WEBER, honorific="ms", academic_title="dr"), "Madame,"),
    ("fr", Interviewer(**SCHMIDT, honorific="mr"), "Monsieur,"),
    (
        "fr",
        Interviewer(**SCHMIDT, honorific="mr", academic_title="prof"),
        "Monsieur le Professeur,",
    ),
    ("fr", Interviewer(**WEBER, honorific="ms", academic_title="prof"), "Madame la Professeure,"),
    ("fr", Interviewer(name="Alex Roth", honorific="mx"), "Bonjour Alex Roth,"),
    ("fr", None, "Madame, Monsieur,"),
    ("fr_BE", None, "Madame, Monsieur,"),
    ("fr_CA", Interviewer(**WEBER, honorific="ms"), "Madame,"),
    ("fr_CA", None, "Madame, Monsieur,"),
    # Spanish: a colon after the salutation.
    ("es", Interviewer(name="Lucía López", honorific="ms"), "Estimada Sra. López:"),
    ("es", Interviewer(name="Luis García", honorific="mr"), "Estimado Sr. García:"),
    (
        "es",
        Interviewer(name="Lucía López", honorific="ms", academic_title="dr"),
        "Estimada Dra. López:",
    ),
    (
        "es",
        Interviewer(name="Luis García", honorific="mr", academic_title="prof"),
        "Estimado profesor García:",
    ),
    ("es", Interviewer(name="Alex Roth"), "Buenos días, Alex Roth:"),
    ("es", None, "Estimado equipo de selección:"),
    ("es_MX", Interviewer(name="Lucía López", honorific="ms"), "Estimada Sra. López:"),
    ("es_MX", Interviewer(name="Alex Roth", honorific="mx"), "Apreciable Alex Roth:"),
    ("es_MX", None, "Estimado equipo de reclutamiento:"),
    # Portuguese.
    ("pt", Interviewer(name="Ana Souza", honorific="ms"), "Prezada Sra. Souza,"),
    ("pt", Interviewer(name="João Lima", honorific="mr", academic_title="dr"), "Prezado Dr. Lima,"),
    ("pt", None, "Prezada equipe de recrutamento,"),
    (
        "pt_PT",
        Interviewer(name="Ana Souza", honorific="ms", academic_title="dr"),
        "Exma. Sra. Dra. Ana Souza,",
    ),
    ("pt_PT", Interviewer(name="João Lima", honorific="mr"), "Exmo. Sr. João Lima,"),
    ("pt_PT", None, "Exmos. Senhores,"),
    # Dutch: no doctorate in the salutation, "professor" without gender.
    ("nl", Interviewer(name="Eva Jansen", honorific="ms"), "Geachte mevrouw Jansen,"),
    (
        "nl",
        Interviewer(name="Eva Jansen", honorific="ms", academic_title="dr"),
        "Geachte mevrouw Jansen,",
    ),
    ("nl", Interviewer(name="Bram Visser", honorific="mr"), "Geachte heer Visser,"),
    (
        "nl",
        Interviewer(name="Bram Visser", honorific="mr", academic_title="prof"),
        "Geachte professor Visser,",
    ),
    ("nl", Interviewer(name="Sam Bakker"), "Geachte Sam Bakker,"),
    ("nl", None, "Geachte heer, mevrouw,"),
    # Swedish: "Hej" and the name for everyone.
    (
        "sv",
        Interviewer(name="Anna Svensson", honorific="ms", academic_title="dr"),
        "Hej Anna Svensson,",
    ),
    ("sv", Interviewer(name="Erik Berg", honorific="mr"), "Hej Erik Berg,"),
    ("sv", None, "Hej,"),
    # Chinese: 女士 / 先生, an academic title instead, the name when no gender is given.
    ("zh", Interviewer(name="王丽", family_name="王", honorific="ms"), "尊敬的王女士："),
    ("zh", Interviewer(name="李强", family_name="李", honorific="mr"), "尊敬的李先生："),
    (
        "zh",
        Interviewer(name="王丽", family_name="王", honorific="ms", academic_title="dr"),
        "尊敬的王博士：",
    ),
    ("zh", Interviewer(name="李强", family_name="李", academic_title="prof"), "尊敬的李教授："),
    ("zh", Interviewer(name="王丽"), "尊敬的王丽："),
    ("zh", None, "尊敬的招聘负责人："),
    # Korean.
    ("ko", Interviewer(name="김민수", honorific="mr"), "김민수 님께"),
    ("ko", Interviewer(name="김민수", academic_title="dr"), "김민수 박사님께"),
    ("ko", Interviewer(name="이지은", honorific="ms", academic_title="prof"), "이지은 교수님께"),
    ("ko", None, "Acme 채용 담당자님께"),
]


@pytest.mark.parametrize(("locale", "person", "expected"), SALUTATIONS)
def test_salutation_forms(locale: str, person: Interviewer | None, expected: str) -> None:
    assert salutation(BOOKS[locale], person) == expected


def test_japanese_address_names_company_department_and_person_with_sama() -> None:
    book = BOOKS["ja"]
    person = Interviewer(name="山田太郎", honorific="mr")
    assert salutation(book, person, department="人事部") == "Acme\u3000人事部\u3000山田太郎様"
    # Without a department the address leaves it out rather than a gap.
    assert salutation(book, person) == "Acme\u3000山田太郎様"
    assert salutation(book, Interviewer(name="山田太郎")) == "Acme\u3000山田太郎様"
    assert salutation(book, None) == "Acme\u3000採用ご担当者様"


# --- the conventions of each language ---------------------------------------------------


def test_swiss_german_never_writes_eszett_and_starts_the_text_with_a_capital() -> None:
    book = BOOKS["de_CH"]
    assert "ß" not in everything(book)
    assert book.sign_offs[0] == "Freundliche Grüsse"
    assert all(not t.endswith(",") for _, t in book.salutations)
    assert all(o[0].isupper() for o in book.openers + book.short_openers)


@pytest.mark.parametrize("locale", ["de", "de_AT"])
def test_german_goes_on_in_lower_case_after_the_comma(locale: str) -> None:
    book = BOOKS[locale]
    assert all(t.endswith(",") for _, t in book.salutations)
    assert all(o[0].islower() for o in book.openers + book.short_openers)
    assert book.sign_offs[0] == "Mit freundlichen Grüßen"
    assert all(not s.endswith(",") for s in book.sign_offs)
    assert "Prof." not in " ".join(t for k, t in book.salutations if k in ("ms+prof", "mr+prof"))


@pytest.mark.parametrize("locale", ["de", "de_AT", "de_CH"])
def test_german_highlights_follow_a_colon_so_case_and_gender_never_clash(locale: str) -> None:
    # "über {highlight}" would need the accusative the user may not have written.
    for template in BOOKS[locale].highlights:
        assert template.endswith(": {highlight}."), template


@pytest.mark.parametrize("locale", ["fr", "fr_BE", "fr_CA"])
def test_french_never_mademoiselle_and_closing_never_contradicts_the_salutation(
    locale: str,
) -> None:
    book = BOOKS[locale]
    assert "mademoiselle" not in everything(book).lower()
    for sign_off in book.sign_offs:
        # The composer picks the closing apart from the salutation: one naming
        # "Madame" would contradict "Monsieur,".
        assert "Madame" not in sign_off
        assert "Monsieur" not in sign_off
    assert any("salutations distinguées" in s for s in book.sign_offs)


@pytest.mark.parametrize("locale", ["fr", "fr_BE", "fr_CA"])
def test_french_templates_need_no_elision_before_user_text(locale: str) -> None:
    # "de Acme" must be "d'Acme": no template puts an eliding word before a
    # placeholder that may start with a vowel.
    eliding = re.compile(r"\b(?:de|que|le|la|je|me|te|se|ne|du)\s+\{(?!date\})", re.IGNORECASE)
    for template in templates(BOOKS[locale]):
        assert not eliding.search(template), template


def test_quebec_says_entrevue_and_france_entretien() -> None:
    assert "entrevue" not in everything(BOOKS["fr"])
    assert "entretien" not in everything(BOOKS["fr_CA"])
    assert all("entrevue" in o or "échange" in o for o in BOOKS["fr_CA"].openers)


@pytest.mark.parametrize(
    ("locale", "gendered"),
    [
        ("fr", r"\b(ravie?|intéressée?|convaincue?|heureuse|heureux|motivée?)\b"),
        ("fr_CA", r"\b(ravie?|intéressée?|convaincue?|heureuse|heureux|motivée?)\b"),
        ("es", r"\b(interesad[oa]|encantad[oa]|convencid[oa]|atent[oa]|agradecid[oa])\b"),
        ("es_MX", r"\b(interesad[oa]|encantad[oa]|convencid[oa]|atent[oa]|agradecid[oa])\b"),
        ("pt", r"\b(obrigad[oa]|interessad[oa]|ansios[oa]|convencid[oa])\b"),
        ("pt_PT", r"\b(obrigad[oa]|interessad[oa]|ansios[oa]|convencid[oa])\b"),
    ],
)
def test_nothing_agrees_with_the_candidates_unknown_gender(locale: str, gendered: str) -> None:
    assert not re.search(gendered, everything(BOOKS[locale]), re.IGNORECASE)


@pytest.mark.parametrize("locale", ["es", "es_MX"])
def test_spanish_salutations_end_with_a_colon_and_use_usted(locale: str) -> None:
    book = BOOKS[locale]
    assert all(t.endswith(":") for _, t in book.salutations)
    assert not re.search(r"\b(tú|te|tu|tus|contigo)\b", everything(book), re.IGNORECASE)


def test_portuguese_closes_with_atenciosamente_and_each_country_its_team_word() -> None:
    assert "Atenciosamente," in BOOKS["pt"].sign_offs
    assert "Com os melhores cumprimentos," in BOOKS["pt_PT"].sign_offs
    assert "equipa" not in everything(BOOKS["pt"])
    assert "equipe" not in everything(BOOKS["pt_PT"])


def test_dutch_closes_with_met_vriendelijke_groet_and_does_not_open_with_ik() -> None:
    book = BOOKS["nl"]
    assert book.sign_offs[0] == "Met vriendelijke groet,"
    assert all(not o.startswith("Ik ") for o in book.openers + book.short_openers)


def test_swedish_never_abbreviates_the_closing() -> None:
    book = BOOKS["sv"]
    assert "Med vänlig hälsning" in book.sign_offs
    assert not re.search(r"\bmvh\b", everything(book), re.IGNORECASE)
    assert not re.search(r"\bNi\b", everything(book))  # "du" in Swedish business writing


def test_japanese_writes_kisha_never_onsha_and_thanks_for_the_interview_in_the_subject() -> None:
    book = BOOKS["ja"]
    text = everything(book)
    assert "貴社" in text
    assert "御社" not in text
    assert "貴社様" not in text
    assert "御中" not in text
    assert all("面接のお礼" in s for s in book.subjects)
    assert "面接のお礼（{candidate}）" in book.subjects
    assert all(t.endswith("様") for _, t in book.salutations)


def test_chinese_uses_nin_and_the_cizhi_jingli_layout() -> None:
    book = BOOKS["zh"]
    text = everything(book)
    assert "您" in text
    assert "你" not in text
    assert "此致\n敬礼！" in book.sign_offs
    assert all(t.startswith("尊敬的") and t.endswith("：") for _, t in book.salutations)


def test_korean_subject_and_particles_that_fit_any_name() -> None:
    book = BOOKS["ko"]
    subject = (
        book.subjects[0].replace("{position}", "백엔드 개발자").replace("{candidate}", "홍길동")
    )
    assert subject == "[감사 인사] 백엔드 개발자 면접 기회를 주셔서 감사합니다 – 지원자 홍길동"
    # A particle that depends on the final consonant (은/는, 이/가, 을/를, 과/와, 으로/로)
    # never follows a placeholder.
    for template in templates(book):
        assert not re.search(r"\}(?:은|는|이|가|을|를|과|와|으로|로)(?![가-힣])", template), (
            template
        )
    assert "귀사" in everything(book)
    assert book.signature.endswith("{candidate} 드림")


# --- notes drafted end to end -----------------------------------------------------------

COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CA": "CA",
    "es_ES": "ES",
    "es_MX": "MX",
    "pt_BR": "BR",
    "pt_PT": "PT",
    "nl_NL": "NL",
    "sv_SE": "SE",
    "ja_JP": "JP",
    "zh_CN": "CN",
    "ko_KR": "KR",
}
TOPIC = {
    "de": "die Migration nach Kubernetes",
    "fr": "la migration vers Kubernetes",
    "es": "la migración a Kubernetes",
    "pt": "a migração para Kubernetes",
    "nl": "de migratie naar Kubernetes",
    "sv": "migreringen till Kubernetes",
    "ja": "Kubernetesへの移行",
    "zh": "向Kubernetes迁移",
    "ko": "Kubernetes 전환",
}
WHEN = datetime(2026, 1, 20, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
NOW = datetime(2026, 1, 20, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
TEAM = (
    Interviewer(name="Anna Weber", honorific="ms", academic_title="dr"),
    Interviewer(name="Jan Schmidt", honorific="mr", academic_title="prof"),
    Interviewer(name="Alex Roth"),
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def panel_interview(locale: str, people: tuple[Interviewer, ...] = TEAM) -> Interview:
    topic = TOPIC[locale[:2]]
    return Interview(
        company="Acme",
        position="Data Engineer",
        when=WHEN,
        country=COUNTRY[locale],
        interviewers=[
            Interviewer(
                name=p.name,
                honorific=p.honorific,
                academic_title=p.academic_title,
                locale=locale,
                highlights=[topic],
            )
            for p in people
        ],
        department="IT",
    )


def test_german_note_to_dr_weber(engine: Engine) -> None:
    interview = Interview(
        company="Acme",
        position="Data Engineer",
        when=WHEN,
        country="DE",
        interviewers=[
            Interviewer(name="Anna Weber", honorific="ms", academic_title="dr", locale="de_DE")
        ],
        highlights=["die Migration nach Kubernetes"],
    )
    advice = engine.advise(interview, Candidate("Kim Lee", "de_DE"), now=NOW, channel="email")
    (note,) = advice.notes
    assert note.body.startswith("Sehr geehrte Frau Dr. Weber,\n\n")
    assert note.body.split("\n\n")[1][0].islower()
    assert "\nMit freundlichen Grüßen\nKim Lee" in note.body
    assert "20. Januar 2026" in note.text
    assert "die Migration nach Kubernetes" in note.body


def test_austrian_note_writes_the_austrian_month(engine: Engine) -> None:
    interview = panel_interview("de_AT", TEAM[:1])
    (note,) = engine.advise(
        interview, Candidate("Kim Lee", "de_AT"), now=NOW, channel="email"
    ).notes
    assert "20. Jänner 2026" in note.text


def test_swiss_note_has_no_eszett_and_no_comma_after_the_salutation(engine: Engine) -> None:
    interview = panel_interview("de_CH", TEAM[:1])
    (note,) = engine.advise(
        interview, Candidate("Kim Lee", "de_CH"), now=NOW, channel="email"
    ).notes
    assert note.body.startswith("Sehr geehrte Frau Dr. Weber\n\n")
    assert "ß" not in note.text


def test_japanese_note_thanks_for_the_interview_and_addresses_with_sama(engine: Engine) -> None:
    interview = panel_interview("ja_JP", (Interviewer(name="山田太郎", honorific="mr"),))
    (note,) = engine.advise(
        interview, Candidate("佐藤花子", "ja_JP"), now=NOW, channel="email"
    ).notes
    assert note.subject is not None
    assert "面接のお礼" in note.subject
    assert note.body.startswith("Acme\u3000IT\u3000山田太郎様\n")
    assert "御社" not in note.text
    assert "2026年1月20日" in note.body


@pytest.mark.parametrize("locale", sorted(COUNTRY))
def test_a_drafted_note_in_each_language_passes_proofreading(engine: Engine, locale: str) -> None:
    interview = panel_interview(locale)
    candidate = Candidate("Kim Lee", locale)
    advice = engine.advise(interview, candidate, now=NOW, channel="email")
    assert len(advice.notes) == 3
    for note in advice.notes:
        assert str(note.locale) == locale or note.locale.language == locale[:2]
        assert TOPIC[locale[:2]] in note.body
        findings = engine.check(
            note.text, interview, candidate, recipient=note.recipient, channel="email", now=NOW
        )
        errors = [f for f in findings if f.severity is Severity.ERROR]
        assert not errors, (note.text, errors)


def _trigrams(text: str, language: str) -> set[tuple[str, ...]]:
    units = list(text) if language in ("ja", "zh") else text.split()
    return {tuple(units[i : i + 3]) for i in range(len(units) - 2)}


@pytest.mark.parametrize("locale", sorted(COUNTRY))
def test_panel_members_get_different_notes(engine: Engine, locale: str) -> None:
    interview = panel_interview(locale)
    notes = engine.advise(interview, Candidate("Kim Lee", locale), now=NOW, channel="email").notes
    language = locale[:2]
    for i, first in enumerate(notes):
        for second in notes[i + 1 :]:
            a, b = _trigrams(first.body, language), _trigrams(second.body, language)
            assert len(a & b) / min(len(a), len(b)) <= 0.6


@pytest.mark.parametrize("locale", sorted(COUNTRY))
@pytest.mark.parametrize("channel", [Channel.LINKEDIN, Channel.HANDWRITTEN])
def test_short_channels_fit_in_every_language(
    engine: Engine, locale: str, channel: Channel
) -> None:
    interview = panel_interview(locale)
    notes = engine.advise(interview, Candidate("Kim Lee", locale), now=NOW, channel=channel).notes
    for note in notes:
        assert not [f for f in note.findings if f.severity is not Severity.INFO], note.findings
        if channel is Channel.LINKEDIN:
            assert len(note.body) <= 300


# --- language-specific proofreading rules -------------------------------------------------


def _rules(engine: Engine, text: str, locale: str, person: Interviewer | None = None) -> dict:
    interview = Interview(
        company="Acme",
        position="Data Engineer",
        when=WHEN,
        country=COUNTRY[locale],
        interviewers=[person] if person is not None else [],
    )
    found = engine.check(
        text, interview, Candidate("Kim Lee", locale), recipient=person, channel="email", now=NOW
    )
    return {f.rule: f for f in found}


def test_japanese_rules_catch_onsha_kisha_sama_and_onchu_with_sama(engine: Engine) -> None:
    yamada = Interviewer(name="山田太郎", locale="ja_JP")
    text = (
        "株式会社Acme 人事部御中 山田太郎様\n\n"
        "本日は面接の機会をいただき、誠にありがとうございました。"
        "御社で働きたいという思いが強くなりました。貴社様のご発展をお祈り申し上げます。\n\n"
        "何卒よろしくお願い申し上げます。\n\nKim Lee"
    )
    rules = _rules(engine, text, "ja_JP", yamada)
    assert rules["ja-onsha"].suggestion == "貴社"
    assert text[rules["ja-onsha"].start : rules["ja-onsha"].end] == "御社"
    assert rules["ja-kisha-sama"].suggestion == "貴社"
    assert text[rules["ja-onchu-sama"].start : rules["ja-onchu-sama"].end] == "御中"


def test_german_rules_catch_a_missing_doctorate_and_an_abbreviated_professor(
    engine: Engine,
) -> None:
    weber = Interviewer(name="Anna Weber", honorific="ms", academic_title="dr", locale="de_DE")
    body = (
        "\n\nvielen Dank für das angenehme Gespräch am 20. Januar 2026 über die Stelle als "
        "Data Engineer bei Acme.\n\nMit freundlichen Grüßen\nKim Lee"
    )
    missing = _rules(engine, "Sehr geehrte Frau Weber," + body, "de_DE", weber)
    assert missing["de-title-missing"].suggestion == "Sehr geehrte Frau Dr. Weber,"
    assert "de-title-missing" not in _rules(
        engine, "Sehr geehrte Frau Dr. Weber," + body, "de_DE", weber
    )

    schmidt = Interviewer(name="Jan Schmidt", honorific="mr", academic_title="prof", locale="de_DE")
    short = _rules(engine, "Sehr geehrter Herr Prof. Dr. Schmidt," + body, "de_DE", schmidt)
    assert short["de-prof-abbreviated"].suggestion == "Herr Professor"
    capital = _rules(
        engine, "Sehr geehrte Frau Dr. Weber," + body.replace("vielen", "Vielen"), "de_DE", weber
    )
    assert capital["de-capital-after-salutation"].suggestion == "vielen"


def test_swiss_rule_catches_eszett_only_for_a_swiss_reader(engine: Engine) -> None:
    text = (
        "Sehr geehrte Frau Weber\n\nVielen Dank für das Gespräch am 20. Januar 2026 bei Acme "
        "über die Stelle als Data Engineer.\n\nFreundliche Grüße\nKim Lee"
    )
    swiss = Interviewer(name="Anna Weber", honorific="ms", locale="de_CH")
    german = Interviewer(name="Anna Weber", honorific="ms", locale="de_DE")
    assert _rules(engine, text, "de_CH", swiss)["de-ch-eszett"].suggestion == "ss"
    assert "de-ch-eszett" not in _rules(engine, text, "de_DE", german)


def test_swedish_rule_catches_mvh(engine: Engine) -> None:
    text = (
        "Hej Anna Svensson,\n\nTack för ett trevligt samtal den 20 januari 2026 om tjänsten "
        "som Data Engineer på Acme.\n\nMVH\nKim Lee"
    )
    person = Interviewer(name="Anna Svensson", locale="sv_SE")
    assert _rules(engine, text, "sv_SE", person)["sv-mvh"].suggestion == "Med vänlig hälsning"


def test_french_rules_catch_mademoiselle_a_mismatched_closing_and_missing_elision(
    engine: Engine,
) -> None:
    person = Interviewer(name="Claire Martin", honorific="ms", locale="fr_FR")
    text = (
        "Mademoiselle,\n\nJe vous remercie pour l'entretien du 20 janvier 2026 chez Acme. "
        "La perspective de rejoindre les équipes de Acme me motive.\n\n"
        "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\nKim Lee"
    )
    rules = _rules(engine, text, "fr_FR", person)
    assert rules["fr-mademoiselle"].suggestion == "Madame"
    assert rules["fr-elision"].suggestion == "d'Acme"
    mismatched = text.replace("Mademoiselle,", "Madame,")
    assert _rules(engine, mismatched, "fr_FR", person)["fr-closing-mismatch"].suggestion == "Madame"
    matched = mismatched.replace("agréer, Monsieur,", "agréer, Madame,")
    assert "fr-closing-mismatch" not in _rules(engine, matched, "fr_FR", person)


@pytest.mark.parametrize("locale", sorted(COUNTRY))
def test_own_drafts_trip_none_of_the_language_rules(engine: Engine, locale: str) -> None:
    interview = panel_interview(locale)
    candidate = Candidate("Kim Lee", locale)
    ours = ("ja-", "de-", "fr-", "sv-")
    for channel in Channel:
        for note in engine.advise(interview, candidate, now=NOW, channel=channel).notes:
            found = engine.check(
                note.text, interview, candidate, recipient=note.recipient, channel=channel, now=NOW
            )
            assert not [f for f in found if f.rule.startswith(ours)], note.text


@pytest.mark.parametrize(
    ("locale", "team"),
    [
        ("de_DE", "Sehr geehrte Damen und Herren,"),
        ("de_CH", "Sehr geehrte Damen und Herren\n"),
        ("fr_FR", "Madame, Monsieur,"),
        ("fr_CA", "Madame, Monsieur,"),
        ("es_ES", "Estimado equipo de selección:"),
        ("es_MX", "Estimado equipo de reclutamiento:"),
        ("pt_BR", "Prezada equipe de recrutamento,"),
        ("pt_PT", "Exmos. Senhores,"),
        ("nl_NL", "Geachte heer, mevrouw,"),
        ("sv_SE", "Hej,"),
        ("ja_JP", "Acme\u3000採用ご担当者様"),
        ("zh_CN", "尊敬的招聘负责人："),
        ("ko_KR", "Acme 채용 담당자님께"),
    ],
)
def test_a_note_to_no_named_interviewer_greets_the_hiring_team(
    engine: Engine, locale: str, team: str
) -> None:
    interview = Interview(
        company="Acme",
        position="Data Engineer",
        when=WHEN,
        country=COUNTRY[locale],
        highlights=[TOPIC[locale[:2]]],
    )
    (note,) = engine.advise(interview, Candidate("Kim Lee", locale), now=NOW, channel="email").notes
    assert note.locale.language == locale[:2]
    assert note.body.startswith(team)
