"""Repair jobs end to end: numbers per point and fiscal year, closed points, owner IDs, status flow, parts, minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from tests.factories.community import FLOOD_END, FLOOD_START, flood_point, job, people
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import AuditEvent, Learner, RepairJob, ServiceMinutes
from vocdesk.services.community.hours import learner_hours, programme_hours
from vocdesk.services.community.listing import list_jobs, public_status
from vocdesk.services.community.points import PointInput, add_point, list_points
from vocdesk.services.community.progress import add_minutes, add_part, set_status
from vocdesk.services.community.settings import save_community_settings
from vocdesk.services.core.context import AppContext


def _jobs(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(RepairJob)) or 0)


def test_job_numbers_run_per_point_and_fiscal_year(ctx: AppContext) -> None:
    flood_point(ctx, "HY1")
    flood_point(ctx, "HY2")
    ctx.run(lambda uow: add_point(uow, PointInput("FIX", "ศูนย์ซ่อมสร้างเพื่อชุมชน", "fixit_centre", dt.date(2025, 6, 1))))
    assert [job(ctx, "HY1"), job(ctx, "HY1"), job(ctx, "HY2")] == ["HY1-2569-0001", "HY1-2569-0002", "HY2-2569-0001"]
    assert job(ctx, "FIX", dt.date(2026, 9, 30)) == "FIX-2569-0001"
    assert job(ctx, "FIX", dt.date(2026, 10, 1)) == "FIX-2570-0001"  # a new fiscal year starts at 1 again
    with ctx.db.read() as session:
        points = {p.code: p.jobs for p in list_points(session, ctx.actor)}
    assert points == {"FIX": 2, "HY1": 2, "HY2": 1}


def test_a_closed_point_takes_no_job_and_a_bad_owner_id_needs_a_reason(ctx: AppContext) -> None:
    flood_point(ctx)
    with pytest.raises(ValidationFailed) as closed:
        job(ctx, day=FLOOD_END + dt.timedelta(days=1))
    assert closed.value.code == "community.point_closed"
    with pytest.raises(ValidationFailed) as checksum:
        job(ctx, owner_national_id="3100100123452")
    assert checksum.value.code == "community.owner_id_checksum"
    assert _jobs(ctx) == 0
    job(ctx, owner_national_id="3100100123452", owner_id_reason="บัตรชำรุด อ่านเลขจากสำเนา")
    job(ctx, owner_national_id="3-1001-00123-45-1")
    with ctx.db.read() as session:
        shown = [row.owner_national_id for row in list_jobs(session, ctx.actor)]
    assert shown == ["3-1001-xxxxx-xx-1", "3-1001-xxxxx-xx-2"]


def test_a_flood_item_goes_through_washing_and_drying_and_returns_with_an_outcome(ctx: AppContext) -> None:
    flood_point(ctx)
    label = job(ctx, category="ords:17")
    with pytest.raises(ValidationFailed) as skipped:
        ctx.run(lambda uow: set_status(uow, label, "repairing"))
    assert skipped.value.code == "community.status_flow"
    for step in ("diagnosing", "washing", "drying", "repairing", "checking"):
        ctx.run(lambda uow, step=step: set_status(uow, label, step))  # type: ignore[misc]
    with pytest.raises(ValidationFailed) as unknown:
        ctx.run(lambda uow: set_status(uow, label, "returned"))
    assert unknown.value.code == "community.outcome_required"
    with pytest.raises(ValidationFailed) as barrier:
        ctx.run(lambda uow: set_status(uow, label, "returned", repair_status="Fixed", barrier="Too worn out"))
    assert barrier.value.code == "community.barrier_not_eol"
    ctx.run(lambda uow: set_status(uow, label, "returned", repair_status="End of life",
                                   barrier="Spare parts not available"))
    with ctx.db.read() as session:
        seen = public_status(session, ctx.actor, label.lower())
    assert (seen.status, seen.repair_status, seen.category_name) == ("returned", "End of life", "เครื่องใช้ไฟฟ้าขนาดใหญ่")
    assert "มาลี" not in repr(seen) and "สงขลา" not in repr(seen)


def test_parts_stay_within_the_per_item_allowance_from_the_setting(ctx: AppContext) -> None:
    flood_point(ctx, "HY1")  # the default: ฿150 a job
    ctx.run(lambda uow: save_community_settings(uow, 20_000, "vocdesk"))
    flood_point(ctx, "HY2")  # made after the setting changed: ฿200
    first, second = job(ctx, "HY1"), job(ctx, "HY2")
    assert ctx.run(lambda uow: add_part(uow, first, "หัวเทียน", 9_000))[0].parts_satang == 9_000
    ctx.run(lambda uow: add_part(uow, first, "น้ำมันเครื่อง", 6_000))
    with pytest.raises(ValidationFailed) as over:
        ctx.run(lambda uow: add_part(uow, first, "สายไฟ", 100))
    assert over.value.code == "community.parts_over_allowance" and over.value.params["allowance"] == "150.00"
    ctx.run(lambda uow: add_part(uow, second, "คาร์บูเรเตอร์", 19_500))
    with ctx.db.read() as session:
        spent = {row.label: row.parts_satang for row in list_jobs(session, ctx.actor)}
    assert spent == {first: 15_000, second: 19_500}


def test_minutes_on_a_job_land_in_the_learners_ledger_and_are_audited(ctx: AppContext) -> None:
    teacher = people(ctx, "6620001", "6620002")
    flood_point(ctx)
    first, second = job(ctx), job(ctx, day=FLOOD_START + dt.timedelta(days=1))
    ctx.run(lambda uow: add_minutes(uow, first, 90, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, second, 45, learner="6620001", worked_on=FLOOD_END))
    ctx.run(lambda uow: add_minutes(uow, first, 90, teacher_id=teacher, worked_on=FLOOD_START))
    with pytest.raises(ValidationFailed) as too_long:
        ctx.run(lambda uow: add_minutes(uow, second, 24 * 60, learner="6620001", worked_on=FLOOD_END))
    assert too_long.value.code == "community.minutes_over_day"
    with pytest.raises(ValidationFailed) as both:
        ctx.run(lambda uow: add_minutes(uow, first, 10, learner="6620002", teacher_id=teacher))
    assert both.value.code == "community.one_worker"
    with ctx.db.read() as session:
        hours = learner_hours(session, ctx.actor, "6620001")
        nobody = learner_hours(session, ctx.actor, "6620002")
        audited = session.scalar(select(func.count()).where(AuditEvent.action == "service_minutes.add"))
    assert (hours.total_minutes, nobody.total_minutes, nobody.lines) == (135, 0, ())
    assert [(line.point_code, line.first_day, line.last_day, line.minutes) for line in hours.lines] == [
        ("HY1", FLOOD_START, FLOOD_END, 135)]
    assert audited == 3


def test_a_learner_removed_from_the_register_takes_their_minutes_along(ctx: AppContext) -> None:
    people(ctx, "6620001", "6620002")
    flood_point(ctx)
    label = job(ctx)
    ctx.run(lambda uow: add_minutes(uow, label, 60, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, label, 40, learner="6620002", worked_on=FLOOD_START))
    with ctx.unit_of_work() as uow:  # as a PDPA erasure or a test's clean-up deletes the learner row
        uow.session.execute(delete(Learner).where(Learner.student_code == "6620001"))
    with ctx.db.read() as session:
        kept = [(m.learner_id is not None, m.minutes) for m in session.scalars(select(ServiceMinutes))]
        assert learner_hours(session, ctx.actor, "6620002").total_minutes == 40
    assert kept == [(True, 40)]


def test_hours_add_up_per_programme(ctx: AppContext) -> None:
    people(ctx, "6620001", "6620002")
    flood_point(ctx)
    label = job(ctx)
    ctx.run(lambda uow: add_minutes(uow, label, 60, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, label, 90, learner="6620002", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, label, 30, learner="6620002", worked_on=FLOOD_END))
    with ctx.db.read() as session:
        lines = [(p.level, p.major_name, p.learners, p.total_minutes) for p in programme_hours(session, ctx.actor)]
    assert lines == [("pvc", "ช่างยนต์", 2, 180)]
