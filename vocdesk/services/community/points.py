"""Adding and listing service points (a permanent Fix it centre or a mobile point)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import POINT_KINDS
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import RepairJob, ServicePoint, Teacher
from vocdesk.services.community import POINTS
from vocdesk.services.community.settings import parts_allowance
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class PointInput:
    code: str
    name: str
    kind: str
    start_date: dt.date
    end_date: dt.date | None = None
    place: str = ""
    province: str = ""
    teacher_id: int | None = None
    parts_allowance_satang: int | None = None
    """None: the college's setting (฿150 by default)."""


@dataclass(frozen=True)
class PointRow:
    id: int
    code: str
    name: str
    kind: str
    province: str
    start_date: dt.date
    end_date: dt.date | None
    parts_allowance_satang: int
    jobs: int


def add_point(uow: UnitOfWork, data: PointInput) -> PointRow:
    require(uow.actor, "community.points")
    code, name = data.code.strip().upper(), data.name.strip()
    if not code:
        raise ValidationFailed("required", field="code")
    if not name:
        raise ValidationFailed("required", field="name")
    if data.kind not in POINT_KINDS:
        raise ValidationFailed("invalid", field="kind", value=data.kind)
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationFailed("date_order", field="end_date")
    if uow.session.scalar(select(ServicePoint.id).where(ServicePoint.code == code)) is not None:
        raise ValidationFailed("duplicate", field="code", value=code)
    if data.teacher_id is not None and uow.session.get(Teacher, data.teacher_id) is None:
        raise NotFound(what="teacher", field="teacher_id", id=data.teacher_id)
    allowance = parts_allowance(uow.session) if data.parts_allowance_satang is None else data.parts_allowance_satang
    if allowance < 0:
        raise ValidationFailed("money_negative", field="parts_allowance")
    point = ServicePoint(code=code, name=name, kind=data.kind, place=data.place.strip(),
                         province=data.province.strip(), start_date=data.start_date, end_date=data.end_date,
                         teacher_id=data.teacher_id, parts_allowance_satang=allowance)
    uow.session.add(point)
    uow.session.flush()
    uow.audit("service_point.create", "service_point", point.id,
              {"code": [None, code], "name": [None, name], "kind": [None, data.kind]})
    uow.changed(POINTS)
    return _row(point, 0)


def _row(point: ServicePoint, jobs: int) -> PointRow:
    return PointRow(point.id, point.code, point.name, point.kind, point.province, point.start_date, point.end_date,
                    point.parts_allowance_satang, jobs)


def list_points(session: Session, actor: Actor) -> list[PointRow]:
    require(actor, "community.view")
    per_point = select(RepairJob.point_id, func.count()).group_by(RepairJob.point_id)
    counts = {pid: n for pid, n in session.execute(per_point)}
    points = session.scalars(select(ServicePoint).order_by(ServicePoint.code))
    return [_row(point, int(counts.get(point.id, 0))) for point in points]


def point_by_code(session: Session, code: str) -> ServicePoint:
    found = session.scalars(select(ServicePoint).where(ServicePoint.code == code.strip().upper())).first()
    if found is None:
        raise NotFound(what="service_point", field="point", value=code)
    return found
