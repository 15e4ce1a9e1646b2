"""`fill_demo_college`: one deterministic, realistic demo college in an empty database."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from vocdesk.demo.college import insert_departments, insert_teachers, link_programmes, save_profile
from vocdesk.demo.community import fill_community
from vocdesk.demo.dual import fill_dual
from vocdesk.demo.dual_followup import fill_dual_followup
from vocdesk.demo.equipment import fill_equipment
from vocdesk.demo.groups import enrolment, insert_groups
from vocdesk.demo.labour import fill_labour
from vocdesk.demo.learners import LearnerWriter
from vocdesk.demo.learners_extra import fill_learner_extras
from vocdesk.demo.names import load_name_lists
from vocdesk.demo.people import IdentityFactory
from vocdesk.demo.teachers_extra import fill_teacher_extras
from vocdesk.demo.training import fill_training
from vocdesk.demo.training_courses import fill_training_courses
from vocdesk.domain.academic import academic_year_of
from vocdesk.errors import ValidationFailed
from vocdesk.paths import app_root
from vocdesk.persistence.base import Base
from vocdesk.persistence.models import Department, Learner, LearningGroup, Teacher
from vocdesk.services.core.areas import declared_changes
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.core.users import create_demo_users
from vocdesk.services.learners.catalogue import load_reference_programmes

COUNTED_TABLES = ("department", "programme", "teacher", "learning_group", "learner", "learner_status_change")


@dataclass(frozen=True)
class DemoOptions:
    """How many learners and which seed; the same seed on the same clock date gives the same database."""

    learners: int = 2000
    seed: int = 2569
    resources_dir: Path | None = None
    """Where reference/ lives; the application's resources folder when None."""
    graduate_cohorts: int = 2
    """Past cohorts of graduates in the register, with their survey answers (0: current learners only)."""
    keys_dir: Path | None = None
    """The data folder's keys directory (`AppPaths.keys_dir`), where the college's certificate key lives: the demo
    issues certificates for the short courses already over with it. None: no certificates (a caller with no data
    folder); the summary's `training_certificates` says how many were issued."""


def _refuse_unless_empty(uow: UnitOfWork) -> None:
    session = uow.session
    learners = session.scalar(select(func.count()).select_from(Learner)) or 0
    others = sum(session.scalar(select(func.count()).select_from(model)) or 0
                 for model in (Teacher, LearningGroup, Department))
    if learners or others or college_profile(session).is_set:
        raise ValidationFailed("demo_not_empty", learners=learners)


def fill_demo_college(uow: UnitOfWork, options: DemoOptions) -> dict[str, object]:
    """Create the demo college; return counts per table plus the seed. Refuses a database that holds data."""
    require(uow.actor, "demo.fill")
    if options.learners < 0:
        raise ValidationFailed("invalid", field="learners", value=options.learners)
    _refuse_unless_empty(uow)
    resources = options.resources_dir or app_root() / "resources"
    rng = random.Random(options.seed)
    names = load_name_lists(resources)
    ids = IdentityFactory(rng)
    now = uow.clock.now()
    profile = save_profile(uow, names)
    load_reference_programmes(uow, resources)
    departments = insert_departments(uow, now)
    programmes = link_programmes(uow, departments)
    counts = enrolment(rng, programmes, options.learners)
    by_department: Counter[str] = Counter({run.plan.department: 0 for run in programmes})
    for (index, _year), count in counts.items():
        by_department[programmes[index].plan.department] += count
    advisors = insert_teachers(uow, rng, names, ids, departments, dict(by_department), now)
    groups = insert_groups(uow, programmes, counts, advisors, academic_year_of(uow.clock.today()), now)
    totals = LearnerWriter(uow, rng, names, ids).write(groups)
    summary: dict[str, object] = {"seed": options.seed, "college": profile.name_th}
    for name in COUNTED_TABLES:
        table = Base.metadata.tables[name]
        summary[name] = uow.session.scalar(select(func.count()).select_from(table)) or 0
    summary["dual_learners"] = totals.dual
    uow.audit("demo.fill", "college", profile.code, {k: v for k, v in summary.items() if k != "college"})
    uow.changed(*declared_changes())  # the whole college is new: every page reloads
    summary.update(fill_teacher_extras(uow, random.Random(options.seed + 1)))
    summary.update(fill_equipment(uow, random.Random(options.seed + 2)))
    summary.update(fill_learner_extras(uow, random.Random(options.seed + 3)))
    summary.update(fill_labour(uow, random.Random(options.seed + 4), options.graduate_cohorts))
    summary.update(fill_dual(uow, random.Random(options.seed + 7)))
    summary.update(fill_dual_followup(uow, random.Random(options.seed + 5)))  # after the dual placements
    summary.update(fill_training_courses(uow, random.Random(options.seed + 6), names, options.keys_dir))
    summary.update(fill_training(uow, random.Random(options.seed + 7)))  # its timetable leaves the runs' slots free
    summary.update(fill_community(uow, random.Random(options.seed + 8), names))
    return summary


def fill_demo_college_with_users(uow: UnitOfWork, options: DemoOptions) -> dict[str, object]:
    """The demo college plus one demo account per role, in the same unit of work.

    The random passwords are returned once, under `demo_users` ({username, role, password}); only their hashes are
    stored. They exist so a person can try each role: change or delete them before real use.
    """
    summary = fill_demo_college(uow, options)
    summary["demo_users"] = [{"username": username, "role": role, "password": password}
                             for username, role, password in create_demo_users(uow)]
    return summary
