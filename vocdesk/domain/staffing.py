"""Teachers needed against teachers in post: OVEC's workload formula T = G·C / L per department.

G is the number of learning groups, C the class hours one group has per week that the department teaches, and
L the teaching load of one teacher per week. A vocational department teaches its own groups every hour except the
general-education (สามัญสัมพันธ์) ones; the general-education department teaches those hours to every group of
the college. The constants are settings (see docs/teachers.md for the defaults and why).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from vocdesk.domain.teachers import PositionType

TEACHING_POSITIONS = tuple(kind.value for kind in PositionType if kind.teaches)
_EPSILON = 1e-9  # 162 / 18 must stay exactly 9 teachers, not 10, whatever floating point does


@dataclass(frozen=True)
class WorkloadConstants:
    """The formula's constants, per level code (`pvc`, `pvs`, `btech`); all editable settings."""

    class_hours: Mapping[str, float] = field(default_factory=lambda: {"pvc": 35.0, "pvs": 30.0, "btech": 30.0})
    """C: class hours one learning group has per week, all subjects."""
    general_hours: Mapping[str, float] = field(default_factory=lambda: {"pvc": 8.0, "pvs": 7.0, "btech": 6.0})
    """The part of C in general-education subjects, taught by the general-education department."""
    teaching_load: float = 18.0
    """L: teaching hours one teacher carries per week."""
    development_target_hours: float = 80.0
    """Hours of development with enterprises per teacher per year (dual-system standard)."""

    def vocational_hours(self, level: str) -> float:
        return max(0.0, self.class_hours.get(level, 0.0) - self.general_hours.get(level, 0.0))


@dataclass(frozen=True)
class DepartmentInput:
    """One department's groups per level and its teachers in post per position type."""

    code: str
    name_th: str
    is_technical: bool = False
    is_general: bool = False
    groups: Mapping[str, int] = field(default_factory=dict)
    in_post: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class StaffingLine:
    """Need against actual for one department (or the college): `balance` < 0 is a shortage."""

    code: str
    name_th: str
    is_technical: bool
    groups: int
    weekly_hours: float
    need_exact: float
    need: int
    in_post: Mapping[str, int]
    actual: int

    @property
    def balance(self) -> int:
        return self.actual - self.need


@dataclass(frozen=True)
class StaffingResult:
    """Every department's line, the college total, and general-education hours no department carries."""

    lines: tuple[StaffingLine, ...]
    college: StaffingLine
    unassigned_general_hours: float

    def line(self, code: str) -> StaffingLine:
        return next(line for line in self.lines if line.code == code)


def teachers_needed(weekly_hours: float, teaching_load: float) -> tuple[float, int]:
    """T = hours ÷ load, and the whole teachers that covers (a part of a teacher is one more teacher)."""
    if teaching_load <= 0:
        raise ValueError("teaching load must be positive")
    exact = weekly_hours / teaching_load
    return exact, math.ceil(exact - _EPSILON) if exact > _EPSILON else 0


def _weekly_hours(department: DepartmentInput, college_groups: Mapping[str, int], constants: WorkloadConstants
                  ) -> float:
    own = sum(count * constants.vocational_hours(level) for level, count in department.groups.items())
    if department.is_general:
        own += sum(count * constants.general_hours.get(level, 0.0) for level, count in college_groups.items())
    return own


def compute_staffing(departments: Sequence[DepartmentInput], constants: WorkloadConstants) -> StaffingResult:
    """Apply T = G·C / L to each department; the college needs the sum of whole teachers per department."""
    college_groups: dict[str, int] = {}
    for department in departments:
        for level, count in department.groups.items():
            college_groups[level] = college_groups.get(level, 0) + count
    has_general = any(d.is_general for d in departments)
    lines = []
    for department in departments:
        hours = _weekly_hours(department, college_groups, constants)
        exact, need = teachers_needed(hours, constants.teaching_load)
        in_post = {p: department.in_post.get(p, 0) for p in TEACHING_POSITIONS}
        lines.append(StaffingLine(department.code, department.name_th, department.is_technical,
                                  sum(department.groups.values()), hours, exact, need, in_post,
                                  sum(in_post.values())))
    unassigned = 0.0 if has_general else sum(
        count * constants.general_hours.get(level, 0.0) for level, count in college_groups.items())
    extra_exact, extra_need = teachers_needed(unassigned, constants.teaching_load)
    totals = {p: sum(line.in_post[p] for line in lines) for p in TEACHING_POSITIONS}
    college = StaffingLine("", "รวมทั้งวิทยาลัย", False, sum(college_groups.values()),
                           sum(line.weekly_hours for line in lines) + unassigned,
                           sum(line.need_exact for line in lines) + extra_exact,
                           sum(line.need for line in lines) + extra_need, totals, sum(totals.values()))
    return StaffingResult(tuple(lines), college, unassigned)


