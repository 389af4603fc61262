from __future__ import annotations

from datetime import timedelta

import thankyou_nursing

from thankyou import Engine, Verdict
from thankyou.testing import make_candidate, make_interview, registered, validate_plugin


def test_the_plugin_matches_the_hook_specs() -> None:
    assert validate_plugin(thankyou_nursing, name="nursing") == []


def test_a_nursing_interview_gets_the_plugins_advice(engine: Engine) -> None:
    interview = make_interview(industry="RN", position="Registered Nurse, Cardiac Unit")
    with registered(thankyou_nursing, name="nursing", engine=engine):
        recommendation = engine.recommend(interview, make_candidate())
    ours = [reason for reason in recommendation.reasons if reason.plugin == "nursing"]
    assert len(ours) == len(thankyou_nursing.NORMS)
    assert all(reason.source for reason in ours)
    assert recommendation.verdict in (Verdict.EXPECTED, Verdict.RECOMMENDED)
    assert recommendation.send_by <= interview.when + timedelta(days=4)  # a day, plus a weekend


def test_other_industries_are_left_alone(engine: Engine) -> None:
    with registered(thankyou_nursing, name="nursing", engine=engine):
        recommendation = engine.recommend(make_interview(), make_candidate())
    assert "nursing" not in {reason.plugin for reason in recommendation.reasons}


def test_weak_sources_weigh_less_than_an_ordinary_norm() -> None:
    for norm in thankyou_nursing.NORMS:
        assert norm.weight < 1.0
        assert "weak" in norm.reason or "counts for little" in norm.reason
