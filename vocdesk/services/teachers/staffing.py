"""Staffing need against teachers in post: the formula's settings, group counts, plans and contract alerts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import Level
from vocdesk.domain.staffing import (
    TEACHING_POSITIONS,
    ContractAlert,
    ContractFact,
    DepartmentInput,
    Move,
    PositionRequest,
    StaffingResult,
    WorkloadConstants,
    apply_plan,
    compute_staffing,
    contract_alerts,
)
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import (
    Department,
    Learner,
    LearningGroup,
    Programme,
    StaffingGroupCount,
    StaffingPlan,
    Teacher,
    TeacherContract,
)
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec, numbers_table
from vocdesk.services.core.settings import setting, store_setting
from vocdesk.services.teachers import STAFFING, TEACHERS

GENERAL_DEPARTMENT_KEY = "staffing.general_department"
LEVELS = tuple(level.value for level in Level)
_DEFAULT = WorkloadConstants()


def _above_zero(hours: float) -> str | None:
    return None if hours > 0 else "more than 0"


SPECS: dict[str, SettingSpec[Any]] = {  # the tables hold only the levels a college changed; the rest are defaults
    "class_hours": SettingSpec("staffing.class_hours", dict, {}, "ชั่วโมงเรียนต่อกลุ่มต่อสัปดาห์ (ตามระดับ)",
                               "Class hours per group per week (by level)", rule=numbers_table(0, 60, LEVELS)),
    "general_hours": SettingSpec("staffing.general_hours", dict, {}, "ชั่วโมงวิชาสามัญต่อกลุ่มต่อสัปดาห์ (ตามระดับ)",
                                 "General-education hours per group per week (by level)",
                                 rule=numbers_table(0, 60, LEVELS)),
    "teaching_load": SettingSpec("staffing.teaching_load", float, _DEFAULT.teaching_load,
                                 "ชั่วโมงสอนต่อครูต่อสัปดาห์", "Teaching hours per teacher per week", 1, 60),
    "development_target_hours": SettingSpec("staffing.development_target_hours", float,
                                            _DEFAULT.development_target_hours, "ชั่วโมงพัฒนาครูต่อปี",
                                            "Development hours per teacher per year", 0, 1000, rule=_above_zero),
}
GENERAL_DEPARTMENT = SettingSpec(GENERAL_DEPARTMENT_KEY, str, "", "รหัสแผนกวิชาสามัญ",
                                 "General-education department code")
STAFFING_SETTINGS = (*SPECS.values(), GENERAL_DEPARTMENT)
DEFAULT_WINDOW_DAYS = 90


def workload_constants(session: Session) -> WorkloadConstants:
    return WorkloadConstants(
        class_hours={**_DEFAULT.class_hours, **setting(session, SPECS["class_hours"])},
        general_hours={**_DEFAULT.general_hours, **setting(session, SPECS["general_hours"])},
        teaching_load=setting(session, SPECS["teaching_load"]),
        development_target_hours=setting(session, SPECS["development_target_hours"]))


def save_workload_constants(uow: UnitOfWork, constants: WorkloadConstants) -> WorkloadConstants:
    """Check and store the formula's constants (audited); every need is recomputed from them."""
    require(uow.actor, "staffing.settings")
    for name, table in (("class_hours", constants.class_hours), ("general_hours", constants.general_hours)):
        for level, hours in table.items():
            if level not in LEVELS:
                raise ValidationFailed("staffing_level", field=name, value=level)
            if not 0 <= hours <= 60:
                raise ValidationFailed("staffing_constant", field=f"{name}.{level}", value=hours)
    for level in LEVELS:
        if constants.general_hours.get(level, 0.0) > constants.class_hours.get(level, 0.0):
            raise ValidationFailed("staffing_general_over", field=f"general_hours.{level}", level=level)
    if not 1 <= constants.teaching_load <= 60:
        raise ValidationFailed("staffing_constant", field="teaching_load", value=constants.teaching_load)
    if not 0 < constants.development_target_hours <= 1000:
        raise ValidationFailed("staffing_constant", field="development_target_hours",
                               value=constants.development_target_hours)
    for name, spec in SPECS.items():
        value = getattr(constants, name)
        store_setting(uow, spec, dict(value) if isinstance(value, Mapping) else value)
    uow.changed(STAFFING)
    return constants


def general_department_code(session: Session) -> str:
    """The department teaching general-education subjects: the setting, else the one named สามัญ…."""
    code = setting(session, GENERAL_DEPARTMENT)
    if code:
        return code
    found = session.scalars(select(Department.code).where(Department.name_th.contains("สามัญ"))
                            .order_by(Department.code)).first()
    return found or ""


