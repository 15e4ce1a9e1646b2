"""The annual stock-take: scans per room, unknown and misplaced codes, progress, discrepancies and closing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.equipment import add_room
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Asset
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.assets import AssetDetails, register_asset
from vocdesk.services.equipment.stocktake import (
    Discrepancy,
    close_stocktake,
    open_stocktake,
    scan_codes,
    stocktake_discrepancies,
    stocktake_progress,
)

D = dt.date


def _items(ctx: AppContext, room: int, count: int, name: str) -> list[str]:
    return [ctx.run(lambda uow: register_asset(uow, "7440-001", D(2026, 1, 5), 2_500_000,
                                               AssetDetails(name, location_id=room)))[0] for _ in range(count)]


def test_a_year_of_counting(ctx: AppContext) -> None:
    lab, shop = add_room(ctx, "LAB-1", "ห้องคอมพิวเตอร์"), add_room(ctx, "W-1", "โรงฝึกงาน")
    lab_items, shop_items = _items(ctx, lab, 4, "คอมพิวเตอร์"), _items(ctx, shop, 2, "โปรเจกเตอร์")
    take = ctx.run(lambda uow: open_stocktake(uow, 2569, D(2026, 9, 1), "คณะกรรมการตรวจนับ"))[0]
    late = _items(ctx, lab, 1, "คอมพิวเตอร์ใหม่")[0]  # bought after the count began

    # The lab: three of its own (one typed in Thai digits and lower case), one from the workshop, a stray label,
    # a repeated scan, and the late item.
    typed = lab_items[2].lower().replace("1", "๑")
    report = ctx.run(lambda uow: scan_codes(uow, take, lab, [lab_items[0], lab_items[1], typed, shop_items[0],
                                                             "9999-999-0001/69", lab_items[0], late]))[0]
    assert report.found_here == [lab_items[0], lab_items[1], lab_items[2], late]
    assert report.found_elsewhere == {shop_items[0]: "W-1"}
    assert report.unknown == ["9999-999-0001/69"]
    assert report.duplicates == [lab_items[0]]
    assert report.not_yet_seen == [lab_items[3]]

    # A second batch for the lab remembers the first.
    assert ctx.run(lambda uow: scan_codes(uow, take, lab, []))[0].not_yet_seen == [lab_items[3]]

    with ctx.db.read() as session:
        progress = {p.location_code: p for p in stocktake_progress(session, ctx.actor, take)}
    assert (progress["LAB-1"].expected, progress["LAB-1"].found_here, progress["LAB-1"].pending) == (5, 4, 1)
    assert (progress["W-1"].expected, progress["W-1"].found_elsewhere, progress["W-1"].pending) == (2, 1, 1)

    missing = ctx.run(lambda uow: close_stocktake(uow, take, D(2026, 9, 30)))[0]
    assert missing == 2
    with ctx.db.read() as session:
        assert stocktake_discrepancies(session, ctx.actor, take) == [
            Discrepancy(lab_items[3], "คอมพิวเตอร์", "LAB-1", ""),
            Discrepancy(shop_items[0], "โปรเจกเตอร์", "W-1", "LAB-1"),
            Discrepancy(shop_items[1], "โปรเจกเตอร์", "W-1", ""),
        ]
        # The projector found in the lab now lives there on the register.
        assert session.scalar(select(Asset.location_id).where(Asset.code == shop_items[0])) == lab
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: scan_codes(uow, take, lab, [lab_items[3]]))
    assert caught.value.code == "stocktake_closed"
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: open_stocktake(uow, 2569, D(2026, 9, 1)))
    assert caught.value.code == "duplicate"
