"""The asset register goes out to Excel and comes back: new items, updates by code, refusals, balances untouched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.factories.equipment import add_grant, add_room, asset_line, assets_workbook, balance, purchase
from vocdesk.persistence.models import Asset
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.export import export_grants, export_register, run_equipment_export
from vocdesk.services.equipment.purchases import record_purchase
from vocdesk.services.kinds.imports import import_file

D = dt.date


def test_import_new_items_then_update_them(ctx: AppContext, tmp_path: Path) -> None:
    add_room(ctx, "W-101")
    add_room(ctx, "W-102")
    first = assets_workbook(tmp_path / "old.xlsx", [
        ["7110-001-0001/60", "โต๊ะทำงาน", "7110-001", "12/03/2560", "6,500", "เงินงบประมาณ", "w-101", "ดี"],
        ["๗๔๔๐-๐๐๑-๐๐๐๑/๖๕", "คอมพิวเตอร์", "7440-001", D(2022, 1, 5), 18500.5, "เงินบริจาค", "W-102", "ชำรุด"],
        ["9999-0001", "ไม่ทราบประเภท", "9999-999", "1/1/2565", "100", "", "W-101", "ดี"],
        ["3400-001-0009/66", "เครื่องเจาะ", "3400-001", "1/1/2566", "5,000.123", "", "W-999", "ดี"],
    ])
    run = import_file(ctx, "equipment", first, commit=True)
    assert not run.report.committed  # rows with errors: nothing saved
    problems = {(f.row, f.column, f.code) for f in run.report.errors}
    assert problems == {(5, "categoryCode", "import_category_unknown"), (6, "cost", "import_number_invalid"),
                        (6, "locationCode", "import_location_unknown")}
    run = import_file(ctx, "equipment", first, commit=True, skip_invalid=True)
    assert (run.report.imported, run.report.updated) == (2, 0)
    with ctx.db.read() as session:
        items = {a.code: (a.acquired_on, a.cost_satang, a.fiscal_year, a.condition, a.funding_source)
                 for a in session.scalars(select(Asset))}
    assert items == {"7110-001-0001/60": (D(2017, 3, 12), 650_000, 2560, "good", "เงินงบประมาณ"),
                     "7440-001-0001/65": (D(2022, 1, 5), 1_850_050, 2565, "damaged", "เงินบริจาค")}

    second = assets_workbook(tmp_path / "moved.xlsx", [
        ["7440-001-0001/65", "คอมพิวเตอร์", "7440-001", D(2022, 1, 5), 18500.5, "เงินบริจาค", "W-101", "ส่งซ่อม"]])
    run = import_file(ctx, "equipment", second, commit=True)
    assert (run.report.imported, run.report.updated) == (0, 1)
    assert run.report.changes[0].fields == {"locationCode": ("W-102", "W-101"), "condition": ("ชำรุด", "ส่งซ่อม")}


def test_export_reimports_unchanged_and_purchased_items_keep_their_cost(ctx: AppContext, tmp_path: Path) -> None:
    room = add_room(ctx, "W-101")
    grant_id = add_grant(ctx)
    line = asset_line(2, 45_000)
    located = type(line)(**{**line.__dict__, "location_id": room})
    codes = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, located)))[0].asset_codes
    before = balance(ctx, grant_id)
    out = tmp_path / "register.xlsx"
    result = run_equipment_export(ctx, lambda s: export_register(s, ctx.actor, out, D(2026, 9, 30)))
    assert result.rows == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [cell.value for cell in sheet[2]][:3] == [codes[0], "เครื่องวิเคราะห์แบตเตอรี่", "3400-001"]
    again = import_file(ctx, "equipment", out, commit=True)
    assert (again.report.errors, again.report.unchanged, again.report.imported, again.report.updated) == ([], 2, 0, 0)
    # Changing what the purchase fixed (the cost) is refused for that row; the grant's balance never moves.
    sheet.cell(row=2, column=7, value=1.0)
    sheet.parent.save(out)
    refused = import_file(ctx, "equipment", out, commit=True)
    assert [(f.row, f.column, f.code) for f in refused.report.errors] == [(2, "cost", "import_asset_from_purchase")]
    assert balance(ctx, grant_id) == before


def test_grants_export_has_summary_and_lines(ctx: AppContext, tmp_path: Path) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)
    ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, asset_line(1, 10_000))))
    out = tmp_path / "grants.xlsx"
    result = run_equipment_export(ctx, lambda s: export_grants(s, ctx.actor, out))
    assert result.rows == 2
    book = openpyxl.load_workbook(out)
    grants, lines = book["เงินอุดหนุน"], book["รายการจัดซื้อ"]
    assert [c.value for c in grants[2]][5:] == [100_000, 0, 10_700, 89_300]
    assert [c.value for c in lines[2]][-4:] == [7, 10_000, 700, 10_700]


def test_new_codes_skip_labels_already_imported(ctx: AppContext, tmp_path: Path) -> None:
    add_room(ctx, "W-101")
    book = assets_workbook(tmp_path / "labels.xlsx", [
        ["3400-001-0002/69", "เครื่องกลึงเดิม", "3400-001", "5/11/2568", "90,000", "เงินงบประมาณ", "W-101", "ดี"]])
    assert import_file(ctx, "equipment", book, commit=True).report.imported == 1
    grant_id = add_grant(ctx)
    codes = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, asset_line(2, 1_000))))[0].asset_codes
    assert codes == ["3400-001-0003/69", "3400-001-0004/69"]
