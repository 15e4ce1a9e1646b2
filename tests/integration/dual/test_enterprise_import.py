"""Enterprises from Excel: new ones inserted, changed fields shown before an update, a bad tax ID stops the file;
the register exported imports back unchanged; `vocdesk enterprise import` keeps the import's JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

from tests.factories.dual import TAX_IDS
from tests.integration.dual.test_dual_cli import run_cli
from vocdesk.bootstrap import open_app
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise, list_enterprises
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file

HEADERS = ["เลขประจำตัวผู้เสียภาษี", "ชื่อสถานประกอบการ", "สาขา", "รหัส TSIC", "จังหวัด", "ขนาด"]


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "สถานประกอบการ"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_new_and_changed_enterprises_and_an_export_that_imports_back_unchanged(ctx: AppContext,
                                                                               tmp_path: Path) -> None:
    ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput(TAX_IDS[0], "บริษัท เดิม จำกัด", province="ชลบุรี")))
    rows: list[list[object]] = [[TAX_IDS[0], "บริษัท เดิม จำกัด", "0", "", "ระยอง", "ใหญ่"],
                                [int(TAX_IDS[1]), "บริษัท ใหม่ จำกัด", 1, "29301", "ชลบุรี", "ขนาดกลาง"]]
    preview = import_file(ctx, "enterprises", _book(tmp_path / "e.xlsx", rows), commit=False).report
    assert (preview.would_import, preview.would_update, preview.errors) == (1, 1, [])
    assert preview.as_json("en")["changes"] == [{"row": 2, "key": TAX_IDS[0],
                                                 "fields": {"province": ["ชลบุรี", "ระยอง"], "sizeBand": ["", "large"]}}]
    done = import_file(ctx, "enterprises", tmp_path / "e.xlsx", commit=True).report
    assert (done.imported, done.updated) == (1, 1)
    stored = {e.tax_id: e for e in ctx.run(list_enterprises)[0]}
    assert (stored[TAX_IDS[1]].branch, stored[TAX_IDS[1]].size_band, stored[TAX_IDS[0]].province) == (
        "00001", "medium", "ระยอง")
    run_export(ctx, "enterprises", tmp_path / "out.xlsx")
    again = import_file(ctx, "enterprises", tmp_path / "out.xlsx", commit=True).report
    assert (again.imported, again.updated, again.unchanged, again.errors) == (0, 0, 2, [])


def test_the_command_reports_a_bad_tax_id_and_exits_one(tmp_path: Path) -> None:
    home = tmp_path / "h"
    open_app(str(home)).context.db.dispose()
    path = _book(tmp_path / "bad.xlsx", [[TAX_IDS[2], "บริษัท ดี จำกัด", "", "", "", ""],
                                         ["0105536112015", "บริษัท ผิด จำกัด", "", "", "", ""]])
    done = run_cli(home, "enterprise", "import", str(path), "--json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert [(e["row"], e["code"]) for e in report["errors"]] == [(3, "dual.tax_id_invalid")]
    assert report["committed"] is False and report["imported"] == 0
    ok = run_cli(home, "enterprise", "import", str(_book(tmp_path / "ok.xlsx", [[TAX_IDS[2], "บริษัท ดี จำกัด", "", "",
                                                                                 "", ""]])), "--dry-run", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["would_import"] == 1


def test_trainers_import_with_their_certificates_once(ctx: AppContext, tmp_path: Path) -> None:
    from sqlalchemy import select

    from vocdesk.persistence.models import DualTrainerCertificate
    from vocdesk.services.dual.trainers import list_trainers

    ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput(TAX_IDS[0], "บริษัท เดิม จำกัด")))
    book = Workbook()
    sheet = book.active
    sheet.append(["เลขประจำตัวผู้เสียภาษี", "ครูฝึก", "ตำแหน่ง", "วันที่ได้รับใบรับรอง", "เลขที่ใบรับรอง"])
    sheet.append([TAX_IDS[0], "นายสมศักดิ์ ช่างดี", "หัวหน้าช่าง", "15/1/2569", "ครฝ.1/2569"])
    sheet.append([TAX_IDS[1], "นางสาวไม่มี บริษัท", "", "", ""])
    sheet.append([TAX_IDS[0], "นางวิไล ไม่มีใบ", "วิศวกร", "", ""])
    book.save(tmp_path / "t.xlsx")
    first = import_file(ctx, "trainers", tmp_path / "t.xlsx", commit=True, skip_invalid=True).report
    assert [(f.row, f.code) for f in first.errors] == [(3, "dual.import_enterprise_unknown")] and first.imported == 2
    rows = {t.name: t for t in ctx.run(lambda uow: list_trainers(uow))[0]}
    assert rows["นายสมศักดิ์ ช่างดี"].certificate_until is not None
    assert rows["นายสมศักดิ์ ช่างดี"].certificate_until.isoformat() == "2031-01-14"
    assert rows["นางวิไล ไม่มีใบ"].certificate_until is None
    again = import_file(ctx, "trainers", tmp_path / "t.xlsx", commit=True, skip_invalid=True).report
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    with ctx.db.read() as session:
        assert len(list(session.scalars(select(DualTrainerCertificate.id)))) == 1
