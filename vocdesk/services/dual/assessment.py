"""Joint assessment per placement per semester: scores per competence from the college and the enterprise."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.assessment import AssessmentSettings, Result, Score, result, score_problem
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DualAssessmentScore
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import ASSESSMENT
from vocdesk.services.dual.followup_common import semester_key, started_placement
from vocdesk.services.dual.followup_settings import assessment_settings as settings_of


def assessment_settings(uow: UnitOfWork) -> AssessmentSettings:
    return settings_of(uow.session)


@dataclass(frozen=True)
class Assessment:
    placement_id: int
    semester: str
    scores: list[Score]
    result: Result


def record_scores(uow: UnitOfWork, placement_id: int, semester: str, scores: list[Score]) -> Assessment:
    """Add or change scores by competence; a score left None keeps what is recorded."""
    require(uow.actor, "dual.followup")
    started_placement(uow.session, placement_id)
    key, settings = str(semester_key(semester)), assessment_settings(uow)
    for score in scores:
        problem = score_problem(score, settings)
        if problem:
            raise ValidationFailed(problem, field="score", competence=score.competence, top=settings.top_score)
    rows = {r.competence: r for r in uow.session.scalars(select(DualAssessmentScore).where(
        DualAssessmentScore.placement_id == placement_id, DualAssessmentScore.semester == key))}
    changed = {}
    for score in scores:
        row = rows.get(score.competence.strip())
        if row is None:
            row = DualAssessmentScore(placement_id=placement_id, semester=key, competence=score.competence.strip())
            uow.session.add(row)
            rows[row.competence] = row
        old = (row.college_score, row.enterprise_score)
        if score.college is not None:
            row.college_score = score.college
        if score.enterprise is not None:
            row.enterprise_score = score.enterprise
        changed[row.competence] = [list(old), [row.college_score, row.enterprise_score]]
    uow.session.flush()
    uow.audit("assessment.record", "dual_placement", placement_id, {"semester": [key, key], **changed})
    uow.changed(ASSESSMENT)
    return _view(placement_id, key, list(rows.values()), settings)


def _view(placement_id: int, key: str, rows: list[DualAssessmentScore], settings: AssessmentSettings) -> Assessment:
    scores = [Score(r.competence, r.college_score, r.enterprise_score) for r in sorted(rows, key=lambda r: r.id or 0)]
    return Assessment(placement_id, key, scores, result(scores, settings))


def get_assessment(uow: UnitOfWork, placement_id: int, semester: str) -> Assessment:
    require(uow.actor, "dual.view")
    key = str(semester_key(semester))
    rows = list(uow.session.scalars(select(DualAssessmentScore).where(
        DualAssessmentScore.placement_id == placement_id, DualAssessmentScore.semester == key)))
    return _view(placement_id, key, rows, assessment_settings(uow))
