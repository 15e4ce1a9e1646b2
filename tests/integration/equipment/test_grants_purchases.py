"""Purchases draw a grant down; overspending is refused with the shortfall named; edits and deletes keep balances."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.factories.equipment import add_grant, add_programme, asset_line, balance, consumable, purchase
from vocdesk.domain.grants import LineKind
from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.messages import describe
from vocdesk.persistence.models import Asset, Purchase
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.equipment import ASSETS, GRANTS
from vocdesk.services.equipment.grants import (
    GrantInput,
    create_grant,
    grant_summary,
    record_topup,
    record_transfer,
)
from vocdesk.services.equipment.purchases import (
    LineInput,
    PurchaseInput,
    TopUp,
    VendorInput,
    delete_purchase,
    edit_purchase,
    record_purchase,
)

OFFICER = Actor("somchai", "equipment_officer")


def test_consumables_and_assets_draw_the_grant_down(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=150_000_000)
    result, changes = ctx.run(lambda uow: record_purchase(uow, purchase(
        grant_id, consumable(12_000), asset_line(3, 100_000))))
    # 12,000 + 3 × 100,000 × 1.07 = 333,000 baht
    assert result.total == 33_300_000
    assert result.balance_after == balance(ctx, grant_id) == 150_000_000 - 33_300_000
    assert len(result.asset_codes) == 3 and result.asset_codes[0] == "3400-001-0001/69"
    assert changes.touches(GRANTS, ASSETS)
    with ctx.db.read() as session:
        costs = session.scalars(select(Asset.cost_satang).order_by(Asset.code)).all()
        assert sum(costs) == 32_100_000  # consumables never become assets
        assert session.scalar(select(func.count()).select_from(Asset).where(Asset.grant_id == grant_id)) == 3


def test_overspend_refused_with_the_shortfall_named(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)  # 100,000 baht
    ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(60_000))))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(55_000), asset_line(1, 1_000))))
    assert caught.value.code == "grant_overspent"
    assert caught.value.params["shortfall"] == "16,070.00"  # 55,000 + 1,070 − 40,000
    assert "16,070.00" in describe(caught.value, "en") and "16,070.00" in describe(caught.value, "th")
    assert balance(ctx, grant_id) == 4_000_000
    with ctx.db.read() as session:  # nothing of the refused purchase was kept
        assert session.scalar(select(func.count()).select_from(Purchase)) == 1
        assert session.scalar(select(func.count()).select_from(Asset)) == 0


def test_authorised_topup_lets_the_purchase_through(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)
    officer = AppContext(ctx.paths, ctx.db, ctx.clock, OFFICER)
    with pytest.raises(PermissionDenied):
        officer.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(120_000)),
                                                TopUp(2_000_000, "อนุมัติเพิ่มเติม")))
    result, _ = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(120_000)),
                                                    TopUp(2_000_000, "อนุมัติเพิ่มเติม", "ที่ ศธ 0601/123")))
    assert result.balance_after == 0
    with ctx.db.read() as session:
        summary = grant_summary(session, ctx.actor, grant_id)
    assert (summary.amount, summary.adjustments, summary.committed, summary.balance) == (
        10_000_000, 2_000_000, 12_000_000, 0)


def test_transfer_moves_only_what_is_left(ctx: AppContext) -> None:
    source, target = add_grant(ctx, 10_000_000), add_grant(ctx, 10_000_000, add_programme(ctx, "20104", "ช่างไฟฟ้า"))
    ctx.run(lambda uow: record_purchase(uow, purchase(source, consumable(70_000))))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_transfer(uow, source, target, 3_000_001, "โอนเปลี่ยนแปลง"))
    assert caught.value.params["shortfall"] == "0.01"
    ctx.run(lambda uow: record_transfer(uow, source, target, 3_000_000, "โอนเปลี่ยนแปลง"))
    assert (balance(ctx, source), balance(ctx, target)) == (0, 13_000_000)


def test_edit_and_delete_keep_balance_equal_to_grant_minus_purchases(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=50_000_000)
    first, _ = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(10_000), asset_line(2, 5_000))))
    with ctx.db.read() as session:
        line_ids = session.scalars(select(Asset.purchase_line_id).distinct()).all()
    kept_asset_line = LineInput(LineKind.ASSET, "เครื่องวิเคราะห์แบตเตอรี่ รุ่นใหม่", Decimal(2), 6_000_00, Decimal(7),
                                category_code="3400-001", line_id=line_ids[0])
    edited, _ = ctx.run(lambda uow: edit_purchase(uow, first.id, first.version, purchase(
        grant_id, consumable(4_000), kept_asset_line)))
    assert edited.asset_codes == []  # the two assets stayed, repriced
    assert balance(ctx, grant_id) == 50_000_000 - 400_000 - 1_284_000
    with ctx.db.read() as session:
        assert session.scalars(select(Asset.cost_satang).order_by(Asset.code)).all() == [642_000, 642_000]
    # Over-editing is refused like a new purchase would be.
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: edit_purchase(uow, first.id, edited.version, purchase(grant_id, consumable(500_001))))
    assert caught.value.params["shortfall"] == "1.00"
    remaining = ctx.run(lambda uow: delete_purchase(uow, first.id, edited.version))[0]
    assert remaining == balance(ctx, grant_id) == 50_000_000
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Asset)) == 0


def test_topup_needs_a_reason_and_permission(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_topup(uow, grant_id, 100, " "))
    assert caught.value.params["field"] == "reason"
    officer = AppContext(ctx.paths, ctx.db, ctx.clock, OFFICER)
    with pytest.raises(PermissionDenied):
        officer.run(lambda uow: record_topup(uow, grant_id, 100, "เพิ่ม"))


def test_bad_vendor_tax_id_and_lines_named(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    bad_vendor = PurchaseInput(grant_id, dt.date(2026, 1, 5), VendorInput("ร้านค้า", "0105536000314"),
                               (consumable(10),))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_purchase(uow, bad_vendor))
    assert (caught.value.code, caught.value.params["field"]) == ("tax_id_invalid", "vendor.tax_id")
    half_asset = LineInput(LineKind.ASSET, "สว่าน", Decimal("1.5"), 100_00, category_code="3400-001")
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(1), half_asset)))
    assert (caught.value.code, caught.value.params["row"]) == ("asset_quantity_whole", 2)
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(1), day=dt.date(2026, 10, 1))))
    assert caught.value.code == "purchase_outside_grant_period"


def test_grant_outside_policy_band_needs_confirmation(ctx: AppContext) -> None:
    programme = add_programme(ctx)
    data = GrantInput(programme, 2569, "สอศ.", 350_000_000, dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: create_grant(uow, data))
    assert caught.value.code == "confirm_required" and caught.value.params["warnings"] == "grant_above_band"
    summary, _ = ctx.run(lambda uow: create_grant(uow, data, confirmed=["grant_above_band"]))
    assert summary.balance == 350_000_000
