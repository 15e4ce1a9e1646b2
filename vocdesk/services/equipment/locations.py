"""Rooms, workshops, labs and stores: one table shared by the asset register and, later, room bookings."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Asset, Department, Location
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.edits import apply_create, apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment import LOCATIONS

KINDS = ("room", "workshop", "lab", "store", "office", "outdoor")


@dataclass(frozen=True)
class LocationInput:
    """What the officer types for a place; `capacity` and `is_bookable` serve room bookings."""

    code: str
    name_th: str
    kind: str = "room"
    building: str = ""
    floor: str = ""
    capacity: int | None = None
    department_id: int | None = None
    is_bookable: bool = False
    active: bool = True


@dataclass(frozen=True)
class LocationRow:
    id: int
    code: str
    name_th: str
    kind: str
    building: str
    active: bool
    asset_count: int


def _validate(session: Session, data: LocationInput) -> LocationInput:
    code, name = data.code.strip().upper(), data.name_th.strip()
    if not code:
        raise ValidationFailed("required", field="code")
    if not name:
        raise ValidationFailed("required", field="name_th")
    if data.kind not in KINDS:
        raise ValidationFailed("invalid", field="kind", value=data.kind)
    if data.capacity is not None and data.capacity < 0:
        raise ValidationFailed("invalid", field="capacity", value=data.capacity)
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        raise NotFound(what="department", field="department_id")
    return LocationInput(code, name, data.kind, data.building.strip(), data.floor.strip(), data.capacity,
                         data.department_id, data.is_bookable, data.active)


def save_location(uow: UnitOfWork, data: LocationInput, location_id: int | None = None) -> int:
    """Create a location, or update the one with `location_id`; codes are unique."""
    require(uow.actor, "equipment.edit")
    clean = _validate(uow.session, data)
    same_code = uow.session.scalars(select(Location).where(Location.code == clean.code)).first()
    if same_code is not None and same_code.id != location_id:
        raise ValidationFailed("duplicate", field="code", value=clean.code)
    if location_id is None:
        location = Location(**asdict(clean))
        apply_create(uow, location, asdict(clean), action="location.create", entity="location", changes=(LOCATIONS,))
        return location.id
    found = uow.session.get(Location, location_id)
    if found is None:
        raise NotFound(what="location", field="location_id")
    apply_edit(uow, found, asdict(clean), action="location.edit", entity="location", entity_id=found.id,
               changes=(LOCATIONS,))
    return found.id


def location_id_by_code(session: Session, code: str) -> int:
    found = session.scalar(select(Location.id).where(Location.code == code.strip().upper()))
    if found is None:
        raise NotFound(what="location", field="location", value=code)
    return int(found)


def list_locations(session: Session, actor: Actor, include_inactive: bool = False) -> list[LocationRow]:
    """Places in code order with how many register items (not disposed) each holds."""
    require(actor, "equipment.view")
    counts = (select(Asset.location_id, func.count().label("n")).where(Asset.disposed_on.is_(None))
              .group_by(Asset.location_id).subquery())
    query = (select(Location, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.location_id == Location.id)
             .order_by(Location.code))
    if not include_inactive:
        query = query.where(Location.active.is_(True))
    return [LocationRow(loc.id, loc.code, loc.name_th, loc.kind, loc.building, loc.active, int(n))
            for loc, n in session.execute(query)]
