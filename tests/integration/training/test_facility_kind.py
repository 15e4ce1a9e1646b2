"""Facilities to Excel and back: an untouched export re-imports unchanged; an edited cell is an update."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import insert, select

from tests.factories.training import add_place
from vocdesk.persistence.models import Facility, Location
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file


def places(ctx: AppContext) -> Path:
    add_place(ctx, "W1", seats=18, before=15, after=30, hours="mon-fri=17:00-21:00;sat=08:00-16:00")
    add_place(ctx, "LAB 2", kind="lab", seats=None, approver="administrator")
    with ctx.unit_of_work() as uow:  # a store the equipment officer keeps: no facility, not exported
        uow.session.execute(insert(Location), [{"code": "STORE", "name_th": "พัสดุ", "kind": "store", "version": 1}])
    return ctx.paths.data_dir / "facilities.xlsx"


def cells(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_an_untouched_export_reimports_unchanged(ctx: AppContext) -> None:
    path = places(ctx)
    assert run_export(ctx, "facilities", path).rows == 2
    rows = cells(path)
    assert rows[0][:4] == ["รหัสสถานที่", "ชื่อสถานที่", "ประเภทสถานที่", "ที่นั่ง"]
    assert rows[1] == ["LAB 2", "ห้อง LAB 2", "ห้องปฏิบัติการ", None, 0, 0, None, "ผู้ดูแลระบบ", "ใช่"]
    assert rows[2] == ["W1", "ห้อง W1", "โรงฝึกงาน", 18, 15, 30, "mon-fri=17:00-21:00;sat=08:00-16:00",
                       "เจ้าหน้าที่ศูนย์ฝึกอบรม", "ใช่"]
    report = import_file(ctx, "facilities", path, commit=False).report
    assert (report.rows, report.unchanged, report.would_import, report.would_update) == (2, 2, 0, 0)
    assert report.findings == ()


def test_an_edited_sheet_updates_what_changed_and_refuses_bad_hours(ctx: AppContext) -> None:
    path = places(ctx)
    run_export(ctx, "facilities", path)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["D3"], sheet["I2"] = 25, "ไม่"  # W1 gets 25 seats; LAB 2 closes to bookings
    book.save(path)
    preview = import_file(ctx, "facilities", path, commit=False).report
    assert {c.key: c.fields for c in preview.changes} == {"W1": {"seats": (18, 25)},
                                                          "LAB 2": {"bookable": ("yes", "no")}}
    done = import_file(ctx, "facilities", path, commit=True).report
    assert (done.committed, done.updated) == (True, 2)
    with ctx.db.read() as session:
        saved = dict(session.execute(select(Location.code, Facility.seats).join(Facility)).all())
        bookable = dict(session.execute(select(Location.code, Location.is_bookable)).all())
    assert saved == {"W1": 25, "LAB 2": None} and bookable["LAB 2"] is False
    sheet["G3"] = "weekends"
    book.save(path)
    refused = import_file(ctx, "facilities", path, commit=True).report
    assert not refused.committed
    assert [(f.row, f.column, f.code) for f in refused.errors] == [(3, "bookableHours", "facility_hours_invalid")]
