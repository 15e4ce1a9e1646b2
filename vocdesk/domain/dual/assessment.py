"""Joint assessment: the college's and the enterprise's score per competence, combined by a weight, and the result."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AssessmentSettings:
    """Unconfirmed [U]: OVEC's form was not found, so scale, enterprise weight and pass mark are settings."""

    top_score: int = 5
    enterprise_weight_percent: int = 50
    pass_percent: int = 50


@dataclass(frozen=True)
class Score:
    competence: str
    college: int | None
    enterprise: int | None


@dataclass(frozen=True)
class Result:
    percent: float | None
    """None until every competence has both scores."""
    passed: bool | None
    missing: tuple[str, ...]


def score_problem(score: Score, settings: AssessmentSettings) -> str | None:
    for value in (score.college, score.enterprise):
        if value is not None and not 0 <= value <= settings.top_score:
            return "dual.score_range"
    return None if score.competence.strip() else "dual.competence_required"


def result(scores: list[Score], settings: AssessmentSettings) -> Result:
    """Weighted mean of both sides over every competence, as a percentage of the top score."""
    missing = tuple(s.competence for s in scores if s.college is None or s.enterprise is None)
    if not scores or missing:
        return Result(None, None, missing)
    w = settings.enterprise_weight_percent / 100
    total = sum((1 - w) * (s.college or 0) + w * (s.enterprise or 0) for s in scores)
    percent = round(100 * total / (len(scores) * settings.top_score), 2)
    return Result(percent, percent >= settings.pass_percent, ())
