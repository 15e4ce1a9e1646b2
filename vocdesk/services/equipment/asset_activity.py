"""What happens to an item after purchase: loans (check-out/in), repairs, disposal, and hours of use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.equipment import Condition
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import (
    Asset,
    AssetCheckout,
    AssetMaintenance,
    Department,
    EquipmentUsage,
    Location,
    Teacher,
)
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment import ASSETS, USAGE
from vocdesk.services.equipment.assets import asset_by_code

HOLDER_KINDS = ("person", "room", "department")
MAINTENANCE_KINDS = ("repair", "service", "inspection")
USAGE_PURPOSES = ("teaching", "short_course", "other")
USAGE_SOURCES = ("manual", "booking", "timetable")


def _live(uow: UnitOfWork, code: str) -> Asset:
    asset = asset_by_code(uow.session, code)
    if asset.disposed_on is not None:
        raise ValidationFailed("asset_disposed", field="code", value=asset.code)
    return asset


def _open_loan(uow: UnitOfWork, asset_id: int) -> AssetCheckout | None:
    return uow.session.scalars(select(AssetCheckout).where(
        AssetCheckout.asset_id == asset_id, AssetCheckout.returned_on.is_(None))).first()


@dataclass(frozen=True)
class Holder:
    """Who takes the item: a teacher (or a named person), a room, or a department."""

    kind: str
    teacher_id: int | None = None
    location_id: int | None = None
    department_id: int | None = None
    name: str = ""


def _holder_name(uow: UnitOfWork, holder: Holder) -> str:
    if holder.kind not in HOLDER_KINDS:
        raise ValidationFailed("invalid", field="holder_kind", value=holder.kind)
    lookups = {"person": (Teacher, holder.teacher_id), "room": (Location, holder.location_id),
               "department": (Department, holder.department_id)}
    model, key = lookups[holder.kind]
    if key is None:
        if holder.kind == "person" and holder.name.strip():
            return holder.name.strip()
        raise ValidationFailed("required", field=f"holder.{holder.kind}")
    found = uow.session.get(model, key)
    if found is None:
        raise NotFound(what=holder.kind, field=f"holder.{holder.kind}")
    if isinstance(found, Teacher):
        return f"{found.prefix}{found.first_name_th} {found.last_name_th}".strip()
    return str(getattr(found, "name_th", ""))


def check_out(uow: UnitOfWork, code: str, holder: Holder, on: dt.date, due_on: dt.date | None = None,
              note: str = "") -> int:
    """Lend an item; refused while it is already out."""
    require(uow.actor, "equipment.edit")
    asset = _live(uow, code)
    if _open_loan(uow, asset.id) is not None:
        raise ValidationFailed("asset_already_out", field="code", value=asset.code)
    if due_on is not None and due_on < on:
        raise ValidationFailed("date_order", field="due_on")
    name = _holder_name(uow, holder)
    loan = AssetCheckout(asset_id=asset.id, holder_kind=holder.kind, holder_teacher_id=holder.teacher_id,
                         holder_location_id=holder.location_id, holder_department_id=holder.department_id,
                         holder_name=name, out_on=on, due_on=due_on, note=note.strip())
    uow.session.add(loan)
    uow.session.flush()
    uow.audit("asset.check_out", "asset", asset.code, {"holder": [None, name], "due_on": [None, due_on]})
    uow.changed(ASSETS)
    return loan.id


def check_in(uow: UnitOfWork, code: str, on: dt.date, condition: str = "") -> None:
    """Take an item back; the condition seen on return updates the register."""
    require(uow.actor, "equipment.edit")
    asset = asset_by_code(uow.session, code)
    loan = _open_loan(uow, asset.id)
    if loan is None:
        raise ValidationFailed("asset_not_out", field="code", value=asset.code)
    if on < loan.out_on:
        raise ValidationFailed("date_order", field="returned_on")
    if condition and condition not in {c.value for c in Condition}:
        raise ValidationFailed("invalid", field="condition", value=condition)
    loan.returned_on, loan.condition_on_return = on, condition
    changes: dict[str, list[object]] = {"returned_on": [None, on]}
    if condition and condition != asset.condition:
        changes["condition"] = [asset.condition, condition]
        asset.condition = condition
    uow.audit("asset.check_in", "asset", asset.code, changes)
    uow.changed(ASSETS)


def log_maintenance(uow: UnitOfWork, code: str, done_on: dt.date, kind: str, description: str, cost: int = 0,
                    performed_by: str = "", condition_after: str = "") -> int:
    """Add a repair, service or inspection to the item's log."""
    require(uow.actor, "equipment.edit")
    asset = _live(uow, code)
    if kind not in MAINTENANCE_KINDS:
        raise ValidationFailed("invalid", field="kind", value=kind)
    if not description.strip():
        raise ValidationFailed("required", field="description")
    if cost < 0:
        raise ValidationFailed("money_negative", field="cost")
    if condition_after and condition_after not in {c.value for c in Condition}:
        raise ValidationFailed("invalid", field="condition_after", value=condition_after)
    entry = AssetMaintenance(asset_id=asset.id, done_on=done_on, kind=kind, description=description.strip(),
                             cost_satang=cost, performed_by=performed_by.strip(), condition_after=condition_after)
    uow.session.add(entry)
    if condition_after:
        asset.condition = condition_after
    uow.session.flush()
    uow.audit("asset.maintenance", "asset", asset.code, {"kind": [None, kind], "cost": [None, cost]})
    uow.changed(ASSETS)
    return entry.id


