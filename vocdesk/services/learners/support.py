"""Scholarships and entitlements, income during study, digital/AI skills and follow-up cases for a learner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.learners import ENROLLED
from vocdesk.domain.risk import ScreeningGroup
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import FollowUpCase, Learner, LearnerIncome, LearnerSkill, LearnerSupport, Programme
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.learners import FOLLOWUP, RISK, SKILLS, SUPPORT
from vocdesk.services.learners.risk import CASE_KINDS, HOME_VISIT

SUPPORT_KINDS = ("scholarship", "entitlement")
SUPPORT_SOURCES = ("eef", "college", "company", "government", "free_education", "other")
"""กสศ. (EEF), the college, a company, another government body, เรียนฟรี 15 ปี categories, other."""
INCOME_KINDS = ("dual_allowance", "part_time", "other")
SKILL_KINDS = ("competence", "course", "certificate")
DIGITAL_COMPETENCES = ("digital_literacy", "data", "programming", "ai_use", "ai_build", "cybersecurity", "iot",
                       "automation")
SKILL_LEVELS = ("", "basic", "intermediate", "advanced")


def _learner(uow: UnitOfWork, learner_id: int) -> Learner:
    learner = uow.session.get(Learner, learner_id)
    if learner is None:
        raise NotFound(what=f"learner #{learner_id}")
    return learner


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationFailed("invalid", field=field, value=value)
    return value


def _period(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise ValidationFailed("invalid", field="period_end", value=end.isoformat())


def add_support(uow: UnitOfWork, learner_id: int, kind: str, source: str, name: str, amount_baht: int,
                period_start: dt.date, period_end: dt.date | None, conditions: str = "") -> int:
    """Record a scholarship or entitlement for a period; the amount is for the whole period, in baht."""
    require(uow.actor, "support.edit")
    _learner(uow, learner_id)
    if not name.strip():
        raise ValidationFailed("required", field="name")
    if amount_baht < 0:
        raise ValidationFailed("invalid", field="amount_baht", value=amount_baht)
    _period(period_start, period_end)
    row = LearnerSupport(learner_id=learner_id, kind=_choice(kind, SUPPORT_KINDS, "kind"),
                         source=_choice(source, SUPPORT_SOURCES, "source"), name=name.strip(), amount_baht=amount_baht,
                         period_start=period_start, period_end=period_end, conditions=conditions.strip())
    uow.session.add(row)
    uow.session.flush()
    uow.audit("support.add", "learner_support", row.id, {"learner_id": [None, learner_id], "source": [None, source],
                                                         "amount_baht": [None, amount_baht]})
    uow.changed(SUPPORT, RISK)
    return row.id


def add_income(uow: UnitOfWork, learner_id: int, kind: str, source: str, monthly_baht: int,
               period_start: dt.date, period_end: dt.date | None) -> int:
    require(uow.actor, "support.edit")
    _learner(uow, learner_id)
    if not source.strip():
        raise ValidationFailed("required", field="source")
    if monthly_baht <= 0:
        raise ValidationFailed("invalid", field="monthly_baht", value=monthly_baht)
    _period(period_start, period_end)
    row = LearnerIncome(learner_id=learner_id, kind=_choice(kind, INCOME_KINDS, "kind"), source=source.strip(),
                        monthly_baht=monthly_baht, period_start=period_start, period_end=period_end)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("income.add", "learner_income", row.id, {"learner_id": [None, learner_id],
                                                       "monthly_baht": [None, monthly_baht]})
    uow.changed(SUPPORT)
    return row.id


def add_skill(uow: UnitOfWork, learner_id: int, kind: str, competence: str, title: str, achieved_on: dt.date,
              skill_level: str = "", provider: str = "") -> int:
    require(uow.actor, "support.edit")
    _learner(uow, learner_id)
    if not title.strip():
        raise ValidationFailed("required", field="title")
    if achieved_on > uow.clock.today():
        raise ValidationFailed("invalid", field="achieved_on", value=achieved_on.isoformat())
    row = LearnerSkill(learner_id=learner_id, kind=_choice(kind, SKILL_KINDS, "kind"),
                       competence=_choice(competence, DIGITAL_COMPETENCES, "competence"), title=title.strip(),
                       provider=provider.strip(), achieved_on=achieved_on,
                       skill_level=_choice(skill_level, SKILL_LEVELS, "skill_level"))
    uow.session.add(row)
    uow.session.flush()
    uow.audit("skill.add", "learner_skill", row.id,
              {"learner_id": [None, learner_id], "competence": [None, competence]})
    uow.changed(SKILLS)
    return row.id


def open_case(uow: UnitOfWork, learner_id: int, kind: str, opened_on: dt.date, responsible: str, notes: str = "",
              screening_group: str = "") -> int:
    """A home visit (with its screening group ปกติ/เสี่ยง/มีปัญหา), counselling, dual-placement problem or referral."""
    require(uow.actor, "followup.edit")
    _learner(uow, learner_id)
    _choice(kind, CASE_KINDS, "kind")
    if not responsible.strip():
        raise ValidationFailed("required", field="responsible")
    if opened_on > uow.clock.today():
        raise ValidationFailed("invalid", field="opened_on", value=opened_on.isoformat())
    if kind == HOME_VISIT and not screening_group:
        raise ValidationFailed("required", field="screening_group")
    if screening_group:
        if kind != HOME_VISIT:
            raise ValidationFailed("invalid", field="screening_group", value=screening_group)
        _choice(screening_group, tuple(group.value for group in ScreeningGroup), "screening_group")
    case = FollowUpCase(learner_id=learner_id, kind=kind, opened_on=opened_on, responsible=responsible.strip(),
                        notes=notes.strip(), screening_group=screening_group)
    uow.session.add(case)
    uow.session.flush()
    uow.audit("followup.open", "follow_up_case", case.id, {"learner_id": [None, learner_id], "kind": [None, kind]})
    uow.changed(FOLLOWUP, RISK)
    return case.id


def close_case(uow: UnitOfWork, case_id: int, seen_version: int, closed_on: dt.date, outcome: str) -> int:
    require(uow.actor, "followup.edit")
    case = expect_version(uow, FollowUpCase, case_id, seen_version)
    if not outcome.strip():
        raise ValidationFailed("required", field="outcome")
    if closed_on < case.opened_on or closed_on > uow.clock.today():
        raise ValidationFailed("invalid", field="closed_on", value=closed_on.isoformat())
    case.closed_on, case.outcome = closed_on, outcome.strip()
    uow.session.flush()
    uow.audit("followup.close", "follow_up_case", case_id, {"closed_on": [None, closed_on], "outcome": [None, outcome]})
    uow.changed(FOLLOWUP, RISK)
    return case.version


@dataclass(frozen=True)
class SupportSummary:
    """Support and income per programme: learners supported, baht awarded, learners earning, baht per month."""

    programme_id: int
    programme: str
    level: str
    is_shortage: bool
    learners: int
    supported: int
    support_baht: int
    earning: int
    income_baht_month: int


def support_by_programme(session: Session, actor: Actor, on: dt.date) -> list[SupportSummary]:
    """Per programme, for support and income running on `on`; enrolled learners only."""
    require(actor, "support.view")
    running_support = select(LearnerSupport.learner_id, LearnerSupport.amount_baht).where(
        LearnerSupport.period_start <= on, or_(LearnerSupport.period_end.is_(None), LearnerSupport.period_end >= on))
    running_income = select(LearnerIncome.learner_id, LearnerIncome.monthly_baht).where(
        LearnerIncome.period_start <= on, or_(LearnerIncome.period_end.is_(None), LearnerIncome.period_end >= on))
    enrolled = Learner.status.in_([status.value for status in ENROLLED])
    base = dict(session.execute(select(Learner.programme_id, func.count()).where(enrolled)
                                .group_by(Learner.programme_id)).all())
    support: dict[int, tuple[int, int]] = {}
    income: dict[int, tuple[int, int]] = {}
    for target, running in ((support, running_support), (income, running_income)):
        sub = running.subquery()
        amount = sub.c[1]
        query = (select(Learner.programme_id, func.count(func.distinct(sub.c.learner_id)), func.sum(amount))
                 .join(sub, sub.c.learner_id == Learner.id).where(enrolled).group_by(Learner.programme_id))
        for pid, people, total in session.execute(query):
            target[pid] = (int(people), int(total or 0))
    rows = []
    for p in session.scalars(select(Programme).where(Programme.id.in_(list(base))).order_by(
            Programme.level, Programme.major_code, Programme.minor_code)):
        s, i = support.get(p.id, (0, 0)), income.get(p.id, (0, 0))
        rows.append(SupportSummary(p.id, f"{p.major_name_th} {p.minor_name_th}".strip(), p.level, p.is_shortage,
                                   int(base[p.id]), s[0], s[1], i[0], i[1]))
    return rows


@dataclass(frozen=True)
class SupportTotals:
    """Support and income summed over shortage-field programmes, or over the others."""

    shortage: bool
    programmes: int
    learners: int
    supported: int
    support_baht: int
    earning: int
    income_baht_month: int


def support_by_shortage(rows: list[SupportSummary]) -> list[SupportTotals]:
    """The per-programme summary folded into shortage fields and other fields (in that order)."""
    totals = []
    for shortage in (True, False):
        part = [r for r in rows if r.is_shortage is shortage]
        totals.append(SupportTotals(shortage, len(part), sum(r.learners for r in part),
                                    sum(r.supported for r in part), sum(r.support_baht for r in part),
                                    sum(r.earning for r in part), sum(r.income_baht_month for r in part)))
    return totals
