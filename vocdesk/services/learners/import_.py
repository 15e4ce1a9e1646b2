"""The `learners` import: match rows to learners by student code, resolve programme and group, and write inserts
and field-level updates in bulk (Core executemany) with status history and one audit record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.domain.academic import Level, academic_year_of
from vocdesk.domain.learners import ALLOWED_MOVES, LearnerStatus
from vocdesk.domain.thai import format_be_short, mask_national_id
from vocdesk.io.imports import CancelCheck, ParsedFile, ParsedRow
from vocdesk.io.imports.findings import CellProblem, Finding, error, warning
from vocdesk.io.imports.learners import DEFAULT_STATUS, GENDERS, LEARNER_STATUSES, LEARNERS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.learners import LEARNERS as LEARNERS_CHANGED
from vocdesk.services.learners.import_lookup import (
    Catalogue,
    GroupRef,
    load_groups,
    load_learners,
    national_id_owners,
)

# file column -> learner field, for columns that map one to one
DIRECT = {"idcard": "national_id", "prefixName": "prefix", "firstName": "first_name_th", "lastName": "last_name_th",
          "gender": "gender", "birthDate": "birth_date", "studentStatusName": "status", "gpax": "gpax",
          "tel": "phone", "email": "email"}
SHOWN_AS = {"national_id": "idcard", "prefix": "prefixName", "first_name_th": "firstName",
            "last_name_th": "lastName", "gender": "gender", "birth_date": "birthDate", "status": "studentStatusName",
            "gpax": "gpax", "phone": "tel", "email": "email", "level": "gradeNameTh", "year": "gradeNameTh",
            "programme_id": "majorNameTh", "group_id": "groupCode"}

REQUIRED = tuple(column.name for column in LEARNERS.columns if column.required)
"""Columns a new learner needs."""
REQUIRED_SET = frozenset(REQUIRED)


@dataclass
class NewGroup:
    """A learning group a row names that does not exist yet; created from the first valid row naming it."""

    code: str
    level: str
    year: int
    programme_id: int


@dataclass
class RowPlan:
    """Learner fields to write for one row; `learner_id` is None for a new learner."""

    learner_id: int | None
    values: dict[str, Any]
    new_group: NewGroup | None = None
    status_changed: bool = False


def _level_year_label(level: str, year: int) -> str:
    try:
        return f"{Level(level).label_th}{year}"
    except ValueError:
        return f"{level}{year}"


class LearnerImport:
    """The ImportKind for learners (std2018_student columns)."""

    declaration = LEARNERS
    permission = "learners.import"
    changes = (LEARNERS_CHANGED,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        planner = _Planner(session, parsed)
        return planner.run()

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        from vocdesk.services.learners.import_write import write_learners

        return write_learners(uow, parsed, plan, rows, cancel)


class _Planner:
    """Plans one parsed file against the database: findings, inserts and field-level updates per row."""

    def __init__(self, session: Session, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self.catalogue = Catalogue(session)
        self.groups = load_groups(session)
        self.group_codes = {ref.id: code for code, ref in self.groups.items()}
        self.existing = load_learners(session, [r.values["studentCode"] for r in parsed.rows
                                                if "studentCode" in r.values])
        self.owners = national_id_owners(session, [r.values["idcard"] for r in parsed.rows if "idcard" in r.values])
        self.bad_cells = {(f.row, f.column) for f in parsed.findings if f.is_error}
        self.bad_rows = {row for row, _ in self.bad_cells}
        self.new_groups: dict[str, NewGroup] = {}
        self.plan = ImportPlan()

    def run(self) -> ImportPlan:
        for row in self.parsed.rows:
            code = row.values.get("studentCode")
            if code is not None:
                self._row(row, code)
        return self.plan

    def _add(self, finding: Finding) -> None:
        self.plan.findings.append(finding)
        if finding.is_error:
            self.bad_rows.add(finding.row)

    def _row(self, row: ParsedRow, code: str) -> None:
        values = row.values
        old = self.existing.get(code)
        new: dict[str, Any] = {name: values[column] for column, name in DIRECT.items() if column in values}
        if "gradeNameTh" in values:
            new["level"], new["year"] = values["gradeNameTh"]
        level = new.get("level", old["level"] if old else None)
        programme_id = self._programme(row, level, old)
        if programme_id is not None:
            new["programme_id"] = programme_id
        group = self._group(row, new, old)
        national_id = new.get("national_id")
        owner = self.owners.get(national_id) if national_id else None
        if owner is not None and owner != code:
            self._add(warning(row.row, "idcard", "import_national_id_in_use", other=owner))
        if old is None:
            self._check_required(row)
            new.setdefault("status", DEFAULT_STATUS)
        elif "status" in new and new["status"] != old["status"]:
            self._check_status_move(row.row, old["status"], new["status"])
        if row.row in self.bad_rows:
            return
        if group is not None and group.code not in self.new_groups:
            self.new_groups[group.code] = group
            self._add(warning(row.row, "groupCode", "import_group_new", value=group.code,
                              level=_level_year_label(group.level, group.year)))
        self._record(row.row, code, old, new, group)

    def _programme(self, row: ParsedRow, level: str | None, old: dict[str, Any] | None) -> int | None:
        values = row.values
        major = values.get("majorNameTh")
        minor = values.get("minorNameTh")
        current = self.catalogue.by_id.get(old["programme_id"]) if old else None
        if major is None and minor is not None and current is not None:
            major = current.major_name_th
        if major is None:
            if current is not None and level is not None and level != current.level:
                self._add(error(row.row, "majorNameTh", "import_required",
                                column=LEARNERS.column("majorNameTh").header_th))
            return None
        if level is None:
            return None  # a new learner without a grade: reported as required
        try:
            return self.catalogue.resolve(level, major, minor)
        except CellProblem as problem:
            params = dict(problem.params)
            column = params.pop("column")
            self._add(error(row.row, column, problem.code, **params))
            return None

    def _group(self, row: ParsedRow, new: dict[str, Any], old: dict[str, Any] | None) -> NewGroup | None:
        code = row.values.get("groupCode")
        if code is None:
            return None
        ref: GroupRef | None = self.groups.get(code)
        if ref is not None:
            new["group_id"] = ref.id
            return None
        pending = self.new_groups.get(code)
        if pending is not None:
            return pending

        def pick(name: str) -> Any:
            return new.get(name, old[name] if old else None)

        level, year, programme = pick("level"), pick("year"), pick("programme_id")
        if level is None or year is None or programme is None:
            if (row.row, "gradeNameTh") not in self.bad_cells and row.row not in self.bad_rows:
                self._add(error(row.row, "groupCode", "import_group_unknown", value=code))
            return None
        return NewGroup(code, level, year, programme)

    def _check_status_move(self, row: int, old: str, new: str) -> None:
        """The same moves the status dialog allows (e.g. a graduate cannot become studying again)."""
        try:
            allowed = LearnerStatus(new) in ALLOWED_MOVES[LearnerStatus(old)]
        except ValueError:
            allowed = True  # a status code this version does not know: leave it to the registrar
        if not allowed:
            self._add(error(row, "studentStatusName", "import_status_move", old=LEARNER_STATUSES.get(old, old),
                            new=LEARNER_STATUSES.get(new, new)))

    def _check_required(self, row: ParsedRow) -> None:
        if row.values.keys() >= REQUIRED_SET:  # one set comparison for the usual complete row
            return
        split_failed = (row.row, "fullName") in self.bad_cells
        for column in LEARNERS.columns:
            if not column.required or column.name in row.values or (row.row, column.name) in self.bad_cells:
                continue
            if split_failed and column.name in ("firstName", "lastName"):
                continue
            self._add(error(row.row, column.name, "import_required", column=column.header_th))

    def _record(self, row: int, code: str, old: dict[str, Any] | None, new: dict[str, Any],
                group: NewGroup | None) -> None:
        if old is None:
            self.plan.changes[row] = RowChange(row, code, "insert")
            self.plan.payload[row] = RowPlan(None, {"student_code": code, **new}, group, status_changed=True)
            return
        diff = {name: value for name, value in new.items() if old[name] != value}
        if group is not None:
            diff["group_id"] = None  # filled in when the new group exists
        if not diff:
            self.plan.unchanged.add(row)
            return
        shown: dict[str, tuple[Any, Any]] = {}
        for name in diff:
            column = SHOWN_AS[name]
            shown[column] = (self._display(name, old), self._display(name, new, group))
        self.plan.changes[row] = RowChange(row, code, "update", shown)
        self.plan.payload[row] = RowPlan(old["id"], diff, group, status_changed="status" in diff)

    def _display(self, name: str, values: dict[str, Any], group: NewGroup | None = None) -> Any:
        """A field as the registrar reads it in the preview (Thai names, พ.ศ. dates, masked IDs)."""
        if group is not None and name == "group_id":
            return group.code
        value = values.get(name)
        if value is None or value == "":
            return ""
        if name in ("level", "year"):
            return _level_year_label(values["level"], values["year"])
        if name == "programme_id":
            ref = self.catalogue.by_id.get(value)
            return ref.label if ref else str(value)
        if name == "group_id":
            return self.group_codes.get(value, str(value))
        if name == "national_id":
            return mask_national_id(value)
        if name == "birth_date" and isinstance(value, dt.date):
            return format_be_short(value)
        if name == "status":
            return LEARNER_STATUSES.get(value, value)
        if name == "gender":
            return GENDERS.get(value, value)
        return value


def entry_year_be(today: dt.date, year: int) -> int:
    """พ.ศ. academic year a group in its `year`-th year entered: this academic year minus the years before."""
    return academic_year_of(today) - (year - 1)
