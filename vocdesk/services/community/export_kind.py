"""Repair jobs as an export kind: the sheet re-imports unchanged through the `fixit_jobs` import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import STATUS_TH, category, job_label
from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.community import FIXIT_JOBS
from vocdesk.persistence.models import RepairJob, ServicePoint
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = FIXIT_JOBS.exported_columns()
PERSONAL = ("ownerNationalId", "ownerIdReason")
"""Written only for roles that see national IDs whole (a masked ID could not re-import)."""


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    query = select(RepairJob.id).join(ServicePoint, ServicePoint.id == RepairJob.point_id)
    text = request.text.strip()
    if text:
        query = query.where(or_(ServicePoint.code == text.upper(), RepairJob.owner_name.contains(text)))
    return list(session.scalars(query.order_by(ServicePoint.code, RepairJob.fiscal_year, RepairJob.job_no)))


def _columns(actor: Actor) -> list[str]:
    whole = allowed(actor, "learners.view_national_id")
    return [c.name for c in COLUMNS if whole or c.name not in PERSONAL]


def _sheet(names: Sequence[str]) -> list[SheetColumn]:
    return [SheetColumn(c.header_th, c.width) for c in COLUMNS if c.name in names]


def _cells(job: RepairJob, code: str) -> dict[str, Any]:
    return {"jobNo": job_label(code, job.fiscal_year, job.job_no), "receivedOn": job.received_on,
            "ownerName": job.owner_name, "ownerPhone": job.owner_phone, "ownerNationalId": job.owner_national_id,
            "ownerIdReason": job.owner_id_reason, "ownerAddress": job.owner_address,
            "category": category(job.category).name, "brand": job.brand, "model": job.model,
            "ageYears": job.age_years, "problem": job.problem, "status": STATUS_TH[job.status],
            "repairStatus": job.repair_status, "barrier": job.barrier or ""}


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    order = {job_id: index for index, job_id in enumerate(ids)}
    found = session.execute(select(RepairJob, ServicePoint.code).join(ServicePoint).where(RepairJob.id.in_(ids)))
    rows = sorted(found, key=lambda pair: order[pair[0].id])
    for job, code in rows:
        cells = _cells(job, code)
        yield [cells[name] for name in names]


EXPORT_KIND = ExportKind("fixit_jobs", "community.view", FIXIT_JOBS.title_th, _columns, _sheet, _rows, _ids)
