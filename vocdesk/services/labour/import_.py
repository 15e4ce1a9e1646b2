"""The `demand` import kind: NSO long tables and the demand template into demand facts, replacing older releases."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.labour.facts import BE_OFFSET
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.findings import error, warning
from vocdesk.io.imports.labour import DEMAND
from vocdesk.persistence.models import DemandFact
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.labour import DEMAND as DEMAND_CHANGED
from vocdesk.services.labour.import_rows import fact_of_row, file_scheme


class DemandImport:
    """The ImportKind for demand facts; a fact is matched by its identity, so the same file changes nothing."""

    declaration = DEMAND
    permission = "labour.import"
    changes = (DEMAND_CHANGED,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan = ImportPlan()
        bad = parsed.error_rows()
        scheme, scheme_findings = file_scheme(parsed)
        plan.findings += scheme_findings
        if "measure" not in parsed.present:
            plan.findings.append(warning(0, "measure", "labour_measure_assumed", measure="employed"))
        built: dict[int, dict[str, Any]] = {}
        first: dict[str, int] = {}
        for row in parsed.rows:
            if row.row in bad:
                continue
            fact, findings = fact_of_row(row, scheme, parsed.path.name)
            plan.findings += findings
            if fact is None:
                continue
            earlier = first.setdefault(fact["fact_key"], row.row)
            if earlier != row.row:
                same = built[earlier]["value"] * built[earlier]["multiplier"] == fact["value"] * fact["multiplier"]
                if same:
                    plan.findings.append(warning(row.row, "value", "labour_fact_repeated", first_row=earlier))
                    plan.unchanged.add(row.row)
                else:
                    plan.findings.append(error(row.row, "value", "labour_fact_conflict", first_row=earlier))
                continue
            built[row.row] = fact
        keys = [fact["fact_key"] for fact in built.values()]
        existing = {f.fact_key: f for f in _existing(session, keys)}
        for row_no, fact in built.items():
            old = existing.get(fact["fact_key"])
            label = fact.pop("label")
            if old is None:
                plan.changes[row_no] = RowChange(row_no, label, "insert")
                plan.payload[row_no] = fact
            elif old.value * old.multiplier == fact["value"] * fact["multiplier"] and old.unit == fact["unit"]:
                plan.unchanged.add(row_no)
            else:
                plan.changes[row_no] = RowChange(row_no, label, "update", {
                    "value": (_persons(old.value, old.multiplier), _persons(fact["value"], fact["multiplier"]))})
                plan.payload[row_no] = {"id": old.id, **fact}
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserts = [plan.payload[row] for row in rows if plan.changes[row].action == "insert"]
        updates = [plan.payload[row] for row in rows if plan.changes[row].action == "update"]
        if inserts:
            uow.session.execute(insert(DemandFact), [{**values, "version": 1} for values in inserts])
        for values in updates:
            fact_id = values.pop("id")
            uow.session.execute(update(DemandFact).where(DemandFact.id == fact_id).values(
                **values, version=DemandFact.version + 1))
        years = sorted({int(values["year"]) + BE_OFFSET for values in inserts + updates})
        uow.audit("demand.import", "demand_fact", parsed.path.name,
                  {"inserted": len(inserts), "updated": len(updates), "years_be": years,
                   "replaced": [plan.changes[row].key for row in rows if plan.changes[row].action == "update"][:200]})
        uow.changed(DEMAND_CHANGED)
        return len(inserts), len(updates)


def _existing(session: Session, keys: list[str]) -> list[DemandFact]:
    found: list[DemandFact] = []
    for start in range(0, len(keys), 500):
        found += session.scalars(select(DemandFact).where(DemandFact.fact_key.in_(keys[start:start + 500])))
    return found


def _persons(value: Decimal, multiplier: int) -> str:
    """A figure as a reader compares it: value × multiplier, grouped ("12,345")."""
    total = value * multiplier
    return f"{total:,.0f}" if total == total.to_integral_value() else f"{total:,.3f}"

