"""The asset register: codes, places, loans, repairs, use, disposal and book values as the officer sees them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select

from tests.factories.equipment import add_grant, add_room, asset_line, consumable, purchase
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import Department, Teacher
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.asset_activity import (
    Holder,
    check_in,
    check_out,
    dispose_asset,
    log_maintenance,
    open_loans,
    record_usage,
)
from vocdesk.services.equipment.assets import AssetDetails, AssetRow, edit_asset, list_assets, register_asset
from vocdesk.services.equipment.locations import list_locations
from vocdesk.services.equipment.purchases import delete_purchase, record_purchase
from vocdesk.services.equipment.settings import EquipmentSettings, save_category, save_equipment_settings

D = dt.date
FY2569_END = D(2026, 9, 30)


def add_teacher(ctx: AppContext) -> int:
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Teacher), [{"national_id": "1103700012345", "prefix": "นาย",
                                               "first_name_th": "สมชาย", "last_name_th": "ใจดี",
                                               "position_type": "civil", "version": 1}])
        return int(uow.session.scalar(select(Teacher.id)) or 0)


def rows(ctx: AppContext, as_of: dt.date = FY2569_END, **filters: Any) -> list[AssetRow]:
    with ctx.db.read() as session:
        return list_assets(session, ctx.actor, as_of=as_of, **filters)


def test_asset_lines_become_coded_items_in_their_room_with_book_values(ctx: AppContext) -> None:
    room = add_room(ctx, "W-101")
    grant_id = add_grant(ctx)
    line = asset_line(2, 45_000)
    located = type(line)(**{**line.__dict__, "location_id": room})
    ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, located, consumable(500), day=D(2025, 10, 1))))
    found = rows(ctx, location_id=room)
    assert [row.code for row in found] == ["3400-001-0001/69", "3400-001-0002/69"]
    # 45,000 × 1.07 = 48,150 each; 10-year life by days: 48,149 / 10 = 4,814.90 for the first full year.
    assert [row.cost for row in found] == [4_815_000, 4_815_000]
    assert found[0].book_value == 4_815_000 - 481_490
    assert found[0].grant_id == grant_id and found[0].location == "ห้องปฏิบัติการ"
    with ctx.db.read() as session:
        assert [(loc.code, loc.asset_count) for loc in list_locations(session, ctx.actor)] == [("W-101", 2)]


def test_custom_code_pattern_and_running_numbers_per_category_and_year(ctx: AppContext) -> None:
    pattern = "{category}-{fiscal_year}-{running:04d}"
    ctx.run(lambda uow: save_equipment_settings(uow, EquipmentSettings(code_pattern=pattern)))
    ctx.run(lambda uow: save_category(uow, "7440-001", "ครุภัณฑ์คอมพิวเตอร์", 5))
    laptop = AssetDetails("โน้ตบุ๊ก")
    first = ctx.run(lambda uow: register_asset(uow, "7440-001", D(2026, 9, 30), 2_000_000, laptop))[0]
    second = ctx.run(lambda uow: register_asset(uow, "7440-001", D(2026, 10, 1), 2_000_000, laptop))[0]
    third = ctx.run(lambda uow: register_asset(uow, "7440-001", D(2026, 10, 2), 2_000_000,
                                               AssetDetails("โน้ตบุ๊ก", funding_source="บริจาค")))[0]
    assert (first, second, third) == ("7440-001-2569-0001", "7440-001-2570-0001", "7440-001-2570-0002")
    # The new 5-year life applies: 19,999 / 5 = 3,999.80 a year, first day counted.
    assert rows(ctx, as_of=D(2027, 9, 30), search="2570-0001")[0].book_value == 2_000_000 - 399_980


def test_loan_repair_usage_and_disposal(ctx: AppContext) -> None:
    teacher = add_teacher(ctx)
    code = ctx.run(lambda uow: register_asset(uow, "3400-001", D(2026, 1, 10), 9_000_000,
                                              AssetDetails("เครื่องกลึง", custodian_teacher_id=teacher)))[0]
    assert rows(ctx)[0].custodian == "นายสมชาย ใจดี"
    ctx.run(lambda uow: check_out(uow, code, Holder("person", teacher_id=teacher), D(2026, 2, 1), D(2026, 2, 10)))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: check_out(uow, code, Holder("person", name="ครูอื่น"), D(2026, 2, 2)))
    assert caught.value.code == "asset_already_out"
    with pytest.raises(ValidationFailed) as caught:  # an item out on loan cannot be written off
        ctx.run(lambda uow: dispose_asset(uow, code, D(2026, 2, 5), "ชำรุด", "ขายทอดตลาด", "ผู้อำนวยการ"))
    assert caught.value.code == "asset_already_out"
    ctx.run(lambda uow: check_in(uow, code, D(2026, 2, 9), condition="damaged"))
    assert rows(ctx)[0].condition == "damaged"
    ctx.run(lambda uow: log_maintenance(uow, code, D(2026, 2, 20), "repair", "เปลี่ยนสายพาน", 150_000,
                                        "ร้านซ่อม", condition_after="good"))
    assert rows(ctx)[0].condition == "good"
    ctx.run(lambda uow: record_usage(uow, code, D(2026, 3, 1), Decimal("2.5"), "teaching"))
    ctx.run(lambda uow: record_usage(uow, code, D(2026, 3, 2), Decimal(3), "short_course", "booking", "BK-17"))
    with pytest.raises(ValidationFailed) as caught:  # one booking logs its hours once
        ctx.run(lambda uow: record_usage(uow, code, D(2026, 3, 2), Decimal(3), "short_course", "booking", "BK-17"))
    assert caught.value.code == "duplicate"
    ctx.run(lambda uow: dispose_asset(uow, code, D(2026, 9, 1), "ชำรุดเกินคุ้มซ่อม", "ขายทอดตลาด", "ผู้อำนวยการ",
                                      "คำสั่งที่ 12/2569"))
    assert rows(ctx) == []
    assert rows(ctx, include_disposed=True)[0].disposed_on == D(2026, 9, 1)
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: record_usage(uow, code, D(2026, 9, 2), Decimal(1), "teaching"))
    assert caught.value.code == "asset_disposed"


def test_purchase_with_used_assets_cannot_be_deleted(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    result = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, asset_line(1, 10_000))))[0]
    ctx.run(lambda uow: record_usage(uow, result.asset_codes[0], D(2026, 2, 1), Decimal(1), "teaching"))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: delete_purchase(uow, result.id, result.version))
    assert (caught.value.code, caught.value.params["value"]) == ("asset_has_history", result.asset_codes[0])
    assert len(rows(ctx)) == 1


def test_edit_details_with_version_check(ctx: AppContext) -> None:
    room = add_room(ctx, "LAB-2")
    code = ctx.run(lambda uow: register_asset(uow, "7440-001", D(2026, 1, 10), 1_000_000, AssetDetails("จอภาพ")))[0]
    version = rows(ctx)[0].version
    details = AssetDetails("จอภาพ 27 นิ้ว", model="P27", serial_no="SN-1", location_id=room,
                           warranty_until=D(2029, 1, 9))
    new_version = ctx.run(lambda uow: edit_asset(uow, code, version, details))[0]
    assert new_version > version and rows(ctx, location_id=room)[0].name == "จอภาพ 27 นิ้ว"
    with pytest.raises(Conflict):
        ctx.run(lambda uow: edit_asset(uow, code, version, details))


def test_loans_to_rooms_and_departments_and_the_overdue_list(ctx: AppContext) -> None:
    lab = add_room(ctx, "LAB-9", "ห้องปฏิบัติการไฟฟ้า")
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Department), [{"code": "ELEC", "name_th": "แผนกวิชาช่างไฟฟ้ากำลัง",
                                                  "is_technical": True, "version": 1}])
        department = int(uow.session.scalar(select(Department.id)) or 0)
    first, second, third = (ctx.run(lambda uow, name=name: register_asset(uow, "5820-001", D(2026, 1, 5), 500_000,
                                                                          AssetDetails(name)))[0]
                            for name in ("มัลติมิเตอร์", "ออสซิลโลสโคป", "แหล่งจ่ายไฟ"))
    ctx.run(lambda uow: check_out(uow, first, Holder("room", location_id=lab), D(2026, 2, 1), D(2026, 2, 5)))
    ctx.run(lambda uow: check_out(uow, second, Holder("department", department_id=department), D(2026, 2, 3),
                                  D(2026, 2, 20)))
    ctx.run(lambda uow: check_out(uow, third, Holder("person", name="นายสมศักดิ์ ช่างเก่ง"), D(2026, 2, 4)))
    with ctx.db.read() as session:
        loans = open_loans(session, ctx.actor, D(2026, 2, 10))
    assert [(loan.code, loan.holder, loan.days_overdue) for loan in loans] == [
        (first, "ห้องปฏิบัติการไฟฟ้า", 5), (second, "แผนกวิชาช่างไฟฟ้ากำลัง", 0), (third, "นายสมศักดิ์ ช่างเก่ง", 0)]
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: check_out(uow, first, Holder("room"), D(2026, 2, 11)))
    assert caught.value.code == "asset_already_out"


def test_a_disposed_item_keeps_its_book_value_at_disposal(ctx: AppContext) -> None:
    code = ctx.run(lambda uow: register_asset(uow, "7440-001", D(2025, 10, 1), 1_095_100, AssetDetails("แท็บเล็ต")))[0]
    ctx.run(lambda uow: dispose_asset(uow, code, D(2026, 9, 30), "สูญหาย", "ตัดจากบัญชี", "ผู้อำนวยการ"))
    # 3-year life: 10,950 / 3 = 3,650 baht a year; disposed after exactly one year, the register stops there.
    assert rows(ctx, as_of=D(2028, 1, 1), include_disposed=True)[0].book_value == 1_095_100 - 365_000
