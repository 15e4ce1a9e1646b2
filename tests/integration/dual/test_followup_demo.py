"""The demo's follow-up on started placements: some behind, gaps, late allowances, a centre and a hand-off."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select

from tests.factories.dual_followup import set_today, started, teacher
from vocdesk.clock import FixedClock
from vocdesk.demo.dual_followup import fill_dual_followup
from vocdesk.persistence.models import DualHandoff, DualHandoffResponse
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.allowances import late_allowances
from vocdesk.services.dual.logbook import logbook_missing
from vocdesk.services.dual.risk import dual_risk
from vocdesk.services.dual.tax_evidence import tax_evidence
from vocdesk.services.dual.visits_due import visits_due


def test_the_demo_shows_every_kind_of_follow_up_and_a_buildable_tax_pack(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, dt.date(2027, 2, 10))
    codes = [f"66970{i:02d}" for i in range(10)]
    started(ctx, *codes, supervisor=teacher(ctx, "สมชาย", "3100000000011"), allowance=300.0)
    summary = ctx.run(lambda uow: fill_dual_followup(uow, random.Random(2574)))[0]
    assert summary["dual_placements_followed"] == 10 and summary["dual_visits"] > 0
    states = [r.state for r in ctx.run(lambda uow: visits_due(uow, "2/2569"))[0]]
    assert "overdue" in states and ("due" in states or "done" in states)
    assert ctx.run(lambda uow: logbook_missing(uow))[0] != []
    assert any(r.stopped for r in ctx.run(lambda uow: late_allowances(uow))[0])
    assert ctx.run(lambda uow: dual_risk(uow))[0] != []
    with ctx.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DualHandoff)) == 1
        answers = list(uow.session.execute(select(DualHandoffResponse.status, DualHandoffResponse.action)))
        assert sorted(status for status, _ in answers) == ["contacted", "supporting"] and all(a for _, a in answers)
        evidence = tax_evidence(uow, "0105536112014", 2569)
    assert len(evidence.learners) == 10 and all(r.hours > 0 for r in evidence.learners)
