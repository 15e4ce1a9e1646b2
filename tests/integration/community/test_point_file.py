"""A point's laptop file merges into the college once; a second merge adds nothing; a changed byte is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories.community import FLOOD_START, flood_point, job, people
from vocdesk.clock import FixedClock
from vocdesk.errors import ValidationFailed
from vocdesk.io.package.minisign import SecretKey
from vocdesk.paths import AppPaths
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade
from vocdesk.persistence.models import RepairJob, RepairPart, ServiceMinutes, ShiftAttendance, VolunteerShift
from vocdesk.services.community.hours import learner_hours
from vocdesk.services.community.point_file import export_point
from vocdesk.services.community.point_merge import merge_point
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.community.progress import add_minutes, add_part
from vocdesk.services.community.volunteer import add_shift, check_in, check_out, count_services
from vocdesk.services.core.context import Actor, AppContext

TABLES = (RepairJob, RepairPart, ServiceMinutes, VolunteerShift, ShiftAttendance)


@pytest.fixture
def laptop(paths: AppPaths, tmp_path: Path) -> AppContext:
    """The point's own SQLite database, set up from the college: the same learners, teacher and points."""
    db = Database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    return AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("clerk", "training_staff"))


def counts(ctx: AppContext) -> tuple[int, ...]:
    with ctx.db.read() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0) for t in TABLES)


def _work_at_the_point(ctx: AppContext) -> None:
    first, second = job(ctx), job(ctx, problem="ตู้เย็นจมน้ำ", category="refrigerator")
    ctx.run(lambda uow: add_part(uow, first, "หัวเทียน", 9_000))
    ctx.run(lambda uow: add_part(uow, first, "หัวเทียน", 4_000))
    ctx.run(lambda uow: add_minutes(uow, first, 60, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, second, 45, learner="6620001", worked_on=FLOOD_START))
    shift = ctx.run(lambda uow: add_shift(uow, "HY1", FLOOD_START, dt.time(8), dt.time(12), "ผลัดเช้า"))[0].id
    ctx.run(lambda uow: count_services(uow, shift, {"first_aid": 3}))
    ctx.run(lambda uow: check_in(uow, shift, dt.time(8), learner="6620002"))
    ctx.run(lambda uow: check_out(uow, shift, dt.time(11, 30), learner="6620002"))


def test_a_point_file_merges_once_and_a_changed_byte_is_refused(ctx: AppContext, laptop: AppContext,
                                                                 tmp_path: Path) -> None:
    key = SecretKey.generate()
    for where in (ctx, laptop):
        people(where, "6620001", "6620002")
        flood_point(where)
    _work_at_the_point(laptop)
    out = tmp_path / "HY1.vocdesk-point.json"
    assert laptop.run(lambda uow: export_point(uow, "HY1", out, key))[0] == 2
    assert "ตู้เย็นจมน้ำ" in out.read_text(encoding="utf-8")

    first = ctx.run(lambda uow: merge_point(uow, out, key.public))[0]
    assert (first.jobs, first.parts, first.minutes, first.shifts) == (2, 2, 3, 1)
    assert counts(ctx) == counts(laptop) == (2, 2, 3, 1, 1)
    again = ctx.run(lambda uow: merge_point(uow, out, key.public))[0]
    assert (again.jobs, again.parts, again.minutes, again.shifts) == (0, 0, 0, 0)
    assert counts(ctx) == (2, 2, 3, 1, 1)
    with ctx.db.read() as session:
        assert learner_hours(session, ctx.actor, "6620002").total_minutes == 210

    tampered = tmp_path / "tampered.json"
    tampered.write_bytes(out.read_bytes().replace("ตู้เย็น".encode(), "ตู้ปลา".encode()))
    (tmp_path / "tampered.json.minisig").write_bytes((tmp_path / "HY1.vocdesk-point.json.minisig").read_bytes())
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: merge_point(uow, tampered, key.public))
    assert refused.value.code == "community.point_file_refused"
    with pytest.raises(ValidationFailed) as stranger:
        ctx.run(lambda uow: merge_point(uow, out, SecretKey.generate().public))
    assert stranger.value.code == "community.point_file_refused"
    assert counts(ctx) == (2, 2, 3, 1, 1)


def test_a_file_from_a_point_the_college_does_not_know_writes_nothing(ctx: AppContext, laptop: AppContext,
                                                                       tmp_path: Path) -> None:
    key = SecretKey.generate()
    people(ctx, "6620001", "6620002")
    people(laptop, "6620001", "6620002")
    flood_point(laptop)
    ctx.run(lambda uow: add_point(uow, PointInput("FIX", "ศูนย์ซ่อม", "fixit_centre", FLOOD_START)))
    _work_at_the_point(laptop)
    out = tmp_path / "HY1.json"
    laptop.run(lambda uow: export_point(uow, "HY1", out, key))
    with pytest.raises(ValidationFailed) as unknown:
        ctx.run(lambda uow: merge_point(uow, out, key.public))
    assert unknown.value.code == "community.point_file_unknown_point"
    assert counts(ctx) == (0, 0, 0, 0, 0)
