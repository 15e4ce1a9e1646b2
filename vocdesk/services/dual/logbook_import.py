"""The `logbook` import kind: weeks checked like a typed entry; a week already recorded differently is an update."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.logbook import check_week
from vocdesk.errors import Conflict, VocDeskError
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.dual_logbook import LOGBOOK as DECLARATION
from vocdesk.io.imports.findings import error
from vocdesk.persistence.models import DualLogbookWeek
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.followup_common import last_day, shifts_of, started_placement
from vocdesk.services.dual.settings import closed_days
from vocdesk.services.kinds.imports import ImportPlan, RowChange

FIELDS = ("days_present", "minutes", "tasks", "signed_by", "signed_on")


class LogbookImport:
    declaration = DECLARATION
    permission = "dual.followup"
    changes = (LOGBOOK,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan, bad, closed = ImportPlan(), parsed.error_rows(), closed_days(session)
        seen: dict[str, int] = {}
        for row in parsed.rows:
            if row.row in bad:
                continue
            v = row.values
            try:
                placement = started_placement(session, int(v["placement"]))
            except VocDeskError as refused:
                plan.findings.append(error(row.row, "placement", refused.code, **refused.params))
                continue
            week: dt.date = v["week"]
            found = check_week(week, placement.start_date, last_day(placement), shifts_of(session, placement.id),
                               int(v["days"]), int(v["hours"]), closed)
            if found:
                plan.findings += [error(row.row, "week", f.code, **f.params) for f in found]
                continue
            key = f"{placement.id}/{week.isoformat()}"
            if key in seen:
                plan.findings.append(error(row.row, "week", "import_duplicate", value=key,
                                           first_row=seen[key]))
                continue
            seen[key] = row.row
            signer = str(v.get("signed_by") or "")
            new = {"days_present": int(v["days"]), "minutes": int(v["hours"]), "tasks": str(v.get("tasks") or ""),
                   "signed_by": signer, "signed_on": v.get("signed_on") if signer else None}
            old = session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.placement_id == placement.id,
                                                                DualLogbookWeek.week_start == week)).first()
            if old is None:
                plan.changes[row.row] = RowChange(row.row, key, "insert")
                plan.payload[row.row] = {"placement_id": placement.id, "week_start": week, **new}
                continue
            diff = {f: (getattr(old, f), new[f]) for f in FIELDS if getattr(old, f) != new[f]}
            if not diff:
                plan.unchanged.add(row.row)
            else:
                plan.changes[row.row] = RowChange(row.row, key, "update", diff)
                plan.payload[row.row] = {"id": old.id, "version": old.version, **new}
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserted = updated = 0
        for row in rows:
            values: dict[str, Any] = dict(plan.payload[row])
            if plan.changes[row].action == "insert":
                uow.session.add(DualLogbookWeek(**values))
                inserted += 1
            else:
                week = uow.session.get(DualLogbookWeek, values.pop("id"))
                if week is None or week.version != values.pop("version"):
                    raise Conflict(detail=f"logbook row {row} changed meanwhile")
                for name, value in values.items():
                    setattr(week, name, value)
                updated += 1
        uow.session.flush()
        uow.audit("logbook.import", "dual_logbook_week", parsed.path.name,
                  {"inserted": inserted, "updated": updated,
                   "weeks": [plan.changes[row].key for row in rows][:200]})
        uow.changed(LOGBOOK)
        return inserted, updated
