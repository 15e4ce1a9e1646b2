"""The `enterprises` import and export kind: the one register by tax ID; changed fields are shown before updating."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile
from vocdesk.io.imports.placements import ENTERPRISES as DECLARATION
from vocdesk.persistence.models import Enterprise
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import ENTERPRISES
from vocdesk.services.dual.export_kind import sheet_of
from vocdesk.services.kinds.exports import ExportKind, ExportRequest
from vocdesk.services.kinds.imports import ImportPlan, RowChange

FIELDS = {"taxId": "tax_id", "nameTh": "name_th", "branch": "branch", "tsicCode": "tsic_code",
          "tsicName": "tsic_name", "province": "province", "address": "address", "contactName": "contact_name",
          "contactPhone": "contact_phone", "contactEmail": "contact_email", "sizeBand": "size_band"}
TABLE = cast(Table, Enterprise.__table__)
BLANK = {field: "" for field in FIELDS.values()} | {"branch": "00000", "version": 1}


class EnterpriseImport:
    declaration = DECLARATION
    permission = "dual.edit"
    changes = (ENTERPRISES,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan = ImportPlan()
        bad = {f.row for f in parsed.findings if f.is_error}
        keys = [r.values["taxId"] for r in parsed.rows if "taxId" in r.values]
        existing = {e.tax_id: e for e in session.scalars(select(Enterprise).where(Enterprise.tax_id.in_(keys)))}
        for row in parsed.rows:
            if row.row in bad or "taxId" not in row.values:
                continue
            new = {FIELDS[c]: v for c, v in row.values.items() if c in FIELDS}
            old = existing.get(row.values["taxId"])
            if old is None:
                plan.changes[row.row] = RowChange(row.row, new["tax_id"], "insert")
                plan.payload[row.row] = (None, new)
                continue
            diff = {k: v for k, v in new.items() if (getattr(old, k) or "") != v}
            if not diff:
                plan.unchanged.add(row.row)
                continue
            shown = {c: (getattr(old, f) or "", diff[f]) for c, f in FIELDS.items() if f in diff}
            plan.changes[row.row] = RowChange(row.row, new["tax_id"], "update", shown)
            plan.payload[row.row] = (old.id, diff)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        if cancel is not None and cancel():
            raise ImportCancelled()
        now = uow.clock.now()
        items = [cast(tuple[int | None, dict[str, Any]], plan.payload[r]) for r in rows]
        inserts = [BLANK | values | {"created_at": now, "updated_at": now} for key, values in items if key is None]
        if inserts:
            uow.session.execute(insert(TABLE), inserts)
        updates = [(key, values) for key, values in items if key is not None]
        for key, values in updates:
            uow.session.execute(update(TABLE).where(TABLE.c.id == bindparam("_id"))
                                .values({k: bindparam(f"_{k}") for k in values} | {"version": TABLE.c.version + 1,
                                                                                   "updated_at": now}),
                                {"_id": key, **{f"_{k}": v for k, v in values.items()}})
        uow.audit("enterprises.import", "enterprise", parsed.path.name,
                  {"inserted": [None, len(inserts)], "updated": [None, len(updates)]})
        uow.changed(ENTERPRISES)
        return len(inserts), len(updates)


COLUMNS = DECLARATION.exported_columns()
NAMES = [c.name for c in COLUMNS]


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    require(actor, "dual.view")
    return list(session.scalars(select(Enterprise.id).where(Enterprise.tax_id.is_not(None))
                                .order_by(Enterprise.name_th, Enterprise.id)))


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    require(actor, "dual.view")
    for start in range(0, len(ids), 500):
        found = {e.id: e for e in session.scalars(select(Enterprise).where(Enterprise.id.in_(ids[start:start + 500])))}
        for key in ids[start:start + 500]:
            if key in found:
                yield [getattr(found[key], FIELDS[n]) or "" for n in names]


EXPORT_KIND = ExportKind("enterprises", "dual.view", "สถานประกอบการ", lambda actor: list(NAMES), sheet_of(COLUMNS),
                         _rows, _ids)