def dispose_asset(uow: UnitOfWork, code: str, on: dt.date, reason: str, method: str, approved_by: str,
                  reference: str = "") -> None:
    """จำหน่ายพัสดุ: take an item off the register with reason, method and the approving authority."""
    require(uow.actor, "equipment.dispose")
    asset = _live(uow, code)
    for value, name in ((reason, "reason"), (method, "method"), (approved_by, "approved_by")):
        if not value.strip():
            raise ValidationFailed("required", field=name)
    if on < asset.acquired_on:
        raise ValidationFailed("date_order", field="disposed_on")
    if _open_loan(uow, asset.id) is not None:
        raise ValidationFailed("asset_already_out", field="code", value=asset.code)
    asset.disposed_on, asset.disposal_reason, asset.disposal_method = on, reason.strip(), method.strip()
    asset.disposal_approved_by, asset.disposal_reference = approved_by.strip(), reference.strip()
    uow.audit("asset.dispose", "asset", asset.code, {"disposed_on": [None, on], "reason": [None, reason.strip()],
                                                     "approved_by": [None, approved_by.strip()]})
    uow.changed(ASSETS)


def record_usage(uow: UnitOfWork, code: str, used_on: dt.date, hours: Decimal, purpose: str,
                 source_kind: str = "manual", source_id: str = "", note: str = "") -> int:
    """Log hours of use; a booking or timetable slot logs itself with its own kind and id (once)."""
    require(uow.actor, "equipment.usage")
    asset = _live(uow, code)
    minutes = hours * 60
    if hours <= 0 or hours > 24 or minutes != minutes.to_integral_value():
        raise ValidationFailed("usage_hours", field="hours", value=str(hours))
    if purpose not in USAGE_PURPOSES:
        raise ValidationFailed("invalid", field="purpose", value=purpose)
    if source_kind not in USAGE_SOURCES:
        raise ValidationFailed("invalid", field="source_kind", value=source_kind)
    if source_kind != "manual" and uow.session.scalar(select(func.count()).select_from(EquipmentUsage).where(
            EquipmentUsage.asset_id == asset.id, EquipmentUsage.source_kind == source_kind,
            EquipmentUsage.source_id == source_id)):
        raise ValidationFailed("duplicate", field="source_id", value=f"{source_kind}:{source_id}")
    entry = EquipmentUsage(asset_id=asset.id, used_on=used_on, minutes=int(minutes), purpose=purpose,
                           source_kind=source_kind, source_id=source_id, note=note.strip(),
                           recorded_by=uow.actor.username)
    uow.session.add(entry)
    uow.session.flush()
    uow.audit("asset.usage", "asset", asset.code, {"minutes": [None, int(minutes)], "purpose": [None, purpose]})
    uow.changed(USAGE)
    return entry.id


@dataclass(frozen=True)
class OpenLoan:
    """An item out on loan; `days_overdue` is 0 until its due date has passed."""

    code: str
    name: str
    holder: str
    out_on: dt.date
    due_on: dt.date | None
    days_overdue: int


def open_loans(session: Session, actor: Actor, as_of: dt.date) -> list[OpenLoan]:
    """Everything checked out and not yet back, the most overdue first."""
    require(actor, "equipment.view")
    query = (select(Asset.code, Asset.name, AssetCheckout.holder_name, AssetCheckout.out_on, AssetCheckout.due_on)
             .join(AssetCheckout, AssetCheckout.asset_id == Asset.id).where(AssetCheckout.returned_on.is_(None)))
    loans = [OpenLoan(code, name, holder, out_on, due_on, max(0, (as_of - due_on).days) if due_on else 0)
             for code, name, holder, out_on, due_on in session.execute(query)]
    return sorted(loans, key=lambda loan: (-loan.days_overdue, loan.out_on, loan.code))
