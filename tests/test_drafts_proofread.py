"""Every note the library drafts passes its own proofreader without an error.

Hundreds of varied interviews (countries and languages, industries, panels of
one to four people with and without titles, names with accents, companies
with legal forms, highlights, every channel) are drafted with every
installed plugin at the recommended moment; no draft may carry an
error-level finding. The variety is enumerated, not random: the same
interviews every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from thankyou import Candidate, Channel, Engine, Interview, Interviewer, Severity, Verdict

#: (country, the interviewers' locale, the candidate's locale, a zone, topics in that language)
PLACES = (
    (
        "US",
        "en_US",
        "en_US",
        "America/New_York",
        ("the migration to Kubernetes", "next year's budget"),
    ),
    ("GB", "en_GB", "en_GB", "Europe/London", ("the new client onboarding", "the pro bono clinic")),
    ("CA", "en_CA", "fr_CA", "America/Toronto", ("the bilingual help desk", "the spring launch")),
    (
        "AU",
        "en_AU",
        "en_AU",
        "Australia/Sydney",
        ("the regional expansion", "the mentoring scheme"),
    ),
    ("IN", "en_IN", "en_IN", "Asia/Kolkata", ("the payments platform", "the hiring plan")),
    ("IE", "en_IE", "en_IE", "Europe/Dublin", ("the data protection audit", "the Dublin office")),
    (
        "DE",
        "de_DE",
        "de_DE",
        "Europe/Berlin",
        ("die Migration nach Kubernetes", "die Einarbeitung neuer Kolleginnen"),
    ),
    (
        "AT",
        "de_AT",
        "de_AT",
        "Europe/Vienna",
        ("das neue Kundenportal", "die Zusammenarbeit mit Wien"),
    ),
    (
        "CH",
        "de_CH",
        "de_CH",
        "Europe/Zurich",
        ("die Umstellung der Buchhaltung", "das Projekt in Basel"),
    ),
    (
        "FR",
        "fr_FR",
        "fr_FR",
        "Europe/Paris",
        ("la refonte du site", "le lancement de la collection"),
    ),
    (
        "BE",
        "fr_BE",
        "fr_BE",
        "Europe/Brussels",
        ("la migration vers le cloud", "le service client"),
    ),
    (
        "ES",
        "es_ES",
        "es_ES",
        "Europe/Madrid",
        ("la automatización de los informes", "el cierre trimestral"),
    ),
    (
        "MX",
        "es_MX",
        "es_MX",
        "America/Mexico_City",
        ("la apertura en Monterrey", "el nuevo sistema de ventas"),
    ),
    ("BR", "pt_BR", "pt_BR", "America/Sao_Paulo", ("a migração para a nuvem", "o novo aplicativo")),
    ("PT", "pt_PT", "pt_PT", "Europe/Lisbon", ("a expansão para Espanha", "o projeto de formação")),
    (
        "NL",
        "nl_NL",
        "nl_NL",
        "Europe/Amsterdam",
        ("de migratie naar de cloud", "het nieuwe klantportaal"),
    ),
    (
        "SE",
        "sv_SE",
        "sv_SE",
        "Europe/Stockholm",
        ("migreringen till molnet", "det nya kundsystemet"),
    ),
    ("JP", "ja_JP", "ja_JP", "Asia/Tokyo", ("海外取引先との関係づくり", "新しい物流システム")),
    ("CN", "zh_CN", "zh_CN", "Asia/Shanghai", ("向云平台迁移", "新的客户系统")),
    ("KR", "ko_KR", "ko_KR", "Asia/Seoul", ("클라우드 전환", "신규 고객 시스템")),
)
INDUSTRIES = (
    None,
    "technology",
    "fundraising",
    "finance",
    "law",
    "healthcare",
    "academia",
    "sales",
    "retail",
    "hospitality",
    "consulting",
    "creative",
    "government",
    "customer-service",
    "k12-education",
)
#: (name, honorific, academic title)
PEOPLE = (
    ("Anna Weber", "ms", "dr"),
    ("John Mueller", "mr", None),
    ("Priya Raman", "ms", None),
    ("Alex Roth", None, None),
    ("José Álvarez", "mr", "prof"),
    ("Zoë Martin", "mx", None),
    ("Søren Kierkegaard-Hansen", "mr", "dr"),
    ("Marie-Claire Dubois", "ms", None),
    ("Kenji Sato", None, None),
    ("Dana O'Neill", "ms", None),
)
COMPANIES = (
    ("Acme Corporation", "Data Engineer"),
    ("Harbor Food Bank", "Major Gifts Officer"),
    ("Nordlicht Software GmbH", "Backend Developer"),
    ("Thornbury & Wells LLP", "Trainee Solicitor"),
    ("Grupo Solaris S.A.", "Financial Analyst"),
    ("Kobayashi Trading", "Account Manager"),
    ("St. Mary's Hospital", "Charge Nurse"),
    ("Blue Owl Studio", "Product Designer"),
)
CHANNELS = (None, Channel.EMAIL, Channel.HANDWRITTEN, Channel.LINKEDIN)
COUNT = 300


def _interviews() -> list[tuple[Interview, Candidate, Channel | None]]:
    cases = []
    for i in range(COUNT):
        country, locale, candidate_locale, zone, topics = PLACES[i % len(PLACES)]
        company, position = COMPANIES[(i // 3) % len(COMPANIES)]
        size = 1 + (i // 7) % 4
        panel = [PEOPLE[(i * 3 + k * 7) % len(PEOPLE)] for k in range(size)]
        people = [
            Interviewer(
                name=name,
                honorific=honorific,
                academic_title=title if (i // 2) % 2 else None,
                locale=locale,
                timezone=zone,
                email=f"person{k}@example.com" if (i + k) % 3 else None,
                highlights=(topics[(i + k) % 2],) if (i + k) % 4 else (),
            )
            for k, (name, honorific, title) in enumerate(dict.fromkeys(panel))
        ]
        when = datetime(2026, 3, 2 + i % 5, 9 + i % 8, 30, tzinfo=ZoneInfo(zone))
        interview = Interview(
            company=company,
            position=position,
            when=when,
            country=country,
            industry=INDUSTRIES[i % len(INDUSTRIES)],
            interviewers=people,
            highlights=(topics[i % 2],) if i % 5 else (),
            stage=("screening", "first", "final")[i % 3],
            format=("phone", "video", "onsite")[(i // 3) % 3],
        )
        candidate = Candidate(
            name=("Bo Li", "Lena Hoffmann", "Camille Martin", "Sam Rivera")[i % 4],
            locale=candidate_locale,
            email="me@example.com",
            other_companies=("Globex", "Initech Systems") if i % 2 else (),
        )
        cases.append((interview, candidate, CHANNELS[(i // 5) % len(CHANNELS)]))
    return cases


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def test_no_draft_carries_an_error(engine: Engine) -> None:
    drafted = 0
    errors = []
    for interview, candidate, channel in _interviews():
        recommendation = engine.recommend(interview, candidate, channel=channel)
        if recommendation.verdict is Verdict.DO_NOT_SEND:
            continue
        # At the recommended moment: neither too soon nor late.
        now = recommendation.send_after + timedelta(minutes=5)
        advice = engine.advise(interview, candidate, now=now, channel=channel)
        for note in advice.notes:
            drafted += 1
            assert note.findings == engine.check(
                note.text,
                interview,
                candidate,
                recipient=note.recipient,
                channel=note.channel,
                now=now,
            )
            errors += [
                (note.text[f.start : f.end], f.rule, f.message, note.text)
                for f in note.findings
                if f.severity is Severity.ERROR
            ]
    assert drafted >= COUNT
    assert not errors, errors[:5]


def test_a_late_draft_says_so(engine: Engine) -> None:
    interview, candidate, _ = _interviews()[1]
    recommendation = engine.recommend(interview, candidate)
    advice = engine.advise(interview, candidate, now=recommendation.send_by + timedelta(days=2))
    assert advice.notes
    for note in advice.notes:
        assert [f.rule for f in note.findings if f.severity is Severity.ERROR] == ["late"]
