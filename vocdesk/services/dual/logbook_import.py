"""The `logbook` import kind: weeks checked like a typed entry; a week already recorded differently is an update."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.logbook import check_week
from vocdesk.errors import VocDeskError
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.dual_logbook import LOGBOOK as DECLARATION
from vocdesk.io.imports.findings import error
from vocdesk.persistence.models import DualLogbookWeek
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.followup_common import last_day, shifts_of, started_placement
from vocdesk.services.dual.settings import closed_days
from vocdesk.services.dual.versioned_rows import plan_row, write_rows
from vocdesk.services.kinds.imports import ImportPlan

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
            plan_row(plan, row.row, key, old, new, FIELDS, {"placement_id": placement.id, "week_start": week})
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserted, updated = write_rows(uow, DualLogbookWeek, plan, rows, "logbook")
        uow.audit("logbook.import", "dual_logbook_week", parsed.path.name,
                  {"inserted": inserted, "updated": updated,
                   "weeks": [plan.changes[row].key for row in rows][:200]})
        uow.changed(LOGBOOK)
        return inserted, updated
