"""The shared edit tail: only what differs is set and audited as [old, new], the version moves on, and an edit
that changes nothing leaves no audit line, no version step and no change announced."""

from __future__ import annotations

import json

from sqlalchemy import select

from vocdesk.persistence.models import Location
from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment import LOCATIONS
from vocdesk.services.equipment.locations import LocationInput, save_location


def _edits(ctx: AppContext) -> list[dict[str, list[object]]]:
    with ctx.db.read() as session:
        return [json.loads(text) for text in session.scalars(
            select(AuditEvent.changes_json).where(AuditEvent.action == "location.edit").order_by(AuditEvent.id))]


def _version(ctx: AppContext, location_id: int) -> int:
    with ctx.db.read() as session:
        found = session.get(Location, location_id)
        assert found is not None
        return found.version


def test_an_edit_audits_only_what_differs_and_moves_the_version_on(ctx: AppContext) -> None:
    room = LocationInput("R101", "ห้องเรียน 101", building="อาคาร 1", capacity=40)
    location_id, _ = ctx.run(lambda uow: save_location(uow, room))
    before = _version(ctx, location_id)
    _, changes = ctx.run(lambda uow: save_location(uow, LocationInput("R101", "ห้องเรียน 101", building="อาคาร 2",
                                                                      capacity=35), location_id))
    assert _edits(ctx) == [{"building": ["อาคาร 1", "อาคาร 2"], "capacity": [40, 35]}]
    assert _version(ctx, location_id) == before + 1
    assert changes.touches(LOCATIONS)


def test_an_edit_that_changes_nothing_writes_nothing(ctx: AppContext) -> None:
    room = LocationInput("R102", "ห้องเรียน 102")
    location_id, _ = ctx.run(lambda uow: save_location(uow, room))
    before = _version(ctx, location_id)
    _, changes = ctx.run(lambda uow: save_location(uow, room, location_id))
    assert _edits(ctx) == []
    assert _version(ctx, location_id) == before
    assert not changes.touches(LOCATIONS)
