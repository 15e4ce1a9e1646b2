"""The `outcomes` import kind: survey answers matched to the register's graduates, all-or-nothing, re-import safe."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from vocdesk.errors import ValidationFailed
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.findings import error
from vocdesk.io.imports.labour_outcomes import OUTCOMES
from vocdesk.persistence.models import GraduateOutcome
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.labour import OUTCOMES as OUTCOMES_CHANGED
from vocdesk.services.labour.graduates import graduates_of
from vocdesk.services.labour.outcome_rows import Cohort, answer_values, find_graduate
from vocdesk.services.labour.outcomes import FIELDS, OutcomeInput, check_outcome

_ERROR_COLUMNS = {"labour_outcome_round": "round", "labour_outcome_status": "status",
                  "labour_occupation_not_in_scheme": "occupation", "labour_outcome_salary": "salaryBand",
                  "labour_outcome_not_working": "status"}


class OutcomeImport:
    """The ImportKind for graduate outcomes; an answer is identified by its graduate and round."""

    declaration = OUTCOMES
    permission = "labour.outcomes"
    changes = (OUTCOMES_CHANGED,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan = ImportPlan()
        bad = parsed.error_rows()
        cohorts: dict[int, Cohort] = {}
        first: dict[tuple[int, int], int] = {}
        found: dict[int, tuple[int, int, int, str]] = {}
        for row in parsed.rows:
            if row.row in bad:
                continue
            year = int(row.values["cohortYear"])
            cohort = cohorts.get(year) or cohorts.setdefault(year, Cohort(graduates_of(session, year)))
            graduate, how, findings = find_graduate(row, cohort)
            plan.findings += findings
            if graduate is None:
                continue
            key = (graduate.learner_id, int(row.values["round"]))
            earlier = first.setdefault(key, row.row)
            if earlier != row.row:
                plan.findings.append(error(row.row, "studentCode", "labour_outcome_repeated", first_row=earlier,
                                           code=graduate.student_code))
                continue
            found[row.row] = (graduate.learner_id, key[1], year, how)
        existing = _existing(session, [learner for learner, *_ in found.values()])
        by_row = {row.row: row for row in parsed.rows}
        for row_no, (learner_id, round_months, year, how) in found.items():
            old = existing.get((learner_id, round_months))
            old_values = None if old is None else {name: getattr(old, name) for name in FIELDS}
            values, findings = answer_values(by_row[row_no], parsed.present, old_values)
            plan.findings += findings
            try:
                check_outcome(OutcomeInput(learner_id, round_months, **values))
            except ValidationFailed as problem:
                plan.findings.append(error(row_no, _ERROR_COLUMNS.get(problem.code, "status"), problem.code,
                                           **problem.params))
                continue
            label = f"{cohort_key(cohorts[year], learner_id)} {round_months}"
            if old is None:
                plan.changes[row_no] = RowChange(row_no, label, "insert")
                plan.payload[row_no] = {"learner_id": learner_id, "round_months": round_months, "cohort_year": year,
                                        "matched_by": how, **values}
            elif old_values == values:
                plan.unchanged.add(row_no)
            else:
                assert old_values is not None
                plan.changes[row_no] = RowChange(row_no, label, "update", {
                    name: (_shown(old_values[name]), _shown(values[name])) for name in FIELDS
                    if old_values[name] != values[name]})
                plan.payload[row_no] = {"id": old.id, **values}
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserts = [plan.payload[row] for row in rows if plan.changes[row].action == "insert"]
        updates = [dict(plan.payload[row]) for row in rows if plan.changes[row].action == "update"]
        if inserts:
            uow.session.execute(insert(GraduateOutcome), [{**values, "version": 1} for values in inserts])
        for values in updates:
            outcome_id = values.pop("id")
            uow.session.execute(update(GraduateOutcome).where(GraduateOutcome.id == outcome_id).values(
                **values, version=GraduateOutcome.version + 1))
        uow.audit("outcome.import", "graduate_outcome", parsed.path.name,
                  {"inserted": len(inserts), "updated": len(updates),
                   "by_name": sum(1 for values in inserts if values["matched_by"] == "name")})
        uow.changed(OUTCOMES_CHANGED)
        return len(inserts), len(updates)


def cohort_key(cohort: Cohort, learner_id: int) -> str:
    graduate = cohort.by_learner[learner_id]
    return f"{graduate.student_code} {graduate.name}"


def _shown(value: Any) -> Any:
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else value


def _existing(session: Session, learner_ids: list[int]) -> dict[tuple[int, int], GraduateOutcome]:
    found: dict[tuple[int, int], GraduateOutcome] = {}
    for start in range(0, len(learner_ids), 500):
        for outcome in session.scalars(select(GraduateOutcome).where(
                GraduateOutcome.learner_id.in_(learner_ids[start:start + 500]))):
            found[(outcome.learner_id, outcome.round_months)] = outcome
    return found
