"""Dropout risk for enrolled learners: gather the facts in bulk, apply the domain rules, list who is at risk and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from vocdesk.domain.academic import Level
from vocdesk.domain.learners import ENROLLED, LearnerStatus
from vocdesk.domain.risk import RiskAssessment, RiskFacts, RiskLevel, RiskThresholds, ScreeningGroup, assess
from vocdesk.persistence.models import (
    FollowUpCase,
    Learner,
    LearnerStatusChange,
    LearnerSupport,
    LearningGroup,
    Programme,
    Teacher,
)
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting
from vocdesk.services.learners import RISK

HOME_VISIT, COUNSELLING, DUAL_PLACEMENT, REFERRAL = "home_visit", "counselling", "dual_placement", "referral"
CASE_KINDS = (HOME_VISIT, COUNSELLING, DUAL_PLACEMENT, REFERRAL)
_ENROLLED_CODES = [status.value for status in ENROLLED]
AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


_DEFAULT = RiskThresholds()
RISK_SETTINGS: tuple[SettingSpec[Any], ...] = (
    SettingSpec("risk.attendance_min_pct", float, _DEFAULT.attendance_min_pct, "เวลาเรียนขั้นต่ำ (%)",
                "Lowest attendance (%)", 0, 100),
    SettingSpec("risk.gpax_min", float, _DEFAULT.gpax_min, "เกรดเฉลี่ยขั้นต่ำ", "Lowest GPAX", 0, 4),
    SettingSpec("risk.household_income_max", int, _DEFAULT.household_income_max, "รายได้ครัวเรือนต่อเดือนไม่เกิน (บาท)",
                "Monthly household income up to (baht)", 0),
    SettingSpec("risk.suspensions_max", int, _DEFAULT.suspensions_max, "จำนวนครั้งที่พักการเรียนได้ไม่เกิน",
                "Most past suspensions", 0),
    SettingSpec("risk.high_score", int, _DEFAULT.high_score, "คะแนนที่ถือว่าเสี่ยงสูง", "Score counted as high risk", 1),
)


def risk_thresholds(session: Session) -> RiskThresholds:
    return RiskThresholds(**{spec.key.removeprefix("risk."): setting(session, spec) for spec in RISK_SETTINGS})


def save_risk_thresholds(uow: UnitOfWork, limits: RiskThresholds) -> None:
    """Store the thresholds as settings (each change audited)."""
    require(uow.actor, "risk.settings")
    for spec in RISK_SETTINGS:
        store_setting(uow, spec, getattr(limits, spec.key.removeprefix("risk.")))
    uow.changed(RISK)


def _supported(today: dt.date) -> Select[int]:
    # Scholarships only: entitlements such as free education go to every learner of a level and relieve no one.
    return select(LearnerSupport.learner_id).where(
        LearnerSupport.kind == "scholarship", LearnerSupport.period_start <= today,
        or_(LearnerSupport.period_end.is_(None), LearnerSupport.period_end >= today))


def gather_facts(session: Session, today: dt.date, learner_ids: Collection[int] | None = None) -> dict[int, RiskFacts]:
    """The facts each rule needs, for every enrolled learner (or just `learner_ids`), in a handful of queries."""
    def scoped(query: AnySelect, column: InstrumentedAttribute[int]) -> AnySelect:
        return query if learner_ids is None else query.where(column.in_(list(learner_ids)))

    base = select(Learner.id, Learner.attendance_pct, Learner.gpax, Learner.status, Learner.household_income,
                  Learner.id.in_(_supported(today))).where(Learner.status.in_(_ENROLLED_CODES))
    suspensions = dict(session.execute(scoped(
        select(LearnerStatusChange.learner_id, func.count())
        .where(LearnerStatusChange.status == LearnerStatus.SUSPENDED.value)
        .group_by(LearnerStatusChange.learner_id), LearnerStatusChange.learner_id)).all())
    latest_visit = (select(FollowUpCase.learner_id, func.max(FollowUpCase.opened_on).label("on"))
                    .where(FollowUpCase.kind == HOME_VISIT, FollowUpCase.screening_group != "")
                    .group_by(FollowUpCase.learner_id).subquery())
    screening: dict[int, str] = {}
    for lid, group in session.execute(scoped(
            select(FollowUpCase.learner_id, FollowUpCase.screening_group).join(latest_visit, and_(
                FollowUpCase.learner_id == latest_visit.c.learner_id, FollowUpCase.opened_on == latest_visit.c.on))
            .where(FollowUpCase.kind == HOME_VISIT).order_by(FollowUpCase.id), FollowUpCase.learner_id)):
        screening[lid] = group
    dual = dict(session.execute(scoped(
        select(FollowUpCase.learner_id, func.count())
        .where(FollowUpCase.kind == DUAL_PLACEMENT, FollowUpCase.closed_on.is_(None))
        .group_by(FollowUpCase.learner_id), FollowUpCase.learner_id)).all())
    facts: dict[int, RiskFacts] = {}
    for lid, attendance, gpax, status, income, has_support in session.execute(
            scoped(base, Learner.id)):
        facts[lid] = RiskFacts(
            attendance_pct=attendance, gpax=gpax, suspensions=int(suspensions.get(lid, 0)),
            currently_suspended=status == LearnerStatus.SUSPENDED.value, has_support=bool(has_support),
            household_income=income, screening=ScreeningGroup(screening[lid]) if lid in screening else None,
            open_dual_problems=int(dual.get(lid, 0)))
    return facts


def assess_learners(session: Session, actor: Actor, today: dt.date,
                    learner_ids: Collection[int] | None = None) -> dict[int, RiskAssessment]:
    require(actor, "risk.view")
    limits = risk_thresholds(session)
    return {lid: assess(facts, limits) for lid, facts in gather_facts(session, today, learner_ids).items()}


@dataclass(frozen=True)
class AtRiskRow:
    """A learner at risk, with every rule that fired, for the list the regional dual-vocational centre receives."""

    learner_id: int
    student_code: str
    name: str
    level_year: str
    programme: str
    group: str
    advisor: str
    is_dual: bool
    level: RiskLevel
    score: int
    rules: tuple[str, ...]
    """`code: value (threshold)` per fired rule."""


def at_risk_list(session: Session, actor: Actor, today: dt.date,
                 minimum: RiskLevel = RiskLevel.WATCH) -> list[AtRiskRow]:
    """Enrolled learners at `minimum` risk or above, highest score first, then by student code."""
    assessed = {lid: a for lid, a in assess_learners(session, actor, today).items() if a.level >= minimum}
    if not assessed:
        return []
    rows: list[AtRiskRow] = []
    ids = list(assessed)
    for start in range(0, len(ids), 900):
        query = (select(Learner.id, Learner.student_code, Learner.prefix, Learner.first_name_th, Learner.last_name_th,
                        Learner.level, Learner.year, Programme.major_name_th, LearningGroup.name,
                        Teacher.first_name_th, Teacher.last_name_th, Learner.is_dual)
                 .join(Programme, Learner.programme_id == Programme.id)
                 .outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
                 .outerjoin(Teacher, LearningGroup.advisor_teacher_id == Teacher.id)
                 .where(Learner.id.in_(ids[start:start + 900])))
        for (lid, code, prefix, first, last, level, year, programme, group, t_first, t_last,
             dual) in session.execute(query):
            a = assessed[lid]
            rows.append(AtRiskRow(
                lid, code, f"{prefix}{first} {last}", f"{Level(level).label_th}{year}", programme, group or "",
                f"{t_first or ''} {t_last or ''}".strip(), bool(dual), a.level, a.score,
                tuple(f"{r.code}: {r.value} ({r.threshold})" for r in a.rules)))
    return sorted(rows, key=lambda r: (-r.score, r.student_code))


def risk_counts(session: Session, actor: Actor, today: dt.date) -> dict[RiskLevel, int]:
    counts = dict.fromkeys(RiskLevel, 0)
    for assessment in assess_learners(session, actor, today).values():
        counts[assessment.level] += 1
    return counts
