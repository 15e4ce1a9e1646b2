"""Training plans (แผนการฝึกอาชีพ): course codes, plan semesters and what of a programme's plan is not yet covered."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from vocdesk.errors import ValidationFailed

COURSE_CODE = re.compile(r"[0-9]{5}-[0-9]{4}")
MAX_SEMESTER = 6
"""ปวช. runs six semesters; ปวส. and ทล.บ. use 1–4."""


def clean_course_codes(text: str) -> str:
    """Course codes like `20100-1001`, separated by commas or spaces; returned comma-joined without repeats."""
    codes: list[str] = []
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        if not COURSE_CODE.fullmatch(part):
            raise ValidationFailed("dual.course_code_invalid", field="course_codes", value=part)
        if part not in codes:
            codes.append(part)
    return ",".join(codes)


def clean_semesters(values: Iterable[int]) -> tuple[int, ...]:
    """Programme semesters 1–6, sorted, without repeats."""
    found = sorted(set(values))
    for value in found:
        if not 1 <= value <= MAX_SEMESTER:
            raise ValidationFailed("dual.plan_semester_invalid", field="semester", value=value, maximum=MAX_SEMESTER)
    return tuple(found)


def parse_semesters(text: str) -> tuple[int, ...]:
    """`3,4` or `3-4` as stored or typed; empty text is no semester."""
    values: list[int] = []
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        first, _, last = part.partition("-")
        if not first.isascii() or not first.isdigit() or (last and not (last.isascii() and last.isdigit())):
            raise ValidationFailed("dual.plan_semester_invalid", field="semester", value=part, maximum=MAX_SEMESTER)
        values.extend(range(int(first), int(last or first) + 1))
    return clean_semesters(values)


@dataclass(frozen=True)
class PlanItem:
    """One sub-task of the plan with the semester it belongs to and its hours."""

    key: int
    semester: int
    main_task: str
    sub_task: str
    hours: int


@dataclass(frozen=True)
class Coverage:
    """A learner's plan against their placements: the semesters trained and the plan items left over."""

    covered_semesters: tuple[int, ...]
    planned_hours: int
    covered_hours: int
    uncovered: tuple[PlanItem, ...]


def coverage(plan: Iterable[PlanItem], trained: Iterable[int]) -> Coverage:
    """Items of semesters no placement trains are uncovered; hours are summed as the plan states them."""
    items = list(plan)
    done = set(trained)
    left = tuple(i for i in items if i.semester not in done)
    total = sum(i.hours for i in items)
    return Coverage(tuple(sorted(done)), total, total - sum(i.hours for i in left), left)
