"""Reading jobs: the job list (owner's national ID masked) and the public status a claim slip's QR code shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import category, job_label
from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.persistence.models import RepairJob, RepairPart, ServicePoint
from vocdesk.services.community.jobs import job_by_label
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class JobRow:
    id: int
    label: str
    point_code: str
    received_on: dt.date
    owner_name: str
    owner_phone: str
    owner_national_id: str
    """Masked (1-1037-xxxxx-xx-5): the list is on screen at a public counter."""
    category: str
    category_name: str
    brand: str
    problem: str
    status: str
    repair_status: str
    barrier: str | None
    parts_satang: int
    version: int


@dataclass(frozen=True)
class PublicStatus:
    """What anyone scanning the claim slip's QR code may see: no name, phone, ID or address."""

    label: str
    point_name: str
    category_name: str
    status: str
    repair_status: str
    received_on: dt.date
    returned_on: dt.date | None


def list_jobs(session: Session, actor: Actor, *, point: str | None = None, status: str | None = None,
              limit: int = 500) -> list[JobRow]:
    """The newest first."""
    require(actor, "community.view")
    parts = (select(RepairPart.job_id, func.sum(RepairPart.cost_satang).label("spent"))
             .group_by(RepairPart.job_id).subquery())
    query = (select(RepairJob, ServicePoint.code, func.coalesce(parts.c.spent, 0))
             .join(ServicePoint, ServicePoint.id == RepairJob.point_id)
             .outerjoin(parts, parts.c.job_id == RepairJob.id))
    if point:
        query = query.where(ServicePoint.code == point.strip().upper())
    if status:
        query = query.where(RepairJob.status == status)
    rows = session.execute(query.order_by(RepairJob.received_on.desc(), RepairJob.id.desc()).limit(limit))
    return [JobRow(job.id, job_label(code, job.fiscal_year, job.job_no), code, job.received_on, job.owner_name,
                   job.owner_phone, mask_national_id(job.owner_national_id) if job.owner_national_id else "",
                   job.category, category(job.category).name, job.brand, job.problem, job.status, job.repair_status,
                   job.barrier, int(spent), job.version) for job, code, spent in rows]


def public_status(session: Session, actor: Actor, label: str) -> PublicStatus:
    require(actor, "community.view")
    job = job_by_label(session, label)
    point = session.get(ServicePoint, job.point_id)
    assert point is not None
    return PublicStatus(job_label(point.code, job.fiscal_year, job.job_no), point.name, category(job.category).name,
                        job.status, job.repair_status, job.received_on, job.returned_on)