def set_general_department(uow: UnitOfWork, code: str) -> None:
    require(uow.actor, "staffing.settings")
    if code and uow.session.scalars(select(Department.id).where(Department.code == code)).first() is None:
        raise NotFound(what=f"department {code}", field="department_code")
    store_setting(uow, GENERAL_DEPARTMENT, code)
    uow.changed(STAFFING)


def set_group_count(uow: UnitOfWork, department_code: str, level: str, groups: int | None) -> None:
    """Type in a department's groups at a level (overrides learner data); None removes the typed count."""
    require(uow.actor, "staffing.plan")
    department = uow.session.scalars(select(Department).where(Department.code == department_code)).first()
    if department is None:
        raise NotFound(what=f"department {department_code}", field="department_code")
    if level not in LEVELS:
        raise ValidationFailed("staffing_level", field="level", value=level)
    if groups is not None and not 0 <= groups <= 500:
        raise ValidationFailed("staffing_constant", field="groups", value=groups)
    uow.session.execute(delete(StaffingGroupCount).where(and_(
        StaffingGroupCount.department_id == department.id, StaffingGroupCount.level == level)))
    if groups is not None:
        uow.session.add(StaffingGroupCount(department_id=department.id, level=level, groups=groups))
    uow.audit("staffing.groups", "department", department_code, {level: [None, groups]})
    uow.changed(STAFFING)


def _groups_from_learners(session: Session) -> dict[tuple[int, str], int]:
    """Groups with at least one studying learner, per (department id, level)."""
    studying = select(Learner.id).where(Learner.group_id == LearningGroup.id, Learner.status == "studying").exists()
    query = (select(Programme.department_id, LearningGroup.level, func.count(LearningGroup.id))
             .join(Programme, LearningGroup.programme_id == Programme.id)
             .where(Programme.department_id.is_not(None), studying)
             .group_by(Programme.department_id, LearningGroup.level))
    return {(int(did or 0), level): int(n) for did, level, n in session.execute(query)}


def department_inputs(session: Session) -> list[DepartmentInput]:
    """Each department's groups (typed counts win over learner data) and teachers in post by position."""
    groups = _groups_from_learners(session)
    for did, level, count in session.execute(select(StaffingGroupCount.department_id, StaffingGroupCount.level,
                                                    StaffingGroupCount.groups)):
        groups[(did, level)] = count
    in_post: dict[int, dict[str, int]] = {}
    for department_id, position, count in session.execute(
            select(Teacher.department_id, Teacher.position_type, func.count())
            .where(Teacher.left_on.is_(None), Teacher.department_id.is_not(None))
            .group_by(Teacher.department_id, Teacher.position_type)):
        in_post.setdefault(int(department_id or 0), {})[position] = count
    general = general_department_code(session)
    return [DepartmentInput(code, name, bool(technical), code == general,
                            {level: n for (d, level), n in groups.items() if d == did and n},
                            {p: n for p, n in in_post.get(did, {}).items() if p in TEACHING_POSITIONS})
            for did, code, name, technical in session.execute(
                select(Department.id, Department.code, Department.name_th, Department.is_technical)
                .order_by(Department.code))]


def staffing_overview(session: Session, actor: Actor) -> StaffingResult:
    require(actor, "staffing.view")
    return compute_staffing(department_inputs(session), workload_constants(session))


@dataclass(frozen=True)
class PlanPreview:
    before: StaffingResult
    after: StaffingResult


def _check_moves(session: Session, moves: Sequence[Move]) -> None:
    for number, move in enumerate(moves, start=1):
        teacher = session.get(Teacher, move.teacher_id)
        row = session.execute(select(Department.code).where(Department.id == (teacher.department_id if teacher
                                                                               else None))).first()
        if teacher is None or teacher.left_on is not None or row is None or row[0] != move.from_code \
                or teacher.position_type != move.position or move.from_code == move.to_code:
            raise ValidationFailed("staffing_move_invalid", field="moves", row=number, teacher_id=move.teacher_id)


def preview_plan(session: Session, actor: Actor, moves: Sequence[Move], requests: Sequence[PositionRequest]
                 ) -> PlanPreview:
    """Need against actual now and as it would be after the plan; nothing is saved."""
    require(actor, "staffing.view")
    _check_moves(session, moves)
    departments = department_inputs(session)
    constants = workload_constants(session)
    for number, request in enumerate(requests, start=1):
        if request.position not in TEACHING_POSITIONS or request.count <= 0 or \
                request.department_code not in {d.code for d in departments}:
            raise ValidationFailed("staffing_request_invalid", field="requests", row=number)
    return PlanPreview(compute_staffing(departments, constants),
                       compute_staffing(apply_plan(departments, moves, requests), constants))


