"""The grant statement shows every baht in date order; the usage report shows grant money became used equipment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.factories.equipment import add_grant, asset_line, consumable, purchase
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.asset_activity import record_usage
from vocdesk.services.equipment.grant_reports import grant_statement, grant_usage
from vocdesk.services.equipment.grants import record_topup
from vocdesk.services.equipment.purchases import record_purchase

D = dt.date


def test_statement_runs_the_balance_through_purchases_and_topups(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)
    ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, asset_line(2, 20_000), day=D(2026, 1, 10))))
    ctx.run(lambda uow: record_topup(uow, grant_id, 500_000, "อนุมัติเพิ่ม", "ศธ 0601/77", D(2026, 1, 20)))
    ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(30_000, "น้ำมันหล่อลื่น"),
                                                      day=D(2026, 2, 1))))
    with ctx.db.read() as session:
        statement = grant_statement(session, ctx.actor, grant_id)
    assert [(line.day, line.kind, line.total, line.balance_after) for line in statement.lines] == [
        (D(2026, 1, 10), "asset", 4_280_000, 5_720_000),
        (D(2026, 1, 20), "topup", 500_000, 6_220_000),
        (D(2026, 2, 1), "consumable", 3_000_000, 3_220_000),
    ]
    assert statement.lines[-1].balance_after == statement.summary.balance
    assert statement.lines[0].vendor and statement.lines[0].documents == "PO-001 / IV-77"


def test_usage_hours_per_grant_item(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    codes = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, asset_line(2, 20_000))))[0].asset_codes
    ctx.run(lambda uow: record_usage(uow, codes[0], D(2026, 2, 2), Decimal("1.5"), "teaching"))
    ctx.run(lambda uow: record_usage(uow, codes[0], D(2026, 2, 3), Decimal(3), "teaching"))
    ctx.run(lambda uow: record_usage(uow, codes[0], D(2026, 2, 4), Decimal(6), "short_course", "booking", "B-1"))
    ctx.run(lambda uow: record_usage(uow, codes[0], D(2026, 5, 4), Decimal(2), "teaching"))  # outside the period
    with ctx.db.read() as session:
        rows = grant_usage(session, ctx.actor, grant_id, D(2026, 1, 1), D(2026, 3, 31))
    assert [(r.code, r.teaching_hours, r.short_course_hours, r.last_used) for r in rows] == [
        (codes[0], Decimal("4.5"), Decimal(6), D(2026, 2, 4)),
        (codes[1], Decimal(0), Decimal(0), None),
    ]
