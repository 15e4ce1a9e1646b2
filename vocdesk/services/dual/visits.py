"""Supervision visits (การนิเทศ): record a visit, say where a placement is supervised, list a semester's visits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.allowances import month_end
from vocdesk.domain.dual.supervision import MODES, STATES
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualSupervisionPlan, DualVisit, Enterprise, Learner, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import SUPERVISION
from vocdesk.services.dual.followup_common import last_day, semester_key, semester_of, started_placement


@dataclass(frozen=True)
class VisitInput:
    placement_id: int
    visited_on: dt.date
    teacher_id: int | None = None
    """None: the placement's supervising teacher."""
    mode: str = "onsite"
    minutes: int = 0
    state: str = "normal"
    observed: str = ""
    follow_up: str = ""
    travel_satang: int = 0
    semester: str | None = None
    """When given (as the CLI's --semester), the date must fall in it."""


@dataclass(frozen=True)
class VisitRow:
    id: int
    placement_id: int
    student_code: str
    learner: str
    enterprise: str
    semester: str
    visited_on: dt.date
    teacher_id: int
    teacher: str
    mode: str
    minutes: int
    state: str
    observed: str
    follow_up: str
    travel_satang: int


def add_visit(uow: UnitOfWork, data: VisitInput) -> int:
    """Record a visit that took place, inside the placement; the semester is the one the date falls in."""
    require(uow.actor, "dual.followup")
    placement = started_placement(uow.session, data.placement_id)
    if data.mode not in MODES:
        raise ValidationFailed("dual.visit_mode", field="mode", mode=data.mode)
    if data.state not in STATES:
        raise ValidationFailed("dual.visit_state", field="state", state=data.state)
    if not placement.start_date <= data.visited_on <= last_day(placement):
        raise ValidationFailed("dual.visit_outside", field="visited_on", on=data.visited_on,
                               start=placement.start_date, end=last_day(placement))
    if data.visited_on > uow.clock.today():
        raise ValidationFailed("dual.visit_in_future", field="visited_on", on=data.visited_on)
    if data.minutes < 0 or data.travel_satang < 0:
        raise ValidationFailed("invalid", field="minutes", value=min(data.minutes, data.travel_satang))
    teacher_id = data.teacher_id if data.teacher_id is not None else placement.supervisor_id
    if teacher_id is None or uow.session.get(Teacher, teacher_id) is None:
        raise NotFound(what=f"teacher #{teacher_id}", field="teacher")
    semester = str(semester_of(uow.session, data.visited_on))
    if data.semester is not None and str(semester_key(data.semester)) != semester:
        raise ValidationFailed("dual.visit_semester", field="semester", on=data.visited_on, semester=semester,
                               asked=data.semester)
    visit = DualVisit(placement_id=placement.id, semester=semester,
                      visited_on=data.visited_on, teacher_id=teacher_id, mode=data.mode, minutes=data.minutes,
                      state=data.state, observed=data.observed.strip(), follow_up=data.follow_up.strip(),
                      travel_satang=data.travel_satang)
    uow.session.add(visit)
    uow.session.flush()
    uow.audit("visit.create", "dual_visit", visit.id,
              {"placement": [None, placement.id], "visited_on": [None, data.visited_on], "teacher": [None, teacher_id],
               "mode": [None, data.mode], "state": [None, data.state]})
    uow.changed(SUPERVISION)
    return visit.id


def set_supervision_site(uow: UnitOfWork, placement_id: int, semester: str, abroad: bool, country: str = "") -> None:
    """Say that a placement trains abroad (or in Thailand again) in one semester: it changes the visits asked for."""
    require(uow.actor, "dual.followup")
    started_placement(uow.session, placement_id)
    key = str(semester_key(semester))
    plan = uow.session.scalars(select(DualSupervisionPlan).where(
        DualSupervisionPlan.placement_id == placement_id, DualSupervisionPlan.semester == key)).first()
    old = (plan.abroad, plan.country) if plan else (False, "")
    if plan is None:
        plan = DualSupervisionPlan(placement_id=placement_id, semester=key)
        uow.session.add(plan)
    plan.abroad, plan.country = abroad, country.strip()
    uow.session.flush()
    uow.audit("visit.site", "dual_placement", placement_id,
              {"semester": [key, key], "abroad": [old[0], abroad], "country": [old[1], country.strip()]})
    uow.changed(SUPERVISION)


def list_visits(uow: UnitOfWork, semester: str | None = None, teacher_id: int | None = None,
                placement_id: int | None = None, month: dt.date | None = None) -> list[VisitRow]:
    """Visits in date order; `month` (its first day) keeps one calendar month, as the travel claim needs."""
    require(uow.actor, "dual.view")
    query = (select(DualVisit, Learner, Teacher, Enterprise.name_th)
             .join(DualPlacement, DualPlacement.id == DualVisit.placement_id)
             .join(Learner, Learner.id == DualPlacement.learner_id).join(Teacher, Teacher.id == DualVisit.teacher_id)
             .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id)
             .order_by(DualVisit.visited_on, DualVisit.id))
    if semester:
        query = query.where(DualVisit.semester == str(semester_key(semester)))
    if teacher_id is not None:
        query = query.where(DualVisit.teacher_id == teacher_id)
    if placement_id is not None:
        query = query.where(DualVisit.placement_id == placement_id)
    if month is not None:
        query = query.where(DualVisit.visited_on.between(month, month_end(month)))
    return [VisitRow(v.id, v.placement_id, lr.student_code, f"{lr.first_name_th} {lr.last_name_th}", e, v.semester,
                     v.visited_on, v.teacher_id, f"{t.first_name_th} {t.last_name_th}", v.mode, v.minutes, v.state,
                     v.observed, v.follow_up, v.travel_satang) for v, lr, t, e in uow.session.execute(query)]
