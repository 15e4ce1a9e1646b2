"""The `teachers` import: match rows to teachers by national ID, resolve the department by code or Thai name, and
write inserts and field-level updates in bulk with one audit record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.teachers import PositionType
from vocdesk.domain.thai import mask_national_id
from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile, ParsedRow
from vocdesk.io.imports.findings import Finding, error
from vocdesk.io.imports.teachers import TEACHERS
from vocdesk.persistence.models import Department, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.teachers import STAFFING
from vocdesk.services.teachers import TEACHERS as TEACHERS_CHANGED

DIRECT = {"idcard": "national_id", "prefixName": "prefix", "firstName": "first_name_th", "lastName": "last_name_th",
          "firstNameEn": "first_name_en", "lastNameEn": "last_name_en", "positionType": "position_type",
          "academicTitle": "academic_title", "tel": "phone", "email": "email",
          "industryYears": "industry_experience_years"}
SHOWN_AS = {field: column for column, field in DIRECT.items()} | {"department_id": "departmentName"}
TEACHER = cast(Table, Teacher.__table__)
INSERT_DEFAULTS: dict[str, Any] = {
    "prefix": "", "academic_title": "", "first_name_en": "", "last_name_en": "", "phone": "", "email": "",
    "industry_experience_years": 0, "industry_experience": "", "department_id": None, "left_on": None, "version": 1}
"""Every insert row carries every column, as one executemany needs; blank cells leave these values."""
_DEPARTMENT_WORDS = re.compile(r"^(แผนกวิชา|แผนก)\s*")


def _name_key(name: str) -> str:
    return re.sub(r"\s+", "", _DEPARTMENT_WORDS.sub("", name.strip()))


@dataclass
class RowPlan:
    teacher_id: int | None
    values: dict[str, Any]


class TeacherImport:
    """The ImportKind for teachers and support staff."""

    declaration = TEACHERS
    permission = "teachers.import"
    changes = (TEACHERS_CHANGED, STAFFING)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        return _Planner(session, parsed).run()

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        plans = [cast(RowPlan, plan.payload[row]) for row in rows]
        if cancel is not None and cancel():
            raise ImportCancelled()
        inserts = [{**INSERT_DEFAULTS, **p.values}
                   for p in plans if p.teacher_id is None]
        if inserts:
            uow.session.execute(insert(TEACHER), inserts)
        updates = [p for p in plans if p.teacher_id is not None]
        by_fields: dict[tuple[str, ...], list[RowPlan]] = {}
        for p in updates:
            by_fields.setdefault(tuple(sorted(p.values)), []).append(p)
        for names, group in by_fields.items():
            statement = (update(TEACHER).where(TEACHER.c.id == bindparam("_id"))
                         .values({name: bindparam(f"_{name}") for name in names}
                                 | {"version": TEACHER.c.version + 1}))
            uow.session.connection().execute(statement, [
                {"_id": p.teacher_id, **{f"_{name}": p.values[name] for name in names}} for p in group])
        uow.audit("teachers.import", "teacher", parsed.path.name,
                  {"inserted": [None, len(inserts)], "updated": [None, len(updates)]})
        uow.changed(TEACHERS_CHANGED, STAFFING)
        return len(inserts), len(updates)


class _Planner:
    def __init__(self, session: Session, parsed: ParsedFile) -> None:
        self.parsed = parsed
        keys = [r.values["idcard"] for r in parsed.rows if "idcard" in r.values]
        self.existing: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 2000):
            for teacher in session.scalars(select(Teacher).where(Teacher.national_id.in_(keys[start:start + 2000]))):
                self.existing[teacher.national_id] = {**{f: getattr(teacher, f) for f in DIRECT.values()},
                                                      "department_id": teacher.department_id, "id": teacher.id}
        departments = session.execute(select(Department.id, Department.code, Department.name_th)).all()
        self.by_code = {code: did for did, code, _ in departments}
        self.by_name = {_name_key(name): did for did, _, name in departments}
        self.names = {did: name for did, _, name in departments}
        self.bad_rows = {f.row for f in parsed.findings if f.is_error}
        self.bad_cells = {(f.row, f.column) for f in parsed.findings if f.is_error}
        self.plan = ImportPlan()

    def _add(self, finding: Finding) -> None:
        self.plan.findings.append(finding)
        if finding.is_error:
            self.bad_rows.add(finding.row)

    def run(self) -> ImportPlan:
        for row in self.parsed.rows:
            if "idcard" in row.values:
                self._row(row)
        return self.plan

    def _department(self, row: ParsedRow) -> int | None:
        code, name = row.values.get("departmentCode"), row.values.get("departmentName")
        if code is not None:
            found = self.by_code.get(code)
            if found is None:
                self._add(error(row.row, "departmentCode", "import_department_unknown", value=code))
            elif name is not None and self.by_name.get(_name_key(name)) not in (None, found):
                self._add(error(row.row, "departmentName", "import_department_mismatch", value=name, code=code))
            return found
        if name is not None:
            found = self.by_name.get(_name_key(name))
            if found is None:
                self._add(error(row.row, "departmentName", "import_department_unknown", value=name))
            return found
        return None

    def _row(self, row: ParsedRow) -> None:
        values = row.values
        key = values["idcard"]
        old = self.existing.get(key)
        new = {field: values[column] for column, field in DIRECT.items() if column in values}
        department = self._department(row)
        if department is not None:
            new["department_id"] = department
        if old is None:
            for column in TEACHERS.columns:
                if column.required and column.name not in values and (row.row, column.name) not in self.bad_cells \
                        and (row.row, "fullName") not in self.bad_cells:
                    self._add(error(row.row, column.name, "import_required", column=column.header_th))
        if row.row in self.bad_rows:
            return
        if old is None:
            self.plan.changes[row.row] = RowChange(row.row, mask_national_id(key), "insert")
            self.plan.payload[row.row] = RowPlan(None, new)
            return
        diff = {name: value for name, value in new.items() if old[name] != value}
        if not diff:
            self.plan.unchanged.add(row.row)
            return
        shown = {SHOWN_AS[name]: (self._display(name, old[name]), self._display(name, value))
                 for name, value in diff.items()}
        self.plan.changes[row.row] = RowChange(row.row, mask_national_id(key), "update", shown)
        self.plan.payload[row.row] = RowPlan(int(old["id"]), diff)

    def _display(self, name: str, value: Any) -> Any:
        if value is None:
            return ""
        if name == "department_id":
            return self.names.get(value, str(value))
        if name == "position_type":
            return PositionType(value).label_th
        if name == "national_id":
            return mask_national_id(value)
        return value
