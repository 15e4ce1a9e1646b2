"""The `placements` import: every placement rule per row and across the file's rows; rows become drafts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import DualSettings, OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.domain.dual.rules import check, too_short
from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile, ParsedRow
from vocdesk.io.imports.findings import Finding, Severity, error
from vocdesk.io.imports.placements import PLACEMENTS as DECLARATION
from vocdesk.persistence.models import DualPlacement, DualShift
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import PLACEMENTS
from vocdesk.services.dual.import_rows import Known, known_for, name_key
from vocdesk.services.dual.settings import closed_days, dual_settings
from vocdesk.services.kinds.imports import ImportPlan, RowChange

COLUMN_OF = {"dual.trainer_ratio": "trainer", "dual.trainer_uncertified": "trainer", "dual.mou_not_covering": "taxId",
             "dual.under_age": "studentCode", "dual.minor_night": "shiftEnd", "dual.minor_hours": "shiftEnd",
             "dual.minor_hazard": "tasks", "dual.overlap": "startDate", "dual.too_short": "endDate",
             "dual.guardian_consent": "studentCode", "dual.not_dual_learner": "studentCode"}
LONG_PLACEMENT_DAYS = 240
"""Without a จำนวนภาคเรียน column, a placement longer than this counts as two semesters, else one."""


@dataclass(frozen=True)
class RowPlan:
    learner_id: int
    enterprise_id: int
    trainer_id: int
    supervisor_id: int | None
    mou_id: int | None
    facts: PlacementFacts
    values: dict[str, Any]


class PlacementImport:
    """The ImportKind for placements (สัญญาการฝึกอาชีพ), written as drafts for the coordinator to activate."""

    declaration = DECLARATION
    permission = "dual.edit"
    changes = (PLACEMENTS,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        return _Planner(session, parsed).run()

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        if cancel is not None and cancel():
            raise ImportCancelled()
        for row in rows:
            p = cast(RowPlan, plan.payload[row])
            f, v = p.facts, p.values
            placement = DualPlacement(
                learner_id=p.learner_id, enterprise_id=p.enterprise_id, mou_id=p.mou_id, trainer_id=p.trainer_id,
                supervisor_id=p.supervisor_id, start_date=f.period.start, end_date=f.period.end,
                semesters=f.semesters, contract_date=f.contract_date, allowance=float(v.get("allowance", 0)),
                tasks=v.get("tasks", ""), status="draft")
            uow.session.add(placement)
            uow.session.flush()
            uow.session.add_all([DualShift(placement_id=placement.id, weekday=s.weekday, start_time=s.start,
                                           end_time=s.end, break_minutes=s.break_minutes) for s in f.shifts])
        uow.audit("placements.import", "dual_placement", parsed.path.name, {"inserted": [None, len(rows)]})
        uow.changed(PLACEMENTS)
        return len(rows), 0


class _Planner:
    def __init__(self, session: Session, parsed: ParsedFile) -> None:
        self.parsed, self.plan = parsed, ImportPlan()
        self.known: Known = known_for(session, parsed)
        self.settings: DualSettings = dual_settings(session)
        days = [d for r in parsed.rows for d in (r.values.get("startDate"), r.values.get("endDate")) if d]
        self.closed = closed_days(session) if days else frozenset()
        self.bad = {f.row for f in parsed.findings if f.is_error}
        self.rows: list[tuple[ParsedRow, RowPlan]] = []

    def _error(self, row: int, column: str, code: str, **params: Any) -> None:
        self.plan.findings.append(error(row, column, code, **params))
        self.bad.add(row)

    def run(self) -> ImportPlan:
        for row in self.parsed.rows:
            if row.row not in self.bad:
                self._resolve(row)
        in_file = [OtherPlacement(f"row {r.row}", p.facts.learner_code, p.trainer_id, p.facts.period,
                                  p.facts.semesters) for r, p in self.rows]
        for index, (row, plan) in enumerate(self.rows):
            earlier = tuple(self.known.stored) + tuple(in_file[:index])
            around = Surroundings(tuple(self.known.certificates.get(plan.trainer_id, ())),
                                  tuple(p for _, p in self.known.mous.get(plan.enterprise_id, ())), earlier,
                                  self.closed)
            facts = replace(plan.facts, key=None)
            whole = replace(around, others=tuple(self.known.stored) + tuple(
                o for i, o in enumerate(in_file) if i != index))
            found = [f for f in check(facts, around, self.settings) if f.code != "dual.too_short"]
            found += too_short(facts, whole, self.settings)
            for f in found:
                severity = Severity.ERROR if f.severity == "error" else Severity.WARNING
                self.plan.findings.append(Finding(row.row, COLUMN_OF[f.code], f.code, severity, dict(f.params)))
                if severity is Severity.ERROR:
                    self.bad.add(row.row)
            if row.row not in self.bad:
                self.plan.changes[row.row] = RowChange(row.row, facts.learner_code, "insert")
                self.plan.payload[row.row] = plan
        return self.plan

    def _resolve(self, row: ParsedRow) -> None:
        v = row.values
        learner = self.known.learners.get(v["studentCode"])
        enterprise = self.known.enterprises.get(v["taxId"])
        if learner is None:
            self._error(row.row, "studentCode", "dual.import_learner_unknown", value=v["studentCode"])
        if enterprise is None:
            self._error(row.row, "taxId", "dual.import_enterprise_unknown", value=v["taxId"])
        if learner is None or enterprise is None:
            return
        trainer = self.known.trainers.get((enterprise, name_key(v["trainer"])))
        if trainer is None:
            self._error(row.row, "trainer", "dual.import_trainer_unknown", value=v["trainer"])
        supervisor = self.known.teachers.get(name_key(v["supervisor"])) if v.get("supervisor") else None
        if v.get("supervisor") and supervisor is None:
            self._error(row.row, "supervisor", "dual.import_teacher_unknown", value=v["supervisor"])
        start, end = v["startDate"], v["endDate"]
        if end < start:
            self._error(row.row, "endDate", "dual.period_order", start=start, end=end)
        if learner.birth_date is None:
            self._error(row.row, "studentCode", "dual.birth_date_required", learner=learner.student_code)
        if trainer is None or end < start or learner.birth_date is None:
            return
        breaks = int(v.get("breakMinutes", 0))
        shifts = tuple(Shift(d, v["shiftStart"], v["shiftEnd"], breaks) for d in v["days"])
        existing = self.known.existing.get((learner.id, enterprise, start))
        if existing is not None:
            same = (end, trainer, tuple(sorted((s.weekday, s.start, s.end, s.break_minutes) for s in shifts)))
            if existing == same:
                self.plan.unchanged.add(row.row)
            else:
                self._error(row.row, "startDate", "dual.import_placement_differs", value=learner.student_code,
                            start=start.isoformat())
            return
        semesters = int(v.get("semesters") or (2 if (end - start).days > LONG_PLACEMENT_DAYS else 1))
        period = Period(start, end)
        mou = next((key for key, p in self.known.mous.get(enterprise, ()) if p.covers(period)), None)
        facts = PlacementFacts(learner.student_code, learner.level, learner.birth_date, bool(learner.is_dual),
                               enterprise, trainer, period, semesters, shifts, (), False, v.get("contractDate"))
        self.rows.append((row, RowPlan(learner.id, enterprise, trainer, supervisor, mou, facts, v)))


