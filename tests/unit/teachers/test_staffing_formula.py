"""Staffing need T = G·C / L checked against examples worked by hand, and how each constant moves the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.domain.staffing import (
    ContractFact,
    DepartmentInput,
    Move,
    PositionRequest,
    WorkloadConstants,
    apply_plan,
    compute_staffing,
    contract_alerts,
    teachers_needed,
)

CS, GE, CT = "civil_servant", "government_employee", "contract_teacher"


def college() -> list[DepartmentInput]:
    """Automotive: 6 ปวช. + 4 ปวส. groups, 13 teachers; Accounting: 4 ปวช. groups, 7; General education: 5."""
    return [
        DepartmentInput("01", "ช่างยนต์", True, False, {"pvc": 6, "pvs": 4}, {CS: 8, GE: 2, CT: 3}),
        DepartmentInput("08", "การบัญชี", False, False, {"pvc": 4}, {CS: 5, CT: 2}),
        DepartmentInput("13", "สามัญสัมพันธ์", False, True, {}, {CS: 5}),
    ]


def test_default_constants_worked_by_hand() -> None:
    # ปวช.: 35 h a week, 8 of them general education → 27 h for the department; ปวส.: 30 − 7 = 23 h.
    result = compute_staffing(college(), WorkloadConstants())
    auto = result.line("01")
    assert auto.weekly_hours == 6 * 27 + 4 * 23 == 254
    assert auto.need_exact == pytest.approx(254 / 18)  # 14.11 teachers' worth of teaching
    assert (auto.need, auto.actual, auto.balance) == (15, 13, -2)
    accounting = result.line("08")
    assert (accounting.weekly_hours, accounting.need, accounting.balance) == (108, 6, 1)  # 4 × 27 / 18 = 6 exactly
    general = result.line("13")
    # General education teaches every group of the college: 10 ปวช. × 8 h + 4 ปวส. × 7 h = 108 h → 6 teachers.
    assert (general.weekly_hours, general.need, general.balance) == (108, 6, -1)
    assert (result.college.need, result.college.actual, result.college.balance) == (27, 25, -2)
    assert result.college.groups == 14
    assert result.college.in_post == {CS: 18, GE: 2, CT: 5}


def test_whole_teachers_and_exact_multiples() -> None:
    assert teachers_needed(162, 18) == (9.0, 9)  # 6 groups × 27 h exactly fills 9 teachers
    assert teachers_needed(163, 18)[1] == 10  # one hour more needs a tenth teacher
    assert teachers_needed(0, 18) == (0.0, 0)
    with pytest.raises(ValueError):
        teachers_needed(10, 0)


def test_changing_the_teaching_load_changes_the_need() -> None:
    result = compute_staffing(college(), WorkloadConstants(teaching_load=20))
    assert result.line("01").need == 13  # 254 / 20 = 12.7 → 13
    assert result.line("08").need == 6  # 108 / 20 = 5.4 → 6
    assert result.line("01").balance == 0


def test_changing_class_hours_changes_the_need() -> None:
    constants = WorkloadConstants(class_hours={"pvc": 30.0, "pvs": 30.0, "btech": 30.0})
    auto = compute_staffing(college(), constants).line("01")
    assert auto.weekly_hours == 6 * 22 + 4 * 23  # 224 h
    assert auto.need == 13  # 224 / 18 = 12.44 → 13


def test_changing_general_hours_moves_need_between_departments() -> None:
    constants = WorkloadConstants(general_hours={"pvc": 11.0, "pvs": 7.0, "btech": 6.0})
    result = compute_staffing(college(), constants)
    assert result.line("01").weekly_hours == 6 * 24 + 4 * 23  # 236 h → 13.1 → 14
    assert result.line("01").need == 14
    assert result.line("13").weekly_hours == 10 * 11 + 4 * 7  # 138 h → 7.67 → 8
    assert result.line("13").need == 8


def test_without_a_general_department_its_hours_stay_in_the_college_total() -> None:
    departments = [d for d in college() if d.code != "13"]
    result = compute_staffing(departments, WorkloadConstants())
    assert result.unassigned_general_hours == 108
    assert result.college.need == 15 + 6 + 6


def test_plan_moves_and_requests() -> None:
    after = apply_plan(college(), [Move(7, CT, "08", "01")], [PositionRequest("01", CT, 1)])
    result = compute_staffing(after, WorkloadConstants())
    assert (result.line("01").actual, result.line("01").balance) == (15, 0)
    assert (result.line("08").actual, result.line("08").balance) == (6, 0)
    with pytest.raises(ValueError):
        apply_plan(college(), [Move(7, GE, "08", "01")], [])  # accounting has no government employee to move


def fact(cid: int, teacher: int, dept: str, end: dt.date, renewed: bool = False) -> ContractFact:
    return ContractFact(cid, teacher, f"ครู {teacher}", dept, CT, end - dt.timedelta(days=364), end, renewed)


def test_contract_alerts() -> None:
    today = dt.date(2026, 11, 24)
    staffing = compute_staffing(college(), WorkloadConstants())
    facts = [
        fact(1, 1, "01", dt.date(2026, 12, 31)),  # ends in 37 days
        fact(2, 2, "01", dt.date(2026, 10, 31)),  # ended, no renewal
        fact(3, 3, "08", dt.date(2026, 12, 15), renewed=True),  # renewed already
        fact(4, 4, "08", dt.date(2027, 6, 30)),  # beyond the 90-day window
        fact(5, 5, "08", dt.date(2027, 1, 10)),  # ends in 47 days; accounting has one spare teacher
    ]
    found = contract_alerts(facts, staffing, today, 90)
    kinds = [(a.kind, a.teacher_id or a.department_code) for a in found]
    assert kinds == [("expired", 2), ("ending", 1), ("ending", 5), ("below_need", "01")]
    assert found[1].days_left == 37
    below = found[-1]
    assert (below.actual_after, below.need) == (12, 15)
    assert [a.kind for a in contract_alerts(facts, staffing, today, 30)] == ["expired"]
