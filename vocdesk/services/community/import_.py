"""The `fixit_jobs` import kind: jobs from paper forms or an exported sheet, matched by their job number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.community import check_outcome, job_fiscal_year
from vocdesk.domain.thai_ids import is_valid_national_id
from vocdesk.errors import ValidationFailed
from vocdesk.io.imports import CancelCheck, ParsedFile, ParsedRow
from vocdesk.io.imports.community import FIXIT_JOBS
from vocdesk.io.imports.findings import Finding, error
from vocdesk.persistence.models import RepairJob, ServicePoint
from vocdesk.services.community import JOBS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange

EDITABLE = {"ownerName": "owner_name", "ownerPhone": "owner_phone", "ownerNationalId": "owner_national_id",
            "ownerIdReason": "owner_id_reason", "ownerAddress": "owner_address", "category": "category",
            "brand": "brand", "model": "model", "ageYears": "age_years", "problem": "problem"}
FIXED = {"receivedOn": "received_on", "status": "status", "repairStatus": "repair_status", "barrier": "barrier"}
"""Set when a job comes in; afterwards only the status flow changes them."""


def _split(label: str) -> tuple[str, int, int]:
    point, _, number = label.rpartition("-")
    code, _, year = point.rpartition("-")
    return code, int(year), int(number)


def _values(row: ParsedRow, present: frozenset[str]) -> dict[str, Any]:
    new = {name: row.values.get(column, "") for column, name in EDITABLE.items() if column in present}
    new |= {name: row.values[column] for column, name in FIXED.items() if column in row.values}  # blank: not given
    if "age_years" in new:
        new["age_years"] = None if new["age_years"] == "" else int(new["age_years"])
    return new


class FixitJobImport:
    """The ImportKind for repair jobs (งานซ่อม); the same file imported twice changes nothing."""

    declaration = FIXIT_JOBS
    permission = "community.intake"
    changes = (JOBS,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        points = {p.code: p for p in session.scalars(select(ServicePoint))}
        existing = {(j.point_id, j.fiscal_year, j.job_no): j for j in session.scalars(
            select(RepairJob).where(RepairJob.point_id.in_([p.id for p in points.values()])))}
        plan = ImportPlan()
        bad = parsed.error_rows()
        for row in parsed.rows:
            if row.row not in bad:
                _plan_row(plan, row, parsed.present, points, existing)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserts = [plan.payload[row] for row in rows if plan.changes[row].action == "insert"]
        updates = [plan.payload[row] for row in rows if plan.changes[row].action == "update"]
        if inserts:
            uow.session.execute(insert(RepairJob), [{**values, "version": 1} for values in inserts])
        for values in updates:
            if cancel is not None and cancel():
                break
            job_id = values.pop("id")
            uow.session.execute(update(RepairJob).where(RepairJob.id == job_id).values(
                **values, version=RepairJob.version + 1))
        uow.audit("repair_job.import", "repair_job", parsed.path.name,
                  {"inserted": len(inserts), "updated": len(updates),
                   "jobs": [plan.changes[row].key for row in rows][:200]})
        return len(inserts), len(updates)


def _plan_row(plan: ImportPlan, row: ParsedRow, present: frozenset[str], points: dict[str, ServicePoint],
              existing: dict[tuple[int, int, int], RepairJob]) -> None:
    label = row.values["jobNo"]
    code, year, number = _split(label)
    point = points.get(code)
    new = _values(row, present)
    findings: list[Finding] = []
    if point is None:
        findings.append(error(row.row, "jobNo", "community.import_point_unknown", point=code))
    elif "received_on" in new and job_fiscal_year(new["received_on"]) != year:
        findings.append(error(row.row, "receivedOn", "community.import_year_mismatch", year=year))
    digits = new.get("owner_national_id", "")
    if digits and not is_valid_national_id(digits) and not new.get("owner_id_reason"):
        findings.append(error(row.row, "ownerNationalId", "community.owner_id_checksum"))
    old = existing.get((point.id, year, number)) if point is not None else None
    if old is None and point is not None and not findings:
        findings += _new_job_findings(row, point, new)
    if old is not None:
        findings += [error(row.row, column, "community.import_fixed_field", value=str(new[name]))
                     for column, name in FIXED.items() if name in new and new[name] != getattr(old, name)]
    plan.findings += findings
    if findings or point is None:
        return
    if old is None:
        plan.changes[row.row] = RowChange(row.row, label, "insert")
        plan.payload[row.row] = {"status": "received", "repair_status": "Unknown", "barrier": None,
                                 "terms_acknowledged": False, "returned_on": None, "age_years": None,
                                 **{name: "" for name in EDITABLE.values() if name != "age_years"}, **new,
                                 "point_id": point.id, "fiscal_year": year, "job_no": number}
        return
    diff = {name: value for name, value in new.items() if getattr(old, name) != value}
    if not diff:
        plan.unchanged.add(row.row)
        return
    column_of = {name: column for column, name in EDITABLE.items()}
    plan.changes[row.row] = RowChange(row.row, label, "update",
                                      {column_of[n]: (getattr(old, n), v) for n, v in diff.items()})
    plan.payload[row.row] = {"id": old.id, **diff}


def _new_job_findings(row: ParsedRow, point: ServicePoint, new: dict[str, Any]) -> list[Finding]:
    day = new["received_on"]
    if day < point.start_date or (point.end_date is not None and day > point.end_date):
        return [error(row.row, "receivedOn", "community.point_closed", point=point.code, day=day.isoformat())]
    try:
        check_outcome(new.get("repair_status", "Unknown"), new.get("barrier"))
    except ValidationFailed as problem:
        return [error(row.row, "barrier", problem.code, **problem.params)]
    return []
