"""Bookable facilities: the booking side (seats, buffers, hours, approver) of the equipment area's locations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.training import parse_hours
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Facility, Location
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import ROLES, require
from vocdesk.services.training import FACILITIES

KINDS = ("room", "workshop", "lab", "hall", "outdoor")


@dataclass(frozen=True)
class FacilityInput:
    """What staff set for a place; `bookable_hours` like `mon-fri=17:00-21:00;sat=08:00-16:00`, empty = any time."""

    location_code: str
    seats: int | None = None
    buffer_before_min: int = 0
    buffer_after_min: int = 0
    bookable_hours: str = ""
    approver_role: str = "training_staff"
    bookable: bool = True
    kind: str | None = None  # room | workshop | lab | hall | outdoor; None keeps the location's own kind


@dataclass(frozen=True)
class FacilityRow:
    location_id: int
    code: str
    name_th: str
    kind: str
    seats: int | None
    buffer_before_min: int
    buffer_after_min: int
    bookable_hours: str
    approver_role: str
    version: int


def location_by_code(session: Session, code: str) -> Location:
    location = session.scalars(select(Location).where(Location.code == code.strip().upper())).first()
    if location is None:
        raise NotFound(what="location", field="room", value=code)
    return location


def set_facility(uow: UnitOfWork, data: FacilityInput) -> FacilityRow:
    """Make a location bookable (or change how): it stays the equipment area's location, only booking data is ours."""
    require(uow.actor, "training.facilities")
    location = location_by_code(uow.session, data.location_code)
    if data.seats is not None and data.seats < 0:
        raise ValidationFailed("invalid", field="seats", value=data.seats)
    if not 0 <= data.buffer_before_min <= 240 or not 0 <= data.buffer_after_min <= 240:
        raise ValidationFailed("invalid", field="buffer", value=f"{data.buffer_before_min}/{data.buffer_after_min}")
    try:
        parse_hours(data.bookable_hours)
    except ValueError:
        raise ValidationFailed("invalid", field="bookable_hours", value=data.bookable_hours) from None
    if data.kind is not None and data.kind not in KINDS:
        raise ValidationFailed("invalid", field="kind", value=data.kind)
    if data.approver_role not in ROLES:
        raise ValidationFailed("invalid", field="approver_role", value=data.approver_role)
    facility = uow.session.scalars(select(Facility).where(Facility.location_id == location.id)).first()
    before = None if facility is None else _values(facility)
    if facility is None:
        facility = Facility(location_id=location.id)
        uow.session.add(facility)
    facility.seats, facility.bookable_hours = data.seats, data.bookable_hours
    facility.approver_role = data.approver_role
    facility.buffer_before_min, facility.buffer_after_min = data.buffer_before_min, data.buffer_after_min
    # The location's own flag was made for room bookings ("shared with room bookings"): it is ours to set.
    was_bookable, location.is_bookable = location.is_bookable, data.bookable
    was_kind = location.kind
    if data.kind is not None:
        location.kind = data.kind
    uow.session.flush()
    uow.audit("training.facility.set", "training_facility", facility.id,
              {k: [None if before is None else before[k], v] for k, v in _values(facility).items()}
              | {"is_bookable": [was_bookable, data.bookable], "kind": [was_kind, location.kind]})
    uow.changed(FACILITIES)
    return _row(facility, location)


def _values(facility: Facility) -> dict[str, object]:
    return {"seats": facility.seats, "buffer_before_min": facility.buffer_before_min,
            "buffer_after_min": facility.buffer_after_min, "bookable_hours": facility.bookable_hours,
            "approver_role": facility.approver_role}


def _row(facility: Facility, location: Location) -> FacilityRow:
    return FacilityRow(location.id, location.code, location.name_th, location.kind, seats_of(facility, location),
                       facility.buffer_before_min, facility.buffer_after_min, facility.bookable_hours,
                       facility.approver_role, facility.version)


def seats_of(facility: Facility, location: Location) -> int | None:
    """The facility's own seat count, else the location's capacity."""
    return facility.seats if facility.seats is not None else location.capacity


def list_facilities(session: Session, actor: Actor) -> list[FacilityRow]:
    require(actor, "training.view")
    rows = session.execute(select(Facility, Location).join(Location, Location.id == Facility.location_id)
                           .where(Location.active.is_(True)).order_by(Location.code))
    return [_row(facility, location) for facility, location in rows]
