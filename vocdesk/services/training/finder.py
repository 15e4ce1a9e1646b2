"""The spare-room finder: which facilities are free for every occurrence of a weekly request, and why not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from vocdesk.domain.training import Window, occurrence_dates
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Facility, Location
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.training.booking import Skipped
from vocdesk.services.training.calendar_ import blocked_days
from vocdesk.services.training.clashes import Clash, Place, Rows, find_clashes, places_query, rows_of


@dataclass(frozen=True)
class FreeQuery:
    first: dt.date
    last: dt.date
    days: tuple[int, ...]
    window: Window
    seats: int | None = None
    kind: str | None = None
    equipment: Mapping[str, int] = field(default_factory=dict)  # asset category code -> items needed


@dataclass(frozen=True)
class RoomAnswer:
    code: str
    name_th: str
    kind: str
    seats: int | None
    conflicts: tuple[Clash, ...]

    @property
    def free(self) -> bool:
        return not self.conflicts


@dataclass(frozen=True)
class FreeAnswer:
    """`occurrences` leaves out holidays and closures (listed in `skipped`); free rooms first, then fewest clashes."""

    occurrences: tuple[dt.date, ...]
    skipped: tuple[Skipped, ...]
    rooms: tuple[RoomAnswer, ...]


@lru_cache(maxsize=4)
def _candidates(by_kind: bool, by_seats: bool) -> tuple[Rows, Rows]:
    """The active bookable places (of a kind, with enough seats) and the select of their ids, built once each."""
    candidates = places_query().where(Location.active.is_(True), Location.is_bookable.is_(True))
    if by_kind:
        candidates = candidates.where(Location.kind == bindparam("kind"))
    if by_seats:
        candidates = candidates.where(func.coalesce(Facility.seats, Location.capacity) >= bindparam("seats"))
    return candidates, candidates.with_only_columns(Location.id)


def find_free(session: Session, actor: Actor, query: FreeQuery) -> FreeAnswer:
    require(actor, "training.view")
    if query.last < query.first:
        raise ValidationFailed("date_order", field="to")
    if (query.last - query.first).days > 400:
        raise ValidationFailed("too_many", field="to", limit=400)
    dates = occurrence_dates(query.first, query.last, query.days)
    blocked = blocked_days(session, query.first, query.last)
    skipped = tuple(Skipped(day, blocked[day]) for day in dates if day in blocked)
    dates = [day for day in dates if day not in blocked]
    candidates, scope = _candidates(bool(query.kind), query.seats is not None)
    values = {"kind": query.kind, "seats": query.seats}
    places = [Place(*row) for row in rows_of(session, candidates, values)]
    clashes = find_clashes(session, places, dates, query.window, None, query.equipment, scope=scope,
                           scope_values=values)
    rooms = [RoomAnswer(p.code, p.name_th, p.kind, p.seats, tuple(clashes.get(p.location_id, ()))) for p in places]
    rooms.sort(key=lambda r: (not r.free, len(r.conflicts), r.code))
    return FreeAnswer(tuple(dates), skipped, tuple(rooms))