@dataclass(frozen=True)
class Move:
    """Move one teacher of `position` from one department to another."""

    teacher_id: int
    position: str
    from_code: str
    to_code: str


@dataclass(frozen=True)
class PositionRequest:
    """Ask for `count` new positions of a type in a department (e.g. two contract teachers)."""

    department_code: str
    position: str
    count: int


def apply_plan(departments: Sequence[DepartmentInput], moves: Iterable[Move],
               requests: Iterable[PositionRequest]) -> list[DepartmentInput]:
    """The departments as they would be after the moves and with the requested positions filled."""
    counts = {d.code: dict(d.in_post) for d in departments}
    for move in moves:
        if move.from_code not in counts or move.to_code not in counts:
            raise KeyError(move.from_code if move.from_code not in counts else move.to_code)
        if counts[move.from_code].get(move.position, 0) <= 0:
            raise ValueError(f"no {move.position} left in {move.from_code} to move")
        counts[move.from_code][move.position] -= 1
        counts[move.to_code][move.position] = counts[move.to_code].get(move.position, 0) + 1
    for request in requests:
        if request.department_code not in counts:
            raise KeyError(request.department_code)
        if request.count <= 0:
            raise ValueError("a request asks for at least one position")
        bucket = counts[request.department_code]
        bucket[request.position] = bucket.get(request.position, 0) + request.count
    return [replace(d, in_post=counts[d.code]) for d in departments]


@dataclass(frozen=True)
class ContractFact:
    """One contract as the alerts need it; `renewed` says a later contract of the same teacher exists."""

    contract_id: int
    teacher_id: int
    teacher_name: str
    department_code: str
    position: str
    start: dt.date
    end: dt.date
    renewed: bool


@dataclass(frozen=True)
class ContractAlert:
    """`ending`: ends within the window, no renewal yet; `expired`: ended and the teacher is still in post with
    no renewal; `below_need`: the department would fall below its need when its ending contracts end."""

    kind: str
    department_code: str
    teacher_id: int | None = None
    teacher_name: str = ""
    end: dt.date | None = None
    days_left: int | None = None
    actual_after: int | None = None
    need: int | None = None
    actual_now: int | None = None


def contract_alerts(contracts: Iterable[ContractFact], staffing: StaffingResult, today: dt.date,
                    window_days: int) -> list[ContractAlert]:
    """Alerts for the contracts of teachers in post, most urgent first, then departments at risk."""
    alerts: list[ContractAlert] = []
    leaving: dict[str, int] = {}
    horizon = today + dt.timedelta(days=window_days)
    for fact in sorted(contracts, key=lambda c: (c.end, c.teacher_name)):
        if fact.renewed:
            continue
        days = (fact.end - today).days
        if fact.end < today:
            alerts.append(ContractAlert("expired", fact.department_code, fact.teacher_id, fact.teacher_name,
                                        fact.end, days))
        elif fact.end <= horizon:
            alerts.append(ContractAlert("ending", fact.department_code, fact.teacher_id, fact.teacher_name,
                                        fact.end, days))
            if fact.position in TEACHING_POSITIONS:
                leaving[fact.department_code] = leaving.get(fact.department_code, 0) + 1
    for line in staffing.lines:
        lost = leaving.get(line.code, 0)
        if lost and line.actual - lost < line.need:
            alerts.append(ContractAlert("below_need", line.code, actual_after=line.actual - lost, need=line.need,
                                        actual_now=line.actual))
    return alerts
