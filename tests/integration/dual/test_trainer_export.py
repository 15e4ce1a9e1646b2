"""The trainers export: the trainers import's headers, one row per trainer with its last certificate, and a file
that imports back with every row unchanged and no certificate added."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.factories.dual import TAX_IDS
from vocdesk.persistence.models import DualTrainerCertificate
from vocdesk.services.core.context import AppContext, UnitOfWork
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise
from vocdesk.services.dual.trainers import add_certificate, add_trainer
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file


def _register(ctx: AppContext) -> None:
    def work(uow: UnitOfWork) -> None:
        first = add_enterprise(uow, EnterpriseInput(TAX_IDS[0], "บริษัท ช่างไทย จำกัด"))
        second = add_enterprise(uow, EnterpriseInput(TAX_IDS[1], "บริษัท อาหารดี จำกัด"))
        chief = add_trainer(uow, first, "นายสมศักดิ์ ช่างดี", "หัวหน้าช่าง", "0812345678", "som@example.com",
                            "ปวส. ช่างยนต์")
        add_certificate(uow, chief, dt.date(2019, 6, 1), "course", "ครฝ.9/2562")
        add_certificate(uow, chief, dt.date(2024, 6, 1), "test", "ครฝ.5/2567")
        add_trainer(uow, second, "นางวิไล ไม่มีใบ", "ผู้จัดการครัว")
    ctx.run(work)


def test_the_trainers_export_imports_back_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    _register(ctx)
    out = tmp_path / "trainers.xlsx"
    result = run_export(ctx, "trainers", out)
    assert result.rows == 2
    sheet = load_workbook(out).active
    assert sheet.title == "ครูฝึก"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["เลขประจำตัวผู้เสียภาษี", "ครูฝึก", "ตำแหน่ง"]
    by_name = {row[1]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    chief = by_name["นายสมศักดิ์ ช่างดี"]
    assert (chief["เลขประจำตัวผู้เสียภาษี"], chief["เลขที่ใบรับรอง"], chief["ประเภทใบรับรอง"]) == (
        TAX_IDS[0], "ครฝ.5/2567", "ทดสอบ")
    assert [chief[h] for h in ("ตำแหน่ง", "โทรศัพท์", "อีเมล", "คุณวุฒิ")] == [
        "หัวหน้าช่าง", "0812345678", "som@example.com", "ปวส. ช่างยนต์"]
    assert by_name["นางวิไล ไม่มีใบ"]["เลขที่ใบรับรอง"] in ("", None)
    with ctx.db.read() as session:
        before = session.scalar(select(func.count(DualTrainerCertificate.id)))
    again = import_file(ctx, "trainers", out, commit=True).report
    assert (again.imported, again.updated, again.unchanged, again.errors) == (0, 0, 2, [])
    with ctx.db.read() as session:
        assert session.scalar(select(func.count(DualTrainerCertificate.id))) == before == 2
