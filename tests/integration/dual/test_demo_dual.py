"""The demo college's dual system: enough partners and placements to look real, and the seeded breaches show."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import DualPlacement, Enterprise
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.alerts import dual_alerts
from vocdesk.services.dual.placements import check_placement


def test_the_demo_has_two_years_of_placements_and_each_seeded_breach(ctx: AppContext) -> None:
    summary = ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=2000)))[0]
    with ctx.db.read() as session:
        placements = list(session.execute(select(DualPlacement.id, DualPlacement.status, DualPlacement.start_date)))
        provinces = set(session.scalars(select(Enterprise.province)))
    assert summary["dual_enterprise"] >= 25 and len(provinces) >= 10
    assert len(placements) == summary["dual_placement"] >= 150
    statuses = Counter(status for _id, status, _start in placements)
    assert statuses["completed"] > 30 and statuses["active"] > 30
    assert max(s for *_x, s in placements).toordinal() - min(s for *_x, s in placements).toordinal() > 365
    codes = {f.code for pid, status, _start in placements if status == "draft"
             for f in ctx.run(lambda uow, p=pid: check_placement(uow, p))[0]}
    assert {"dual.trainer_uncertified", "dual.minor_night", "dual.minor_hazard", "dual.overlap",
            "dual.mou_not_covering"} <= codes
    alerts = {a.code for a in ctx.run(lambda uow: dual_alerts(uow))[0]}
    assert {"dual.alert_certificate_lapsing", "dual.alert_mou_before_placement"} <= alerts


def test_checking_all_at_once_gives_what_each_check_gives(ctx: AppContext) -> None:
    from vocdesk.services.dual.check_all import check_all

    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=400)))
    _logbooks_follow_their_plans(ctx)
    everything = ctx.run(lambda uow: check_all(uow))[0]
    assert everything
    for pid, findings in everything.items():
        one = ctx.run(lambda uow, p=pid: check_placement(uow, p))[0]
        assert [(f.code, f.params) for f in findings] == [(f.code, f.params) for f in one], pid


def _logbooks_follow_their_plans(ctx: AppContext) -> None:
    """The demo's logbook weeks name plan sub-tasks: planned-against-logged shows done, in-progress and open ones."""
    from vocdesk.services.dual.logbook_tasks import plan_progress

    with ctx.db.read() as session:
        started = list(session.scalars(select(DualPlacement.id).where(DualPlacement.status == "active")))
    states = Counter(row.status for pid in started for row in ctx.run(lambda uow, p=pid: plan_progress(uow, p))[0])
    assert states["done"] > 0 and states["in_progress"] > 0 and states["not_started"] > 0
