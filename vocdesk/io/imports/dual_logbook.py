"""Import declaration `logbook`: one training week per row, as typed from the returned paper sheets."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.dual.task_cells import TaskCellInvalid, parse_task_cell
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem


def hours(value: Any, warnings: c.Warnings) -> int:
    """Hours as a number (37.5) or h:mm text (37:30) → minutes."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        plain = to_ascii_digits(c.text_of(value)).strip()
        try:
            whole, _, part = plain.partition(":")
            number = int(whole) + int(part) / 60 if part else float(plain)
        except ValueError:
            raise CellProblem("import_number_invalid", value=plain) from None
    if not 0 <= number <= 168:
        raise CellProblem("import_number_range", value=c.text_of(value), minimum=0, maximum=168)
    return round(number * 60)


def plan_tasks(value: Any, warnings: c.Warnings) -> list[tuple[int, int]]:
    """`#12=8; #14=4:30`: the training-plan sub-tasks by their number (as the logbook grid's plan table shows it)
    with the hours each got this week."""
    try:
        return parse_task_cell(c.text_of(value))
    except TaskCellInvalid as bad:
        raise CellProblem("dual.task_cell_invalid", value=bad.piece[:40]) from None


def whole(value: Any, warnings: c.Warnings) -> int:
    return int(c.decimal(0, 10_000_000, 0)(value, warnings))


LOGBOOK = Declaration(
    kind="logbook",
    title_th="บันทึกการฝึกอาชีพรายสัปดาห์",
    key="placement",
    columns=(
        Column("placement", "รหัสการฝึก", whole, ("placement_id", "การฝึก"), required=True, width=10),
        Column("week", "สัปดาห์เริ่ม", c.date, ("week_start", "วันจันทร์"), required=True, width=12),
        Column("days", "วันที่มาฝึก", whole, ("days_present", "จำนวนวัน"), required=True, width=8),
        Column("hours", "ชั่วโมงฝึก", hours, ("ชั่วโมง",), required=True, width=8),
        Column("tasks", "งานที่ฝึก", c.text(2000), ("งาน",), width=30),
        Column("plan_tasks", "งานตามแผน (รหัส=ชั่วโมง)", plan_tasks,
               ("งานตามแผน", "งานย่อยตามแผน", "sub-tasks", "sub_tasks", "subtasks"), width=22),
        Column("signed_by", "ครูฝึกผู้ลงนาม", c.text(200), ("ผู้ลงนาม", "trainer"), width=18),
        Column("signed_on", "วันที่ลงนาม", c.date, ("ลงนามวันที่",), width=12),
    ),
)
