"""Repair-job intake: one item per job, numbered per point per fiscal year without gaps, even with two PCs at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple, Protocol, cast

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import category, job_fiscal_year, job_label
from vocdesk.domain.thai_ids import is_valid_national_id, normalize_national_id
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.driver import fixed_rows
from vocdesk.persistence.models import RepairJob, ServicePoint
from vocdesk.services.community import JOBS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class JobInput:
    """One row of the intake grid."""

    point_code: str
    received_on: dt.date
    owner_name: str
    category: str
    problem: str = ""
    owner_phone: str = ""
    owner_national_id: str = ""
    owner_id_reason: str = ""
    """Why a national ID with a bad checksum is kept anyway (it is refused without a reason)."""
    owner_address: str = ""
    brand: str = ""
    model: str = ""
    age_years: int | None = None
    terms_acknowledged: bool = False


@dataclass(frozen=True)
class JobSaved:
    id: int
    point_code: str
    fiscal_year: int
    job_no: int
    label: str
    version: int


def lock_point(session: Session, code: str) -> ServicePoint:
    """The point's row, locked (SELECT … FOR UPDATE) on PostgreSQL; SQLite writers already hold BEGIN IMMEDIATE."""
    point = session.scalars(select(ServicePoint).where(ServicePoint.code == code.strip().upper())
                            .with_for_update()).first()
    if point is None:
        raise NotFound(what="service_point", field="point", value=code)
    return point


def _national_id(data: JobInput) -> str:
    raw = data.owner_national_id.strip()
    if not raw:
        return ""
    digits = normalize_national_id(raw)
    if digits is None:
        raise ValidationFailed("invalid", field="owner_national_id", value="")
    if not is_valid_national_id(digits) and not data.owner_id_reason.strip():
        raise ValidationFailed("community.owner_id_checksum", field="owner_national_id")
    return digits


class OpenDays(Protocol):
    """What `check_open` reads: a point's code and the days it is open (a ServicePoint or a row of its columns)."""

    @property
    def code(self) -> str: ...
    @property
    def start_date(self) -> dt.date: ...
    @property
    def end_date(self) -> dt.date | None: ...


def check_open(point: OpenDays, day: dt.date) -> None:
    if day < point.start_date or (point.end_date is not None and day > point.end_date):
        raise ValidationFailed("community.point_closed", field="received_on", point=point.code, day=day.isoformat())


class _Point(NamedTuple):
    id: int
    code: str
    start_date: dt.date
    end_date: dt.date | None


# Intake runs these for every job of a flood burst: built once, so no statement is rebuilt (nor its cache key
# worked out from a fresh expression tree) per job; the two reads go to the driver compiled once (driver.py), the
# insert is a Core statement on the session's connection (it keeps the columns' defaults and RETURNING).
_JOBS = cast(Table, RepairJob.__table__)
_LOCK_POINT = (select(ServicePoint.id, ServicePoint.code, ServicePoint.start_date, ServicePoint.end_date)
               .where(ServicePoint.code == bindparam("code")).with_for_update())
_HIGHEST = select(func.max(_JOBS.c.job_no)).where(_JOBS.c.point_id == bindparam("point"),
                                                  _JOBS.c.fiscal_year == bindparam("year"))
_INSERT_JOB = insert(_JOBS).returning(_JOBS.c.id, _JOBS.c.version)


def add_job(uow: UnitOfWork, data: JobInput) -> JobSaved:
    """Take in one item; the number is the point's highest this fiscal year plus one, decided under the point's lock."""
    require(uow.actor, "community.intake")
    owner = data.owner_name.strip()
    if not owner:
        raise ValidationFailed("required", field="owner_name")
    category(data.category)
    if data.age_years is not None and not 0 <= data.age_years <= 100:
        raise ValidationFailed("invalid", field="age_years", value=data.age_years)
    national_id = _national_id(data)
    uow.session.flush()  # anything the action added before, as the ORM's autoflush did ahead of these queries
    connection = uow.session.connection()
    found = fixed_rows(connection, _LOCK_POINT, {"code": data.point_code.strip().upper()})
    if not found:
        raise NotFound(what="service_point", field="point", value=data.point_code)
    point = _Point(*found[0])
    check_open(point, data.received_on)
    fiscal_year = job_fiscal_year(data.received_on)
    highest = fixed_rows(connection, _HIGHEST, {"point": point.id, "year": fiscal_year})[0][0]
    number = int(highest or 0) + 1
    job_id, version = connection.execute(_INSERT_JOB, {
        "point_id": point.id, "fiscal_year": fiscal_year, "job_no": number, "received_on": data.received_on,
        "owner_name": owner, "owner_phone": data.owner_phone.strip(), "owner_national_id": national_id,
        "owner_id_reason": data.owner_id_reason.strip() if national_id else "",
        "owner_address": data.owner_address.strip(), "category": data.category, "brand": data.brand.strip(),
        "model": data.model.strip(), "age_years": data.age_years, "problem": " ".join(data.problem.split()),
        "status": "received", "repair_status": "Unknown", "terms_acknowledged": data.terms_acknowledged}).one()
    uow.audit("repair_job.create", "repair_job", job_id,
              {"point": [None, point.code], "job_no": [None, number], "owner_national_id": [None, national_id]})
    uow.changed(JOBS)
    return JobSaved(job_id, point.code, fiscal_year, number, job_label(point.code, fiscal_year, number), version)


def job_by_label(session: Session, label: str, *, lock: bool = False) -> RepairJob:
    """`HY1-2569-0042` → the job (what the claim slip's QR code carries); `lock`: FOR UPDATE on PostgreSQL."""
    code, _, rest = label.strip().upper().rpartition("-")
    point_code, _, year = code.rpartition("-")
    if not (rest.isdigit() and year.isdigit() and point_code):
        raise NotFound(what="repair_job", field="job", value=label)
    query = select(RepairJob).join(ServicePoint).where(
        ServicePoint.code == point_code, RepairJob.fiscal_year == int(year), RepairJob.job_no == int(rest))
    found = session.scalars(query.with_for_update(of=RepairJob) if lock else query).first()
    if found is None:
        raise NotFound(what="repair_job", field="job", value=label)
    return found
