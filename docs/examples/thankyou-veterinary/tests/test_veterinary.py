from __future__ import annotations

import thankyou_veterinary

from thankyou import Engine, Verdict
from thankyou.testing import make_candidate, make_interview, registered, validate_plugin


def test_the_plugin_matches_the_hook_specs() -> None:
    assert validate_plugin(thankyou_veterinary, name="veterinary") == []


def test_a_veterinary_interview_gets_the_plugins_advice(engine: Engine) -> None:
    interview = make_interview(industry="Animal Hospital", position="Associate Veterinarian")
    with registered(thankyou_veterinary, name="veterinary", engine=engine) as with_plugin:
        recommendation = with_plugin.recommend(interview, make_candidate())
    ours = [reason for reason in recommendation.reasons if reason.plugin == "veterinary"]
    assert len(ours) == len(thankyou_veterinary.NORMS)
    assert all(reason.source for reason in ours)
    assert recommendation.verdict in (Verdict.EXPECTED, Verdict.RECOMMENDED)


def test_other_industries_are_left_alone(engine: Engine) -> None:
    with registered(thankyou_veterinary, name="veterinary", engine=engine) as with_plugin:
        recommendation = with_plugin.recommend(make_interview(), make_candidate())
    assert "veterinary" not in {reason.plugin for reason in recommendation.reasons}


def test_weak_sources_weigh_less_than_an_ordinary_norm() -> None:
    for norm in thankyou_veterinary.NORMS:
        assert norm.weight < 1.0
        assert "weak" in norm.reason or "counts for little" in norm.reason
