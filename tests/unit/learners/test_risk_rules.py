"""Dropout-risk rules: each fires exactly at its threshold, names itself, and missing data never fires a rule."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vocdesk.domain.risk import RiskFacts, RiskLevel, RiskThresholds, ScreeningGroup, assess
from vocdesk.errors import ValidationFailed

CALM = RiskFacts(attendance_pct=95.0, gpax=3.1, suspensions=0, currently_suspended=False, has_support=True,
                 household_income=8000, screening=ScreeningGroup.NORMAL, open_dual_problems=0)
LIMITS = RiskThresholds()


def fired(facts: RiskFacts, limits: RiskThresholds = LIMITS) -> list[str]:
    return [rule.code for rule in assess(facts, limits).rules]


def test_a_learner_without_problems_is_not_at_risk() -> None:
    result = assess(CALM, LIMITS)
    assert (result.level, result.score, result.rules) == (RiskLevel.NONE, 0, ())


@pytest.mark.parametrize(("change", "rule"), [
    ({"attendance_pct": 79.9}, "attendance"),
    ({"gpax": 1.99}, "gpax"),
    ({"suspensions": 1}, "status_history"),
    ({"currently_suspended": True}, "status_history"),
    ({"has_support": False, "household_income": 9999}, "no_support_low_income"),
    ({"screening": ScreeningGroup.AT_RISK}, "screening"),
    ({"open_dual_problems": 1}, "dual_placement"),
])
def test_each_rule_fires_alone_and_names_itself(change: dict[str, object], rule: str) -> None:
    result = assess(replace(CALM, **change), LIMITS)  # type: ignore[arg-type]
    assert [r.code for r in result.rules] == [rule]
    assert result.level is RiskLevel.WATCH


@pytest.mark.parametrize("change", [
    {"attendance_pct": 80.0}, {"gpax": 2.0}, {"has_support": False, "household_income": 10000},
    {"has_support": True, "household_income": 500}, {"screening": ScreeningGroup.NORMAL},
])
def test_rules_do_not_fire_at_the_threshold_or_with_support(change: dict[str, object]) -> None:
    assert fired(replace(CALM, **change)) == []  # type: ignore[arg-type]


def test_missing_data_fires_nothing() -> None:
    unknown = RiskFacts(None, None, 0, False, False, None, None, 0)
    assert fired(unknown) == []


def test_the_fired_rule_shows_value_and_threshold() -> None:
    rule = assess(replace(CALM, gpax=1.5), RiskThresholds(gpax_min=1.75)).rules[0]
    assert (rule.value, rule.threshold) == ("1.50", "< 1.75")


def test_level_follows_summed_weights() -> None:
    assert assess(replace(CALM, gpax=1.5, attendance_pct=60.0), LIMITS).level is RiskLevel.HIGH
    problem = assess(replace(CALM, screening=ScreeningGroup.PROBLEM), LIMITS)
    assert (problem.score, problem.level) == (2, RiskLevel.HIGH)
    assert assess(replace(CALM, gpax=1.5, attendance_pct=60.0), RiskThresholds(high_score=3)).level is RiskLevel.WATCH


def test_thresholds_are_settings() -> None:
    limits = RiskThresholds.from_settings({"risk.attendance_min_pct": 70, "risk.gpax_min": "1.5"})
    assert (limits.attendance_min_pct, limits.gpax_min, limits.household_income_max) == (70.0, 1.5, 10000)
    assert fired(replace(CALM, attendance_pct=75.0), limits) == []
    with pytest.raises(ValidationFailed):
        RiskThresholds(attendance_min_pct=120)
