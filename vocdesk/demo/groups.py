"""Learning groups (กลุ่มเรียน) of the demo college: how many learners each programme and year gets, and their classes.

Group code = entry year (last two digits of the พ.ศ. year) + the programme's 5-digit code + a 2-digit group number,
e.g. `692010101` for the first ช่างยนต์ ปวช. group that entered in 2569. Group name = programme abbreviation, level
mark (`ส.` for ปวส.), year and number, e.g. `ชย.1/1`, `ทค.ส.2/3`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from dataclasses import dataclass, replace

from vocdesk.demo import plan
from vocdesk.demo.bulk import insert_rows
from vocdesk.demo.college import RunProgramme
from vocdesk.persistence.models import LearningGroup
from vocdesk.services.core.context import UnitOfWork


@dataclass(frozen=True)
class Group:
    """One learning group with the learners it should receive."""

    id: int
    code: str
    programme: RunProgramme
    year: int
    entry_year_be: int
    number: int
    size: int


def enrolment(rng: random.Random, programmes: list[RunProgramme], learners: int) -> Counter[tuple[int, int]]:
    """How many learners each (programme index, year) gets; the total is exactly `learners`."""
    keys: list[tuple[int, int]] = []
    weights: list[float] = []
    for index, run in enumerate(programmes):
        shares = plan.YEAR_WEIGHTS[run.plan.level]
        for year, share in enumerate(shares, start=1):
            keys.append((index, year))
            weights.append(run.plan.weight * share / sum(shares))
    return Counter(rng.choices(keys, weights, k=learners)) if learners else Counter()


def group_name(run: RunProgramme, year: int, number: int) -> str:
    level_mark = "ส." if run.plan.level == "pvs" else ""
    return f"{run.plan.abbreviation}.{level_mark}{year}/{number}"


def insert_groups(uow: UnitOfWork, programmes: list[RunProgramme], counts: Counter[tuple[int, int]],
                  advisors: dict[str, list[int]], academic_year: int, now: dt.datetime) -> list[Group]:
    """Create the groups, at most GROUP_SIZE learners each, each with an advisor from the programme's department."""
    planned: list[Group] = []  # id filled in after the insert
    for (index, year), count in sorted(counts.items()):
        run = programmes[index]
        groups = math.ceil(count / plan.GROUP_SIZE)
        base, extra = divmod(count, groups)
        entry = academic_year - year + 1
        for number in range(1, groups + 1):
            code = f"{entry % 100:02d}{run.code}{number:02d}"
            planned.append(Group(0, code, run, year, entry, number, base + (1 if number <= extra else 0)))
    next_advisor: Counter[str] = Counter()
    rows = []
    for group in planned:
        department = group.programme.plan.department
        pool = advisors[department]
        advisor = pool[next_advisor[department] % len(pool)]
        next_advisor[department] += 1
        rows.append({
            "group_code": group.code, "name": group_name(group.programme, group.year, group.number),
            "level": group.programme.plan.level, "year": group.year, "programme_id": group.programme.id,
            "advisor_teacher_id": advisor, "entry_year_be": group.entry_year_be, "created_at": now, "updated_at": now,
        })
    ids = insert_rows(uow.session, LearningGroup.__tablename__, rows, "group_code")
    return [replace(group, id=gid) for gid, group in zip(ids, planned, strict=True)]
