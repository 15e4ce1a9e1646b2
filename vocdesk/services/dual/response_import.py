"""The `centre_responses` import kind: a centre's answer per learner, matched to its latest hand-off naming them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.dual_responses import RESPONSES as DECLARATION
from vocdesk.io.imports.findings import error
from vocdesk.persistence.models import DualCentre, DualHandoff, DualHandoffResponse
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import CENTRES
from vocdesk.services.dual.versioned_rows import plan_row, write_rows
from vocdesk.services.kinds.imports import ImportPlan

FIELDS = ("status", "action", "contact")


def _handoffs(session: Session) -> dict[str, list[DualHandoff]]:
    """Each centre code's hand-offs, newest first."""
    found: dict[str, list[DualHandoff]] = {}
    for handoff, code in session.execute(select(DualHandoff, DualCentre.code).join(
            DualCentre, DualCentre.id == DualHandoff.centre_id).order_by(DualHandoff.made_on.desc(),
                                                                         DualHandoff.id.desc())):
        found.setdefault(code, []).append(handoff)
    return found


def answered_handoff(handoffs: list[DualHandoff], student_code: str, on: dt.date) -> DualHandoff | None:
    """The latest hand-off made on or before `on` that named the learner."""
    return next((h for h in handoffs if h.made_on <= on and student_code in h.student_codes.split(",")), None)


class ResponseImport:
    declaration = DECLARATION
    permission = "dual.handoff"
    changes = (CENTRES,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan, bad, handoffs = ImportPlan(), parsed.error_rows(), _handoffs(session)
        centres = set(session.scalars(select(DualCentre.code)))
        seen: dict[str, int] = {}
        for row in parsed.rows:
            if row.row in bad:
                continue
            v = row.values
            centre, code, on = str(v["centre"]), str(v["student_code"]), v["responded_on"]
            if centre not in centres:
                plan.findings.append(error(row.row, "centre", "dual.centre_unknown", value=centre))
                continue
            handoff = answered_handoff(handoffs.get(centre, []), code, on)
            if handoff is None:
                plan.findings.append(error(row.row, "student_code", "dual.response_not_handed_off", value=code,
                                           centre=centre, on=on.isoformat()))
                continue
            key = f"{handoff.id}/{code}/{on.isoformat()}"
            if key in seen:
                plan.findings.append(error(row.row, "student_code", "import_duplicate", value=key,
                                           first_row=seen[key]))
                continue
            seen[key] = row.row
            new = {"status": str(v["status"]), "action": str(v.get("action") or ""),
                   "contact": str(v.get("contact") or "")}
            old = session.scalars(select(DualHandoffResponse).where(
                DualHandoffResponse.handoff_id == handoff.id, DualHandoffResponse.student_code == code,
                DualHandoffResponse.responded_on == on)).first()
            plan_row(plan, row.row, key, old, new, FIELDS,
                     {"handoff_id": handoff.id, "student_code": code, "responded_on": on})
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserted, updated = write_rows(uow, DualHandoffResponse, plan, rows, "centre response")
        uow.audit("handoff.responses_import", "dual_handoff_response", parsed.path.name,
                  {"inserted": inserted, "updated": updated,
                   "responses": [plan.changes[row].key for row in rows][:200]})
        uow.changed(CENTRES)
        return inserted, updated
