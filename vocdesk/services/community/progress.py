"""A job's progress: status steps, the ORDS outcome, parts at cost, and who worked on it for how many minutes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import check_outcome, check_transition, job_label
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import Learner, RepairJob, RepairPart, ServiceMinutes, ServicePoint, Teacher
from vocdesk.services.community import JOBS, SERVICE_HOURS
from vocdesk.services.community.jobs import job_by_label
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require

MAX_MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class PublicStatus:
    """What anyone scanning the claim slip's QR code may see: no name, phone, ID or address."""

    label: str
    point_name: str
    category: str
    status: str
    repair_status: str
    received_on: dt.date
    returned_on: dt.date | None


def _load(session: Session, label: str, expected_version: int | None) -> RepairJob:
    job = job_by_label(session, label)
    if expected_version is not None and job.version != expected_version:
        raise Conflict(detail=f"job {label} version {job.version} != {expected_version}")
    return job


def set_status(uow: UnitOfWork, label: str, status: str, *, expected_version: int | None = None,
               repair_status: str | None = None, barrier: str | None = None) -> int:
    """Move a job one step on (returned needs an ORDS outcome other than Unknown); returns the new version."""
    require(uow.actor, "community.intake")
    job = _load(uow.session, label, expected_version)
    check_transition(job.status, status)
    outcome = repair_status or job.repair_status
    check_outcome(outcome, barrier)
    if status == "returned" and outcome == "Unknown":
        raise ValidationFailed("fixit_outcome_required", field="repair_status")
    changes = {"status": [job.status, status], "repair_status": [job.repair_status, outcome],
               "barrier": [job.barrier, barrier]}
    job.status, job.repair_status, job.barrier = status, outcome, barrier
    if status == "returned":
        job.returned_on = uow.clock.today()
    uow.session.flush()
    uow.audit("repair_job.status", "repair_job", job.id, changes)
    uow.changed(JOBS)
    return job.version


def add_part(uow: UnitOfWork, label: str, description: str, cost_satang: int) -> None:
    require(uow.actor, "community.intake")
    if not description.strip():
        raise ValidationFailed("required", field="description")
    if cost_satang < 0:
        raise ValidationFailed("money_negative", field="cost")
    job = job_by_label(uow.session, label)
    uow.session.add(RepairPart(job_id=job.id, description=description.strip(), cost_satang=cost_satang))
    uow.audit("repair_job.part", "repair_job", job.id,
              {"part": [None, description.strip()], "cost": [None, cost_satang]})
    uow.changed(JOBS)


def add_minutes(uow: UnitOfWork, label: str, minutes: int, *, learner_id: int | None = None,
                teacher_id: int | None = None, worked_on: dt.date | None = None) -> None:
    """Minutes one learner or teacher spent on a job; they land in the service-hours ledger."""
    require(uow.actor, "community.intake")
    if (learner_id is None) == (teacher_id is None):
        raise ValidationFailed("fixit_one_worker", field="worker")
    if not 0 < minutes <= MAX_MINUTES_PER_DAY:
        raise ValidationFailed("invalid", field="minutes", value=minutes)
    if learner_id is not None and uow.session.get(Learner, learner_id) is None:
        raise NotFound(what="learner", field="learner_id", id=learner_id)
    if teacher_id is not None and uow.session.get(Teacher, teacher_id) is None:
        raise NotFound(what="teacher", field="teacher_id", id=teacher_id)
    job = job_by_label(uow.session, label)
    day = worked_on or uow.clock.today()
    uow.session.add(ServiceMinutes(learner_id=learner_id, teacher_id=teacher_id, job_id=job.id, point_id=job.point_id,
                                   worked_on=day, minutes=minutes))
    uow.audit("service_minutes.add", "repair_job", job.id,
              {"learner_id": [None, learner_id], "teacher_id": [None, teacher_id], "minutes": [None, minutes]})
    uow.changed(JOBS, SERVICE_HOURS)


def public_status(session: Session, label: str) -> PublicStatus:
    job = job_by_label(session, label)
    point = session.get(ServicePoint, job.point_id)
    assert point is not None
    return PublicStatus(job_label(point.code, job.fiscal_year, job.job_no), point.name, job.category, job.status,
                        job.repair_status, job.received_on, job.returned_on)


def parts_cost(session: Session, job_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(RepairPart.cost_satang), 0))
                              .where(RepairPart.job_id == job_id)) or 0)
