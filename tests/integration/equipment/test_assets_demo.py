"""The demo's equipment part: rooms, grants bought down through the real service, assets, a stock-take under way."""

from __future__ import annotations

import random

from sqlalchemy import func, insert, select

from vocdesk.demo.equipment import fill_equipment
from vocdesk.persistence.models import Asset, Department, Programme, PurchaseLine
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment import ASSETS, GRANTS, STOCKTAKE
from vocdesk.services.equipment.grants import list_grants
from vocdesk.services.equipment.stocktake import stocktake_for_year, stocktake_progress


def test_demo_equipment_is_consistent(ctx: AppContext) -> None:
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Department), [
            {"code": code, "name_th": name, "is_technical": True, "version": 1}
            for code, name in (("AUTO", "ช่างยนต์"), ("ELEC", "ช่างไฟฟ้ากำลัง"))])
        auto = uow.session.scalar(select(Department.id).where(Department.code == "AUTO"))
        uow.session.execute(insert(Programme), [
            {"level": "pvs", "type_name_th": "อุตสาหกรรม", "major_code": code, "major_name_th": name,
             "curriculum_year": 2567, "department_id": auto, "is_shortage": True, "version": 1}
            for code, name in (("30101", "เทคนิคเครื่องกล"), ("30127", "เมคคาทรอนิกส์"), ("30106", "ยานยนต์ไฟฟ้า"))])
    counts, changes = ctx.run(lambda uow: fill_equipment(uow, random.Random(7), assets=300))
    assert changes.touches(GRANTS, ASSETS, STOCKTAKE)
    with ctx.db.read() as session:
        grants = list_grants(session, ctx.actor)
        assert len(grants) == counts["funding_grant"] == 3
        assert all(0 <= g.balance == g.amount - g.committed and g.committed > 0 for g in grants)
        kinds = set(session.scalars(select(PurchaseLine.kind)))
        assert kinds == {"asset", "consumable", "service"}
        funded = session.scalar(select(func.count()).select_from(Asset).where(Asset.grant_id.is_not(None)))
        assert counts["asset"] == 300 + (funded or 0) and (funded or 0) > 0
        take = stocktake_for_year(session, 2570)
        progress = stocktake_progress(session, ctx.actor, take)
        assert sum(p.expected for p in progress) == counts["asset"]
        assert sum(p.found_here for p in progress) > 0 and sum(p.pending for p in progress) > 0
