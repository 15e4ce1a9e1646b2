"""The facilities list: every place that can be booked, its booking settings and the register's items in it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Asset, AssetCategory, Facility, Location
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require

NOT_PLACES = ("store", "office")  # stores and offices hold things, not people


@dataclass(frozen=True)
class PlaceRow:
    """A location with its booking side (`set_up` False: never made a facility yet) and its equipment."""

    code: str
    name_th: str
    kind: str
    building: str
    seats: int | None
    bookable: bool
    set_up: bool
    buffer_before_min: int
    buffer_after_min: int
    bookable_hours: str
    approver_role: str
    equipment: tuple[tuple[str, str, int], ...]  # (category code, category name, items not disposed)
    location_id: int = 0


def list_places(session: Session, actor: Actor) -> list[PlaceRow]:
    require(actor, "training.view")
    equipment: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    counts = session.execute(select(Asset.location_id, AssetCategory.code, AssetCategory.name_th, func.count())
                             .join(AssetCategory, AssetCategory.id == Asset.category_id)
                             .where(Asset.location_id.is_not(None), Asset.disposed_on.is_(None))
                             .group_by(Asset.location_id, AssetCategory.code, AssetCategory.name_th)
                             .order_by(AssetCategory.code))
    for location_id, code, name, count in counts:
        if location_id is not None:
            equipment[location_id].append((code, name, count))
    rows = session.execute(select(Location, Facility).outerjoin(Facility, Facility.location_id == Location.id)
                           .where(Location.active.is_(True), Location.kind.not_in(NOT_PLACES))
                           .order_by(Location.code))
    places = []
    for location, facility in rows:
        seats = location.capacity if facility is None or facility.seats is None else facility.seats
        places.append(PlaceRow(
            location.code, location.name_th, location.kind, location.building, seats,
            location.is_bookable and facility is not None, facility is not None,
            facility.buffer_before_min if facility else 0, facility.buffer_after_min if facility else 0,
            facility.bookable_hours if facility else "", facility.approver_role if facility else "training_staff",
            tuple(equipment.get(location.id, ())), location.id))
    return places
