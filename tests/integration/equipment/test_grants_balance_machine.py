"""Random purchases, imports, edits, deletes, top-ups and transfers: the balance is always grant − purchases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from tests.factories.equipment import VENDOR, add_grant, add_programme, line, write_csv
from vocdesk.domain.grants import LineKind, line_amounts
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Asset, GrantAdjustment, Purchase, PurchaseLine
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.grants import grant_summary, record_topup, record_transfer
from vocdesk.services.equipment.purchases import (
    LineInput,
    PurchaseInput,
    delete_purchase,
    edit_purchase,
    record_purchase,
)
from vocdesk.services.kinds.imports import import_file

DAY = dt.date(2026, 3, 1)

lines = st.lists(st.builds(
    LineInput,
    kind=st.sampled_from(list(LineKind)),
    description=st.just("รายการ"),
    quantity=st.integers(1, 3).map(Decimal),
    unit_price=st.one_of(st.integers(1, 2_000), st.integers(100_000, 400_000)),
    vat_percent=st.sampled_from([Decimal(0), Decimal(7)]),
    price_includes_vat=st.booleans(),
    category_code=st.just("7440-001"),
), min_size=1, max_size=3)


def _total(chosen: list[LineInput]) -> int:
    return sum(line_amounts(x.quantity, x.unit_price, x.vat_percent, x.price_includes_vat).total for x in chosen)


def test_balance_is_grant_minus_purchases_under_any_sequence(ctx: AppContext, tmp_path: Path) -> None:
    programme = add_programme(ctx)
    folder = tmp_path

    class GrantMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.grants = [add_grant(ctx, 1_000_000, programme), add_grant(ctx, 500_000, programme)]
            self.funds = {self.grants[0]: 1_000_000, self.grants[1]: 500_000}  # grant + adjustments
            self.purchases: dict[int, tuple[int, int, int]] = {}  # id -> (grant, total, version)
            self.imports = 0

        def spent(self, grant_id: int) -> int:
            return sum(total for grant, total, _ in self.purchases.values() if grant == grant_id)

        def expected_balance(self, grant_id: int) -> int:
            return self.funds[grant_id] - self.spent(grant_id)

        @rule(which=st.integers(0, 1), chosen=lines)
        def buy(self, which: int, chosen: list[LineInput]) -> None:
            grant_id, total = self.grants[which], _total(chosen)
            try:
                result, _ = ctx.run(lambda uow: record_purchase(
                    uow, PurchaseInput(grant_id, DAY, VENDOR, tuple(chosen))))
            except ValidationFailed as error:
                assert error.code == "grant_overspent" and total > self.expected_balance(grant_id)
                return
            assert total <= self.expected_balance(grant_id)
            assert result.total == total
            self.purchases[result.id] = (grant_id, total, result.version)

        @rule(pick=st.integers(0, 10_000), which=st.integers(0, 1), chosen=lines)
        def edit(self, pick: int, which: int, chosen: list[LineInput]) -> None:
            if not self.purchases:
                return
            purchase_id = sorted(self.purchases)[pick % len(self.purchases)]
            old_grant, old_total, version = self.purchases[purchase_id]
            grant_id, total = self.grants[which], _total(chosen)
            room = self.expected_balance(grant_id) + (old_total if grant_id == old_grant else 0)
            try:
                result, _ = ctx.run(lambda uow: edit_purchase(
                    uow, purchase_id, version, PurchaseInput(grant_id, DAY, VENDOR, tuple(chosen))))
            except ValidationFailed as error:
                assert error.code == "grant_overspent" and total > room
                return
            assert total <= room
            self.purchases[purchase_id] = (grant_id, total, result.version)

        @rule(which=st.integers(0, 1), chosen=lines)
        def import_order(self, which: int, chosen: list[LineInput]) -> None:
            """The same lines arrive as a spreadsheet order: all or nothing, never beyond the balance."""
            grant_id, total = self.grants[which], _total(chosen)
            self.imports += 1
            order = f"IMP-{self.grants[0]}-{self.imports}"  # unique across examples sharing the database
            rows = [[*line(order, grant_id, x.kind.value, x.description, x.quantity, Decimal(x.unit_price) / 100,
                           x.vat_percent, x.category_code), "ใช่" if x.price_includes_vat else "ไม่"] for x in chosen]
            path = write_csv(folder / f"{order}.csv", rows, extra=["ราคารวมภาษีแล้ว"])
            run = import_file(ctx, "purchases", path, commit=True)
            if total > self.expected_balance(grant_id):
                assert not run.report.committed
                assert {f.code for f in run.report.errors} == {"import_grant_overspent"}
                return
            assert run.report.committed and run.report.errors == [], run.report.errors
            with ctx.db.read() as session:
                made = session.execute(select(Purchase.id, Purchase.total_satang, Purchase.version)
                                       .where(Purchase.order_no == order)).one()
            assert made.total_satang == total
            self.purchases[made.id] = (grant_id, total, made.version)

        @rule(pick=st.integers(0, 10_000))
        def remove(self, pick: int) -> None:
            if not self.purchases:
                return
            purchase_id = sorted(self.purchases)[pick % len(self.purchases)]
            grant_id, _, version = self.purchases.pop(purchase_id)
            left, _ = ctx.run(lambda uow: delete_purchase(uow, purchase_id, version))
            assert left == self.expected_balance(grant_id)

        @rule(which=st.integers(0, 1), amount=st.integers(1, 300_000))
        def top_up(self, which: int, amount: int) -> None:
            ctx.run(lambda uow: record_topup(uow, self.grants[which], amount, "เพิ่มวงเงิน"))
            self.funds[self.grants[which]] += amount

        @rule(which=st.integers(0, 1), amount=st.integers(1, 600_000))
        def transfer(self, which: int, amount: int) -> None:
            source, target = self.grants[which], self.grants[1 - which]
            try:
                ctx.run(lambda uow: record_transfer(uow, source, target, amount, "โอนเปลี่ยนแปลง"))
            except ValidationFailed as error:
                assert error.code == "grant_overspent" and amount > self.expected_balance(source)
                return
            self.funds[source] -= amount
            self.funds[target] += amount

        @invariant()
        def balances_add_up(self) -> None:
            with ctx.db.read() as session:
                for grant_id in self.grants:
                    summary = grant_summary(session, ctx.actor, grant_id)
                    committed = session.scalar(select(func.coalesce(func.sum(PurchaseLine.total_satang), 0))
                                               .join(Purchase, Purchase.id == PurchaseLine.purchase_id)
                                               .where(Purchase.grant_id == grant_id))
                    adjusted = session.scalar(select(func.coalesce(func.sum(GrantAdjustment.amount_satang), 0))
                                              .where(GrantAdjustment.grant_id == grant_id))
                    assert summary.balance == self.expected_balance(grant_id)
                    assert summary.balance == summary.amount + adjusted - committed
                    assert summary.balance >= 0
                    asset_lines = select(PurchaseLine.id).join(Purchase, Purchase.id == PurchaseLine.purchase_id).where(
                        Purchase.grant_id == grant_id, PurchaseLine.kind == "asset")
                    asset_cost = session.scalar(select(func.coalesce(func.sum(Asset.cost_satang), 0)).where(
                        Asset.purchase_line_id.in_(asset_lines)))
                    line_cost = session.scalar(select(func.coalesce(func.sum(PurchaseLine.total_satang), 0)).where(
                        PurchaseLine.id.in_(asset_lines)))
                    assert asset_cost == line_cost  # every satang of asset lines sits on the register

    run_state_machine_as_test(GrantMachine, settings=settings(
        max_examples=25, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
