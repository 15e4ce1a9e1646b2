"""Enrolling trainees in a run: a full run puts them on its waitlist, even when two PCs enrol at the same moment.

The run's row is locked first (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises
writers), so the seat count a second PC reads includes the first PC's enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import CourseRun, Enrolment, Trainee
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import TRAINEES
from vocdesk.services.training.runs import run_by_key, run_key


@dataclass(frozen=True)
class EnrolResult:
    run: str
    trainee_id: int
    state: str  # enrolled | waitlist
    position: int  # the seat number, or the place on the waitlist


@dataclass(frozen=True)
class EnrolledRow:
    enrolment_id: int
    trainee_id: int
    name: str
    national_id: str
    phone: str
    state: str


def _locked_run(uow: UnitOfWork, key: str) -> tuple[CourseRun, str]:
    run, course = run_by_key(uow.session, key)
    uow.session.scalars(select(CourseRun).where(CourseRun.id == run.id).with_for_update()).one()
    return run, run_key(course.code, run.run_no)


def _count(session: Session, run_id: int, state: str) -> int:
    return session.scalar(select(func.count()).select_from(Enrolment)
                          .where(Enrolment.run_id == run_id, Enrolment.state == state)) or 0


def enrol(uow: UnitOfWork, key: str, trainee_id: int) -> EnrolResult:
    """Enrol a trainee in a run, or put them on its waitlist when every seat is taken."""
    require(uow.actor, "training.trainees")
    run, label = _locked_run(uow, key)
    if uow.session.get(Trainee, trainee_id) is None:
        raise NotFound(what="trainee", field="trainee", value=trainee_id)
    existing = uow.session.scalars(select(Enrolment).where(Enrolment.run_id == run.id,
                                                           Enrolment.trainee_id == trainee_id)).first()
    if existing is not None and existing.state != "withdrawn":
        raise ValidationFailed("already_enrolled", field="trainee", run=label, state=existing.state)
    seats = _count(uow.session, run.id, "enrolled")
    state = "enrolled" if seats < run.capacity else "waitlist"
    position = seats + 1 if state == "enrolled" else _count(uow.session, run.id, "waitlist") + 1
    if existing is None:
        existing = Enrolment(run_id=run.id, trainee_id=trainee_id, state=state, enrolled_on=uow.clock.today())
        uow.session.add(existing)
    else:
        existing.state, existing.enrolled_on = state, uow.clock.today()
    uow.session.flush()
    uow.audit("training.enrol", "training_enrolment", existing.id, {"state": [None, state], "run": [None, label]})
    uow.changed(TRAINEES)
    return EnrolResult(label, trainee_id, state, position)


def withdraw(uow: UnitOfWork, key: str, trainee_id: int) -> int | None:
    """Withdraw a trainee; a freed seat goes to the first on the waitlist, whose trainee id is returned."""
    require(uow.actor, "training.trainees")
    run, label = _locked_run(uow, key)
    row = uow.session.scalars(select(Enrolment).where(Enrolment.run_id == run.id,
                                                      Enrolment.trainee_id == trainee_id)).first()
    if row is None or row.state == "withdrawn":
        raise NotFound(what="enrolment", field="trainee", value=trainee_id)
    freed, row.state = row.state == "enrolled", "withdrawn"
    promoted = None
    if freed:
        first = uow.session.scalars(select(Enrolment).where(Enrolment.run_id == run.id,
                                                            Enrolment.state == "waitlist")
                                    .order_by(Enrolment.enrolled_on, Enrolment.id)).first()
        if first is not None:
            first.state, promoted = "enrolled", first.trainee_id
    uow.audit("training.withdraw", "training_enrolment", row.id,
              {"state": [None, "withdrawn"], "run": [None, label], "promoted": [None, promoted]})
    uow.changed(TRAINEES)
    return promoted


def run_trainees(session: Session, actor: Actor, key: str) -> list[EnrolledRow]:
    """Who is in a run: enrolled first, then the waitlist in its order, then those who withdrew."""
    require(actor, "training.trainees")
    run, _ = run_by_key(session, key)
    order = {"enrolled": 0, "waitlist": 1, "withdrawn": 2}
    rows = session.execute(select(Enrolment, Trainee).join(Trainee, Trainee.id == Enrolment.trainee_id)
                           .where(Enrolment.run_id == run.id).order_by(Enrolment.enrolled_on, Enrolment.id))
    result = [EnrolledRow(e.id, t.id, f"{t.prefix}{t.first_name} {t.last_name}".strip(),
                          t.national_id or t.passport_no or "", t.phone, e.state) for e, t in rows]
    return sorted(result, key=lambda r: order.get(r.state, 3))
