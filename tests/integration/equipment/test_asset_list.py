"""Read queries behind the Assets and Stock-take screens: filters, escaped search, rows, history, permissions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories.equipment import add_room
from vocdesk.errors import PermissionDenied
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.equipment.asset_listing import AssetFilters, asset_history, asset_ids, asset_rows, unseen_items
from vocdesk.services.equipment.assets import AssetDetails, register_asset
from vocdesk.services.equipment.stocktake import open_stocktake, scan_codes

D = dt.date


def test_filters_search_rows_and_unseen_items(ctx: AppContext) -> None:
    lab, shop = add_room(ctx, "LAB-1"), add_room(ctx, "W-1")
    pc = [ctx.run(lambda uow: register_asset(uow, "7440-001", D(2025, 11, 3), 2_500_000,
                                             AssetDetails("คอมพิวเตอร์ 100%", location_id=lab)))[0] for _ in range(3)]
    lathe = ctx.run(lambda uow: register_asset(uow, "3400-001", D(2024, 5, 2), 45_000_000,
                                               AssetDetails("เครื่องกลึง", location_id=shop, condition="damaged")))[0]
    actor = ctx.actor
    with ctx.db.read() as s:
        every = asset_ids(s, actor, "", AssetFilters())
        assert len(every) == 4
        assert len(asset_ids(s, actor, "", AssetFilters(location_id=lab))) == 3
        assert len(asset_ids(s, actor, "", AssetFilters(condition="damaged"))) == 1
        assert asset_ids(s, actor, "100%", AssetFilters()) and not asset_ids(s, actor, "10_%", AssetFilters())
        assert asset_ids(s, actor, "กลึง", AssetFilters()) == asset_ids(s, actor, "", AssetFilters(location_id=shop))
        by_cost = asset_ids(s, actor, "", AssetFilters(), "cost", descending=True)
        rows = {row[1]: row for row in asset_rows(s, actor, by_cost[:1], D(2026, 11, 24))}
        assert list(rows) == [lathe] and rows[lathe][6] == 45_000_000 and rows[lathe][7] < 45_000_000
        history = asset_history(s, actor, by_cost[0], D(2026, 11, 24))
        assert history.book_value == rows[lathe][7]
        year_2569 = next(year for year in history.schedule if year.fiscal_year == 2569)
        with ctx.db.read() as again:
            assert asset_rows(again, actor, by_cost[:1], D(2026, 9, 30))[0][7] == year_2569.book_value
        assert [year.fiscal_year for year in history.schedule] == [2567, 2568, 2569, 2570]
    take = ctx.run(lambda uow: open_stocktake(uow, 2570, D(2026, 11, 1)))[0]
    ctx.run(lambda uow: scan_codes(uow, take, lab, [pc[0]]))
    with ctx.db.read() as s:
        assert [code for code, _name in unseen_items(s, actor, take, lab)] == sorted(pc[1:])


def test_roles_without_equipment_view_are_refused(ctx: AppContext) -> None:
    with ctx.db.read() as s, pytest.raises(PermissionDenied):
        asset_ids(s, Actor("reg", "registrar"), "", AssetFilters())
