"""A job's progress: status steps, the ORDS outcome, parts at cost within the allowance, and who worked how long."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.domain.community import check_outcome, check_transition
from vocdesk.domain.grants import format_baht
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import RepairJob, RepairPart, ServiceMinutes, ServicePoint
from vocdesk.services.community import JOBS, SERVICE_HOURS
from vocdesk.services.community.jobs import job_by_label
from vocdesk.services.community.workers import check_day_total, resolve_worker
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class StatusSaved:
    label: str
    status: str
    repair_status: str
    barrier: str | None
    version: int


@dataclass(frozen=True)
class PartSaved:
    label: str
    parts_satang: int
    allowance_satang: int


def set_status(uow: UnitOfWork, label: str, status: str, *, expected_version: int | None = None,
               repair_status: str | None = None, barrier: str | None = None) -> StatusSaved:
    """Move a job one step on; `returned` needs an ORDS outcome other than Unknown."""
    require(uow.actor, "community.intake")
    job = job_by_label(uow.session, label, lock=True)
    if expected_version is not None and job.version != expected_version:
        raise Conflict(detail=f"job {label} version {job.version} != {expected_version}")
    check_transition(job.status, status)
    outcome = repair_status or job.repair_status
    check_outcome(outcome, barrier)
    if status == "returned" and outcome == "Unknown":
        raise ValidationFailed("community.outcome_required", field="repair_status")
    changes = {"status": [job.status, status], "repair_status": [job.repair_status, outcome],
               "barrier": [job.barrier, barrier]}
    job.status, job.repair_status, job.barrier = status, outcome, barrier
    if status == "returned":
        job.returned_on = uow.clock.today()
    uow.session.flush()
    uow.audit("repair_job.status", "repair_job", job.id, changes)
    uow.changed(JOBS)
    return StatusSaved(label.strip().upper(), status, outcome, barrier, job.version)


def parts_cost(uow: UnitOfWork, job_id: int) -> int:
    return int(uow.session.scalar(select(func.coalesce(func.sum(RepairPart.cost_satang), 0))
                                  .where(RepairPart.job_id == job_id)) or 0)


def add_part(uow: UnitOfWork, label: str, description: str, cost_satang: int) -> PartSaved:
    """A part at cost; the job's parts may not pass the point's per-item allowance (decided under the job's lock)."""
    require(uow.actor, "community.intake")
    if not description.strip():
        raise ValidationFailed("required", field="description")
    if cost_satang <= 0:
        raise ValidationFailed("money_positive", field="cost")
    job = job_by_label(uow.session, label, lock=True)
    point = uow.session.get(ServicePoint, job.point_id)
    assert point is not None
    spent = parts_cost(uow, job.id)
    if spent + cost_satang > point.parts_allowance_satang:
        raise ValidationFailed("community.parts_over_allowance", field="cost", spent=format_baht(spent),
                               cost=format_baht(cost_satang), allowance=format_baht(point.parts_allowance_satang))
    uow.session.add(RepairPart(job_id=job.id, description=description.strip(), cost_satang=cost_satang))
    uow.audit("repair_job.part", "repair_job", job.id,
              {"part": [None, description.strip()], "cost": [None, cost_satang]})
    uow.changed(JOBS)
    return PartSaved(label.strip().upper(), spent + cost_satang, point.parts_allowance_satang)


def add_minutes(uow: UnitOfWork, label: str, minutes: int, *, learner: str | None = None,
                teacher_id: int | None = None, worked_on: dt.date | None = None) -> int:
    """Minutes one learner or teacher spent on a job; they land in the service-hours ledger. Returns the entry id."""
    require(uow.actor, "community.intake")
    worker = resolve_worker(uow.session, learner, teacher_id)
    job: RepairJob = job_by_label(uow.session, label)
    day = worked_on or uow.clock.today()
    if day < job.received_on:
        raise ValidationFailed("community.minutes_before_job", field="worked_on", day=day.isoformat())
    check_day_total(uow.session, worker, day, minutes)
    entry = ServiceMinutes(learner_id=worker.learner_id, teacher_id=worker.teacher_id, job_id=job.id,
                           point_id=job.point_id, worked_on=day, minutes=minutes)
    uow.session.add(entry)
    uow.session.flush()
    uow.audit("service_minutes.add", "repair_job", job.id, {"learner_id": [None, worker.learner_id],
                                                             "teacher_id": [None, worker.teacher_id],
                                                             "minutes": [None, minutes]})
    uow.changed(JOBS, SERVICE_HOURS)
    return entry.id
