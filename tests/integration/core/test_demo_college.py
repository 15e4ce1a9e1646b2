"""The demo college: realistic, internally consistent, deterministic, and only ever poured into an empty database."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from vocdesk.clock import FixedClock
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.domain.thai_ids import is_valid_national_id
from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.paths import AppPaths
from vocdesk.persistence.base import Base
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade
from vocdesk.persistence.models import (
    AuditEvent,
    Department,
    Learner,
    LearnerStatusChange,
    LearningGroup,
    Programme,
    Teacher,
)
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.permissions import ROLES
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile

ROOT = Path(__file__).resolve().parents[3]
ENTRY_AGE = {"pvc": 15, "pvs": 18}


def fill(ctx: AppContext, learners: int = 600, seed: int = 2569) -> dict[str, object]:
    summary, _changes = ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=learners, seed=seed)))
    return summary


def table_counts(ctx: AppContext) -> dict[str, int]:
    with ctx.db.read() as s:
        return {name: s.scalar(select(func.count()).select_from(table)) or 0
                for name, table in sorted(Base.metadata.tables.items())}


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def test_summary_matches_the_database_and_the_college_is_set_up(ctx: AppContext) -> None:
    summary = fill(ctx)
    counts = table_counts(ctx)
    # 600 learners now plus two graduated cohorts (the labour-market demo's), all in the register.
    assert summary["seed"] == 2569 and summary["learner"] == 600 + summary["graduates"]
    assert 0 < int(summary["graduates"]) < 600  # type: ignore[call-overload]
    for table in ("department", "programme", "teacher", "learning_group", "learner", "learner_status_change"):
        assert summary[table] == counts[table], table
    with ctx.db.read() as s:
        profile = college_profile(s)
        technical = dict(s.execute(select(Department.name_th, Department.is_technical)).all())
        audits = s.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "demo.fill")).all()
    assert profile.is_set and len(profile.code) == 10 and profile.code.isdigit() and profile.province == "ราชบุรี"
    assert technical["แผนกวิชาช่างยนต์"] and technical["แผนกวิชาช่างไฟฟ้ากำลัง"]
    assert not technical["แผนกวิชาการบัญชี"] and not technical["แผนกวิชาสามัญสัมพันธ์"]
    assert len(audits) == 1 and json.loads(audits[0])["learner"] == 600


def test_identities_are_valid_unique_and_fit_age_and_gender(ctx: AppContext) -> None:
    fill(ctx)
    today = ctx.clock.today()
    with ctx.db.read() as s:
        learners = s.execute(select(Learner.national_id, Learner.prefix, Learner.gender, Learner.birth_date,
                                    Learner.level, Learner.entry_semester, Learner.student_code)).all()
        teachers = s.execute(select(Teacher.national_id, Teacher.prefix)).all()
    ids = [row[0] for row in learners] + [row[0] for row in teachers]
    assert all(is_valid_national_id(i) and len(i) == 13 for i in ids)
    assert len(set(ids)) == len(ids)
    assert len({row.student_code for row in learners}) == len(learners)
    for nid, prefix, gender, birth, level, entry_semester, _code in learners:
        child = age_on(birth, today) < 15
        expected = {("male", False): "นาย", ("female", False): "นางสาว", ("male", True): "เด็กชาย",
                    ("female", True): "เด็กหญิง"}[(gender, child)]
        assert prefix == expected, (nid, birth)
        entry_be = int(entry_semester.split("/")[1])
        assert abs(age_on(birth, dt.date(entry_be - 543, 5, 16)) - ENTRY_AGE[level]) <= 1
    prefixes = Counter(prefix for _n, prefix, *_rest in learners)
    assert prefixes["นาย"] > prefixes["นางสาว"] > prefixes["เด็กชาย"] + prefixes["เด็กหญิง"]  # a technical college
    assert {prefix for _n, prefix in teachers} <= {"นาย", "นาง", "นางสาว"}


def test_every_learner_sits_in_a_group_of_their_programme_level_and_year(ctx: AppContext) -> None:
    fill(ctx)
    academic_year = 2569  # the fixed clock stands in November 2026 (พ.ศ. 2569)
    with ctx.db.read() as s:
        rows = s.execute(
            select(Learner.student_code, Learner.programme_id, Learner.level, Learner.year, Learner.entry_semester,
                   LearningGroup.programme_id, LearningGroup.level, LearningGroup.year, LearningGroup.entry_year_be,
                   LearningGroup.group_code, Programme.level)
            .join(LearningGroup, Learner.group_id == LearningGroup.id)
            .join(Programme, Learner.programme_id == Programme.id)).all()
    assert len(rows) == 600
    for code, programme, level, year, semester, g_programme, g_level, g_year, g_entry, g_code, p_level in rows:
        assert (programme, level, year) == (g_programme, g_level, g_year) and level == p_level
        assert g_entry == academic_year - year + 1 and semester == f"1/{g_entry}"
        assert code[:7] == g_code[:7] and g_code[:2] == str(g_entry)[-2:]
        assert year <= (3 if level == "pvc" else 2)


def test_groups_have_advisors_from_their_department_and_staff_cover_every_position(ctx: AppContext) -> None:
    fill(ctx)
    with ctx.db.read() as s:
        groups = s.execute(
            select(LearningGroup.name, Programme.department_id, Teacher.department_id, Teacher.position_type,
                   func.count(Learner.id))
            .join(Programme, LearningGroup.programme_id == Programme.id)
            .join(Teacher, LearningGroup.advisor_teacher_id == Teacher.id)
            .join(Learner, Learner.group_id == LearningGroup.id)
            .group_by(LearningGroup.name, Programme.department_id, Teacher.department_id, Teacher.position_type)
        ).all()
        positions = set(s.scalars(select(Teacher.position_type)))
        group_total = s.scalar(select(func.count()).select_from(LearningGroup))
    assert len(groups) == group_total
    for name, programme_department, advisor_department, position, size in groups:
        assert programme_department == advisor_department and position != "support_staff", name
        assert 1 <= size <= 40
    assert positions == {"civil_servant", "government_employee", "contract_teacher", "support_staff"}


def test_statuses_have_history_and_a_realistic_mix(ctx: AppContext) -> None:
    fill(ctx)
    with ctx.db.read() as s:
        learners = {lid: (status, dual, gpax) for lid, status, dual, gpax in s.execute(
            select(Learner.id, Learner.status, Learner.is_dual, Learner.gpax))}
        history: dict[int, list[tuple[dt.date, str]]] = {}
        for lid, day, status in s.execute(select(LearnerStatusChange.learner_id, LearnerStatusChange.effective_date,
                                                 LearnerStatusChange.status).order_by(LearnerStatusChange.id)):
            history.setdefault(lid, []).append((day, status))
    assert set(history) == set(learners)
    for lid, (status, _dual, _gpax) in learners.items():
        days = [day for day, _ in history[lid]]
        assert history[lid][0][1] == "studying" and history[lid][-1][1] == status
        assert days == sorted(days) and days[-1] <= dt.date(2026, 11, 24)
    mix = Counter(status for status, _dual, _gpax in learners.values())
    enrolled = len(learners) - mix["graduated"]
    assert mix["studying"] > 0.8 * enrolled
    assert mix["suspended"] and mix["withdrawn"] and mix["dismissed"]
    duals = [status for status, dual, _gpax in learners.values() if dual]
    assert duals and set(duals) == {"studying"}
    assert all(gpax is not None and 1.0 <= gpax <= 4.0 for _s, _d, gpax in learners.values())


def _database(path: Path, migrations: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{path}")
    upgrade(db, migrations)
    yield db
    db.dispose()


def _snapshot(db: Database, paths: AppPaths, clock: FixedClock, seed: int) -> list[tuple[object, ...]]:
    ctx = AppContext(paths=paths, db=db, clock=clock, actor=Actor("tester", "administrator"))
    fill(ctx, learners=300, seed=seed)
    def rows(model: Any) -> list[tuple[object, ...]]:
        # Bookkeeping times (created_at/updated_at) follow the wall clock on some paths; the college's data must not.
        columns = [c for c in model.__table__.c if c.name not in ("created_at", "updated_at")]
        return [tuple(row) for row in s.execute(select(*columns).order_by(model.id))]

    with db.read() as s:
        learners, teachers = rows(Learner), rows(Teacher)
        groups, history = rows(LearningGroup), rows(LearnerStatusChange)
    return learners + teachers + groups + history


def test_the_same_seed_gives_the_same_college_and_another_seed_does_not(
        tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    snapshots = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        database = _database(tmp_path / f"{name}.sqlite3", paths.migrations_dir)
        snapshots.append(_snapshot(next(database), paths, clock, seed))
        next(database, None)
    first, same, other = snapshots
    assert first == same
    assert len(first) > 300
    assert first != other


def test_a_database_with_data_is_refused_and_nothing_is_written(ctx: AppContext) -> None:
    first = fill(ctx, learners=50)
    before = table_counts(ctx)
    with pytest.raises(ValidationFailed) as caught:
        fill(ctx, learners=50, seed=1)
    assert caught.value.code == "demo_not_empty" and caught.value.params == {"learners": 50 + first["graduates"]}
    assert table_counts(ctx) == before


def test_a_college_that_only_saved_its_profile_is_refused_too(ctx: AppContext) -> None:
    ctx.run(lambda uow: save_college_profile(uow, CollegeProfile("1310100001", "วิทยาลัยเทคนิคจริง", "", "ตาก")))
    before = table_counts(ctx)
    with pytest.raises(ValidationFailed) as caught:
        fill(ctx, learners=50)
    assert caught.value.params == {"learners": 0}
    assert table_counts(ctx) == before and before["programme"] == 0


@pytest.mark.parametrize("role", ["registrar", "equipment_officer", "executive"])
def test_only_an_administrator_may_fill_the_demo(ctx: AppContext, role: str) -> None:
    ctx.actor = Actor("someone", role)
    with pytest.raises(PermissionDenied):
        fill(ctx, learners=50)
    assert not any(table_counts(ctx)[name] for name in ("setting", "programme", "learner", "teacher"))


def test_the_demo_command_fills_a_fresh_home_and_refuses_a_second_time(tmp_path: Path) -> None:
    def run(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(tmp_path / "h"), "--lang", "en",
                               *args], capture_output=True, text=True, check=False, timeout=300,
                              env={**os.environ, "VOCDESK_PASSWORD": password})

    first = run("demo", "--learners", "120", "--seed", "3")
    assert first.returncode == 0, first.stderr
    assert "DEMO ONLY" in first.stderr and "before real use" in first.stderr
    summary = json.loads(first.stdout)
    assert summary["learner"] == 120 + summary["graduates"] and summary["seed"] == 3
    users = summary["demo_users"]
    assert sorted(user["role"] for user in users) == sorted(ROLES)  # one account per role
    assert len({user["password"] for user in users}) == len(ROLES)
    for user in users:  # each demo account signs in with the password printed once
        signed_in = run("--user", user["username"], "info", password=user["password"])
        assert signed_in.returncode == 0, signed_in.stderr
        info = json.loads(signed_in.stdout)
        counts = info["row_counts"]
        assert counts["learner"] == summary["learner"] and counts["teacher"] == summary["teacher"]
    wrong = run("--user", users[0]["username"], "info", password=users[1]["password"])
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    anonymous = run("audit", "verify")  # an administrator exists now: nobody acts without signing in
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    unsigned = run("info")  # info still answers for support, without the counts
    assert unsigned.returncode == 0 and "row_counts" not in json.loads(unsigned.stdout)
    admin = next(user for user in users if user["role"] == "administrator")
    second = run("--user", admin["username"], "demo", "--learners", "10", password=admin["password"])
    assert second.returncode == 2 and f"{summary['learner']} learners" in second.stderr
    assert "Traceback" not in second.stderr