def save_plan(uow: UnitOfWork, title: str, moves: Sequence[Move], requests: Sequence[PositionRequest],
              apply_moves: bool = False) -> int:
    """Keep the plan; with `apply_moves`, also move the teachers to their new departments now."""
    require(uow.actor, "staffing.plan")
    if not title.strip():
        raise ValidationFailed("required", field="title")
    preview_plan(uow.session, uow.actor, moves, requests)
    plan = StaffingPlan(title=title.strip(), moves_json=json.dumps([asdict(m) for m in moves], ensure_ascii=False),
                        requests_json=json.dumps([asdict(r) for r in requests], ensure_ascii=False),
                        created_by=uow.actor.username, applied_on=uow.clock.today() if apply_moves else None)
    uow.session.add(plan)
    uow.session.flush()
    if apply_moves:
        codes = {code: did for did, code in uow.session.execute(select(Department.id, Department.code))}
        for move in moves:
            teacher = uow.session.get(Teacher, move.teacher_id)
            assert teacher is not None  # checked by preview_plan
            teacher.department_id = codes[move.to_code]
            uow.audit("teacher.move", "teacher", move.teacher_id, {"department": [move.from_code, move.to_code]})
        uow.changed(TEACHERS)
    uow.audit("staffing.plan", "staffing_plan", plan.id, {"moves": [None, len(moves)],
                                                          "requests": [None, len(requests)]})
    uow.changed(STAFFING)
    return plan.id


def contract_facts(session: Session) -> list[ContractFact]:
    """The latest-known contracts of teachers in post (a contract followed by another counts as renewed)."""
    contracts = session.execute(
        select(TeacherContract.id, TeacherContract.teacher_id, TeacherContract.start_date, TeacherContract.end_date,
               Teacher.prefix, Teacher.first_name_th, Teacher.last_name_th, Teacher.position_type, Department.code)
        .join(Teacher, TeacherContract.teacher_id == Teacher.id)
        .outerjoin(Department, Teacher.department_id == Department.id)
        .where(Teacher.left_on.is_(None)).order_by(TeacherContract.teacher_id, TeacherContract.end_date)).all()
    latest_end: dict[int, dt.date] = {}
    for row in contracts:
        latest_end[row.teacher_id] = max(latest_end.get(row.teacher_id, row.end_date), row.end_date)
    return [ContractFact(row.id, row.teacher_id, f"{row.prefix}{row.first_name_th} {row.last_name_th}",
                         row.code or "", row.position_type, row.start_date, row.end_date,
                         renewed=latest_end[row.teacher_id] > row.end_date) for row in contracts]


def alerts(session: Session, actor: Actor, today: dt.date, window_days: int = DEFAULT_WINDOW_DAYS
           ) -> list[ContractAlert]:
    """Contracts ending within `window_days`, expired without renewal, and departments that would fall short."""
    return alerts_and_overview(session, actor, today, window_days)[0]


def alerts_and_overview(session: Session, actor: Actor, today: dt.date, window_days: int = DEFAULT_WINDOW_DAYS
                        ) -> tuple[list[ContractAlert], StaffingResult]:
    """`alerts` and the staffing overview they were judged against, read once (the home screen shows both)."""
    require(actor, "staffing.view")
    if not 0 <= window_days <= 3660:
        raise ValidationFailed("invalid", field="window_days", value=window_days)
    overview = staffing_overview(session, actor)
    return contract_alerts(contract_facts(session), overview, today, window_days), overview


@dataclass(frozen=True)
class GroupCountLine:
    """Groups of one department at one level: from learner data, and the typed count that replaces it if any."""

    department_code: str
    department_th: str
    level: str
    from_learners: int
    typed: int | None


def group_count_lines(session: Session, actor: Actor) -> list[GroupCountLine]:
    """Every department × level (ปวช., ปวส.) with both counts, for the group-count form."""
    require(actor, "staffing.view")
    learners = _groups_from_learners(session)
    typed = {(d, level): n for d, level, n in session.execute(
        select(StaffingGroupCount.department_id, StaffingGroupCount.level, StaffingGroupCount.groups))}
    return [GroupCountLine(code, name, level, learners.get((did, level), 0), typed.get((did, level)))
            for did, code, name in session.execute(select(Department.id, Department.code, Department.name_th)
                                                   .order_by(Department.code))
            for level in ("pvc", "pvs")]


def save_group_counts(uow: UnitOfWork, counts: Sequence[tuple[str, str, int | None]]) -> int:
    """Set several typed counts (department code, level, groups or None) at once: all or nothing."""
    for department_code, level, groups in counts:
        set_group_count(uow, department_code, level, groups)
    return len(counts)
