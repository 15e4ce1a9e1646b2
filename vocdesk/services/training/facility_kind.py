"""Facilities as an Excel export and import kind: the sheet a person edits and brings back through the pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.training import parse_hours
from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.findings import error
from vocdesk.io.imports.training import APPROVER_ROLES, FACILITIES, FACILITY_KINDS, OTHER_KINDS, YES_NO
from vocdesk.persistence.models import Facility, Location
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.exports import ExportKind, ExportRequest
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.training import FACILITIES as FACILITIES_CHANGED
from vocdesk.services.training.facilities import FacilityInput, set_facility

FIELDS = ("kind", "seats", "bufferBefore", "bufferAfter", "bookableHours", "approver", "bookable")
"""What an import may change; the place's code and name belong to the equipment register and are not written."""


def _current(location: Location, facility: Facility | None) -> dict[str, Any]:
    return {"kind": location.kind, "seats": None if facility is None else facility.seats,
            "bufferBefore": 0 if facility is None else facility.buffer_before_min,
            "bufferAfter": 0 if facility is None else facility.buffer_after_min,
            "bookableHours": "" if facility is None else facility.bookable_hours,
            "approver": "training_staff" if facility is None else facility.approver_role,
            "bookable": "yes" if location.is_bookable and facility is not None else "no"}


def _places(session: Session, codes: Sequence[str] | None = None) -> list[tuple[Location, Facility | None]]:
    query = (select(Location, Facility).outerjoin(Facility, Facility.location_id == Location.id)
             .order_by(Location.code))
    if codes is not None:
        query = query.where(Location.code.in_(list(codes)))
    return [(location, facility) for location, facility in session.execute(query)]


class FacilityImport:
    """The ImportKind: a row per place; changed settings are saved as `room setup` would save them."""

    declaration = FACILITIES
    permission = "training.facilities"
    changes = (FACILITIES_CHANGED,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        codes = [str(row.values["locationCode"]).upper() for row in parsed.rows if "locationCode" in row.values]
        places = {location.code: (location, facility) for location, facility in _places(session, codes)}
        plan = ImportPlan()
        bad = {f.row for f in parsed.findings if f.is_error}
        for row in parsed.rows:
            if "locationCode" not in row.values or row.row in bad:
                continue
            code = str(row.values["locationCode"]).upper()
            if code not in places:
                plan.findings.append(error(row.row, "locationCode", "import_location_unknown", value=code))
                continue
            location, facility = places[code]
            old = _current(location, facility)
            new = {name: row.values.get(name, old[name] if name == "kind" else _blank(name)) for name in FIELDS}
            new["seats"] = None if new["seats"] is None else int(new["seats"])
            new["bufferBefore"], new["bufferAfter"] = int(new["bufferBefore"]), int(new["bufferAfter"])
            try:
                parse_hours(str(new["bookableHours"]))
            except ValueError:
                plan.findings.append(error(row.row, "bookableHours", "facility_hours_invalid",
                                           value=new["bookableHours"]))
                continue
            diff = {name: (old[name], new[name]) for name in FIELDS if old[name] != new[name]}
            if not diff and facility is not None:
                plan.unchanged.add(row.row)
                continue
            plan.changes[row.row] = RowChange(row.row, code, "update" if facility is not None else "insert", diff)
            plan.payload[row.row] = FacilityInput(code, new["seats"], new["bufferBefore"], new["bufferAfter"],
                                                  str(new["bookableHours"]), str(new["approver"]),
                                                  new["bookable"] == "yes",
                                                  str(new["kind"]) if "kind" in diff else None)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        counts = {"insert": 0, "update": 0}
        for row in rows:
            if cancel is not None and cancel():
                break
            set_facility(uow, plan.payload[row])  # the same checks and audit record as `room setup`
            counts[plan.changes[row].action] += 1
        return counts["insert"], counts["update"]


def _blank(name: str) -> Any:
    """What an empty cell means: no own seat count, no buffer, any time, the default approver, not bookable."""
    return {"seats": None, "bufferBefore": 0, "bufferAfter": 0, "bookableHours": "", "approver": "training_staff",
            "bookable": "no"}[name]


def _ids(session: Session, actor: Actor, _request: ExportRequest) -> list[int]:
    require(actor, "training.view")
    return [location.id for location, facility in _places(session) if facility is not None]


def _sheet(_names: Sequence[str]) -> list[SheetColumn]:
    return [SheetColumn(column.header_th, column.width) for column in FACILITIES.columns]


def _rows(session: Session, actor: Actor, ids: Sequence[int], _names: Sequence[str]) -> Iterable[Sequence[Any]]:
    require(actor, "training.view")
    found = {location.id: (location, facility) for location, facility in _places(session)}
    for location_id in ids:
        if location_id in found:
            location, facility = found[location_id]
            values = _current(location, facility)
            yield [location.code, location.name_th, {**FACILITY_KINDS, **OTHER_KINDS}.get(location.kind, location.kind),
                   values["seats"], values["bufferBefore"], values["bufferAfter"], values["bookableHours"],
                   APPROVER_ROLES.get(values["approver"], values["approver"]), YES_NO[values["bookable"]]]


EXPORT_KIND = ExportKind("facilities", "training.view", FACILITIES.title_th,
                         lambda _actor: [c.name for c in FACILITIES.columns], _sheet, _rows, _ids)
