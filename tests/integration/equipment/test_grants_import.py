"""Purchases imported from a spreadsheet draw the grant down exactly like typed ones; overspending is refused."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.factories.equipment import add_grant, balance, line, write_csv
from vocdesk.persistence.models import Asset, Purchase
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file


def test_orders_become_purchases_and_draw_the_grant_down(ctx: AppContext, tmp_path: Path) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)  # 100,000 baht
    file = write_csv(tmp_path / "po.csv", [
        line("PO-1", grant_id, "ครุภัณฑ์", "สว่านแท่น", 2, "15,000", 7, "3400-001"),
        line("PO-1", grant_id, "วัสดุ", "ดอกสว่าน", "2.5", "120", 0),
        line("PO-2", "ขส-2569/014", "ค่าบริการ", "ติดตั้ง", 1, "5000", 0),
    ])
    run = import_file(ctx, "purchases", file, commit=True)
    assert run.report.errors == [] and run.report.committed
    # 32,100 + 300 + 5,000 = 37,400 baht
    assert balance(ctx, grant_id) == 10_000_000 - 3_740_000
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Purchase)) == 2
        assert session.scalar(select(func.sum(Asset.cost_satang))) == 3_210_000
    again = import_file(ctx, "purchases", file, commit=True)  # the same file twice never pays twice
    assert [(f.row, f.code) for f in again.report.errors] == [(r, "import_order_recorded") for r in (2, 3, 4)]
    assert not again.report.committed and balance(ctx, grant_id) == 6_260_000


def test_an_order_that_would_overspend_is_refused_with_the_shortfall(ctx: AppContext, tmp_path: Path) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)
    file = write_csv(tmp_path / "po.csv", [
        line("PO-1", grant_id, "วัสดุ", "น้ำมันเครื่อง", 1, "60,000", 0),
        line("PO-2", grant_id, "วัสดุ", "ยางรถยนต์", 1, "30,000", 0),
        line("PO-2", grant_id, "วัสดุ", "แบตเตอรี่", 1, "15,000", 0),
    ])
    run = import_file(ctx, "purchases", file, commit=True)
    assert not run.report.committed and balance(ctx, grant_id) == 10_000_000
    assert [(f.row, f.code, f.params["shortfall"]) for f in run.report.errors] == [
        (3, "import_grant_overspent", "5,000.00"), (4, "import_grant_overspent", "5,000.00")]
    partial = import_file(ctx, "purchases", file, commit=True, skip_invalid=True)
    assert partial.report.imported == 1 and balance(ctx, grant_id) == 4_000_000


def test_bad_rows_spoil_their_whole_order(ctx: AppContext, tmp_path: Path) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)
    file = write_csv(tmp_path / "po.csv", [
        line("PO-1", grant_id, "ครุภัณฑ์", "เครื่องเชื่อม", "1.5", "9,000", 7, "3400-001"),
        line("PO-1", grant_id, "วัสดุ", "ลวดเชื่อม", 1, "500", 0),
        line("PO-2", 999, "วัสดุ", "ถุงมือ", 1, "100", 0),
    ])
    run = import_file(ctx, "purchases", file, commit=True, skip_invalid=True)
    assert {(f.row, f.code) for f in run.report.errors} == {
        (2, "asset_quantity_whole"), (3, "import_order_incomplete"), (4, "import_grant_unknown")}
    assert run.report.imported == 0 and balance(ctx, grant_id) == 10_000_000
