"""The demo college's community service: a year at the centre, the five-day flood burst, Songkran shifts."""

from __future__ import annotations

from sqlalchemy import func, select

from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import RepairJob, RepairPart, ServiceMinutes, ServicePoint, VolunteerShift
from vocdesk.services.core.context import AppContext


def test_the_demo_has_the_flood_burst_the_centre_and_hundreds_of_learners_hours(ctx: AppContext) -> None:
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=600)))
    with ctx.db.read() as session:
        flood = session.scalars(select(ServicePoint).where(ServicePoint.kind == "flood_relief")).one()
        numbers = sorted(session.scalars(select(RepairJob.job_no).where(RepairJob.point_id == flood.id)))
        days = set(session.scalars(select(RepairJob.received_on).where(RepairJob.point_id == flood.id)))
        worst = max(session.scalars(select(func.sum(RepairPart.cost_satang)).group_by(RepairPart.job_id)))
        learners = session.scalar(select(func.count(func.distinct(ServiceMinutes.learner_id))))
        shifts = session.scalar(select(func.count()).select_from(VolunteerShift))
        kinds = set(session.scalars(select(ServicePoint.kind)))
        allowance = flood.parts_allowance_satang
    assert numbers == list(range(1, 1501))  # one fiscal year, numbered without gaps
    assert len(days) == 5 and min(days).isoformat() == "2025-11-29"
    assert 0 < worst <= allowance == 15_000
    assert learners is not None and learners >= 300
    assert shifts == 16 and kinds == {"fixit_centre", "flood_relief", "road_safety"}
