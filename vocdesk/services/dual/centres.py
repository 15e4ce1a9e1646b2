"""Regional dual-vocational centres (ศูนย์อาชีวศึกษาทวิภาคีเขตพื้นที่): an editable table, the official list being unconfirmed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DualCentre
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import CENTRES


@dataclass(frozen=True)
class CentreRow:
    code: str
    name: str
    host_college: str
    provinces: list[str]


def save_centre(uow: UnitOfWork, code: str, name: str, host_college: str, provinces: list[str]) -> CentreRow:
    """Add a centre or change one by its code."""
    require(uow.actor, "dual.edit")
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise ValidationFailed("required", field="code" if not code else "name")
    names = [p.strip() for p in provinces if p.strip()]
    row = uow.session.scalars(select(DualCentre).where(DualCentre.code == code)).first()
    old = None if row is None else [row.name, row.host_college, row.provinces]
    if row is None:
        row = DualCentre(code=code)
        uow.session.add(row)
    row.name, row.host_college, row.provinces = name, host_college.strip(), ",".join(names)
    uow.session.flush()
    uow.audit("centre.save", "dual_centre", code, {"centre": [old, [name, row.host_college, row.provinces]]})
    uow.changed(CENTRES)
    return CentreRow(code, name, row.host_college, names)


def list_centres(uow: UnitOfWork) -> list[CentreRow]:
    require(uow.actor, "dual.view")
    return [CentreRow(c.code, c.name, c.host_college, [p for p in c.provinces.split(",") if p])
            for c in uow.session.scalars(select(DualCentre).order_by(DualCentre.code))]
