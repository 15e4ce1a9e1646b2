"""The demo college's profile, departments, programmes and staff."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select, update

from vocdesk.demo import plan
from vocdesk.demo.bulk import insert_rows
from vocdesk.demo.names import NameLists
from vocdesk.demo.people import FEMALE, MALE, IdentityFactory, pick_name
from vocdesk.errors import NotFound
from vocdesk.persistence.models import Department, Programme, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.settings import CollegeProfile, save_college_profile


@dataclass(frozen=True)
class RunProgramme:
    """A programme the demo college runs, with its database id and the 5-digit code used in group codes."""

    plan: plan.DemoProgramme
    id: int
    code: str


def save_profile(uow: UnitOfWork, names: NameLists) -> CollegeProfile:
    province = names.province(plan.COLLEGE_PROVINCE_CODE).name_th
    return save_college_profile(uow, CollegeProfile(plan.COLLEGE_CODE, plan.COLLEGE_NAME_TH, plan.COLLEGE_NAME_EN,
                                                    province))


def insert_departments(uow: UnitOfWork, now: dt.datetime) -> dict[str, int]:
    """Department code → id."""
    rows = [{"code": d.code, "name_th": d.name_th, "name_en": d.name_en, "is_technical": d.is_technical,
             "created_at": now, "updated_at": now} for d in plan.DEPARTMENTS]
    ids = uow.session.scalars(insert(Department).returning(Department.id, sort_by_parameter_order=True), rows)
    return dict(zip((d.code for d in plan.DEPARTMENTS), ids, strict=True))


def link_programmes(uow: UnitOfWork, departments: dict[str, int]) -> list[RunProgramme]:
    """Find each planned programme in the catalogue and attach it to its department."""
    # Ordered oldest first, so that the newest curriculum of a major wins.
    found = {(level, name): (pid, code) for pid, level, name, code in uow.session.execute(
        select(Programme.id, Programme.level, Programme.major_name_th, Programme.major_code)
        .where(Programme.minor_code == "").order_by(Programme.curriculum_year, Programme.id))}
    run: list[RunProgramme] = []
    for item in plan.PROGRAMMES:
        match = found.get((item.level, item.major_name_th))
        if match is None:
            raise NotFound(what=f"{item.level} {item.major_name_th}")
        pid, code = match
        uow.session.execute(update(Programme).where(Programme.id == pid)
                            .values(department_id=departments[item.department]))
        usable = code if len(code) == 5 and code.isdigit() else item.local_code  # not a TBC placeholder
        run.append(RunProgramme(item, pid, usable))
    return run


def _teacher_counts(learners_by_department: dict[str, int], total: int) -> dict[str, int]:
    """Teaching staff per department: general education gets a fixed share, the rest follows enrolment."""
    general = max(2, round(total * plan.GENERAL_EDUCATION_SHARE))
    rest = max(total - general, 2 * len(learners_by_department))
    enrolled = sum(learners_by_department.values()) or 1
    counts = {code: max(2, round(rest * n / enrolled)) for code, n in learners_by_department.items()}
    counts[plan.GENERAL_EDUCATION] = general
    return counts


def insert_teachers(uow: UnitOfWork, rng: random.Random, names: NameLists, ids: IdentityFactory,
                    departments: dict[str, int], learners_by_department: dict[str, int],
                    now: dt.datetime) -> dict[str, list[int]]:
    """Teachers of every position type; return the teaching (non-support) teacher ids per department code."""
    total = max(30, round(sum(learners_by_department.values()) / plan.LEARNERS_PER_TEACHER))
    positions = [position for position, _weight in plan.TEACHING_POSITIONS]
    weights = [weight for _position, weight in plan.TEACHING_POSITIONS]
    staff: list[tuple[str, str]] = []  # (department code, position type)
    for code, count in sorted(_teacher_counts(learners_by_department, total).items()):
        staff.extend((code, position) for position in rng.choices(positions, weights, k=count))
    support = max(2, round(total * plan.SUPPORT_SHARE))
    staff.extend((rng.choice(sorted(learners_by_department)), plan.SUPPORT_STAFF) for _ in range(support))
    rows = []
    for number, (code, position) in enumerate(staff, start=1):
        gender = MALE if rng.random() < 0.55 else FEMALE
        first, last = pick_name(rng, names, gender)
        birth_year = rng.randint(1966, 2001)
        prefix = "นาย" if gender == MALE else ("นาง" if rng.random() < 0.6 else "นางสาว")
        rows.append({
            "national_id": ids.national_id(plan.COLLEGE_PROVINCE_CODE if rng.random() < 0.5 else
                                           rng.choice(names.provinces).code, born_before_1984=birth_year < 1984),
            "prefix": prefix, "first_name_th": first.th, "last_name_th": last.th, "first_name_en": first.en,
            "last_name_en": last.en, "position_type": position, "department_id": departments[code],
            "phone": "", "email": f"staff{number:05d}@college.demo.invalid", "created_at": now, "updated_at": now,
        })
    teacher_ids = insert_rows(uow.session, Teacher.__tablename__, rows, "national_id")
    teaching: dict[str, list[int]] = {}
    for (code, position), tid in zip(staff, teacher_ids, strict=True):
        if position != plan.SUPPORT_STAFF:
            teaching.setdefault(code, []).append(tid)
    return teaching
