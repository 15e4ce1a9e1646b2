"""The shared edit and create tails: an edit sets and audits only what differs as [old, new] and steps the
version; one that changes nothing leaves no trace; a creation is audited field by field under its new id."""

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


def test_a_creation_is_audited_field_by_field_under_its_new_id(ctx: AppContext) -> None:
    location_id, changes = ctx.run(lambda uow: save_location(uow, LocationInput("LAB1", "ห้องปฏิบัติการ", capacity=20)))
    with ctx.db.read() as session:
        entity_id, text = session.execute(select(AuditEvent.entity_id, AuditEvent.changes_json)
                                          .where(AuditEvent.action == "location.create")).one()
    assert entity_id == str(location_id)
    created = json.loads(text)
    assert created["code"] == [None, "LAB1"] and created["capacity"] == [None, 20]
    assert changes.touches(LOCATIONS)
