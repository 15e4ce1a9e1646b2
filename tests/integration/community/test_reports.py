"""The claim slip (A6, QR code of the job number only) and the service-hours transcript, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.factories.community import FLOOD_START, flood_point, job, people
from tests.factories.kinds import need_poppler, page_texts, squeeze
from tests.qr_scan import qr_on_first_page
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.community.progress import add_minutes
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.reports import ReportRequest, all_reports


def _build(ctx: AppContext, name: str, out: Path, **params: str) -> Path:
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคหาดใหญ่", printed=FLOOD_START)
    all_reports().get(name).build(ReportRequest(ctx, params), out, options, lambda d, t: None, lambda: False)
    return out


def test_the_claim_slip_is_a6_and_its_qr_code_carries_only_the_job_number(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    if shutil.which("zbarimg") is None:
        pytest.skip("zbar-tools (zbarimg) is not installed: apt-get install zbar-tools")
    flood_point(ctx)
    label = job(ctx, category="ords:17", problem="ตู้เย็นจมน้ำ ไฟไม่เข้า", brand="ชาร์ป", owner_phone="0812345678",
                terms_acknowledged=True)
    pdf = _build(ctx, "fixit-claim-slip", tmp_path / "slip.pdf", job=label)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "297.638 x 419.528 pts" in info and re.search(r"^Pages:\s+1$", info, re.M)  # A6: 105 × 148 mm
    text = squeeze(page_texts(pdf)[0])
    for expected in ("HY1-2569-0001", "นางสาวมาลีศรีสุข", "0812345678", "ตู้เย็นจมน้ำไฟไม่เข้า", "ชาร์ป",
                     "เจ้าของรับทราบและยอมรับแล้ว"):
        assert expected in text
    assert qr_on_first_page(pdf, tmp_path, dpi=200) == "VOCDESK-FIXIT:HY1-2569-0001"


def test_the_transcript_lists_each_point_and_the_total(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    people(ctx, "6620001")
    flood_point(ctx)
    first, second = job(ctx), job(ctx, day=FLOOD_START + dt.timedelta(days=1))
    ctx.run(lambda uow: add_minutes(uow, first, 150, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, second, 120, learner="6620001", worked_on=FLOOD_START + dt.timedelta(days=1)))
    pdf = _build(ctx, "service-hours", tmp_path / "hours.pdf", learner="6620001")
    laid_out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    rows = [line.split() for line in laid_out.splitlines()]
    assert ["ผู้เรียน", "สมชาย", "ใจดี0", "รหัสประจำตัว", "6620001"] in rows
    assert ["1", "จุดซ่อมน้ำท่วมหาดใหญ่", "29/11/2568", "30/11/2568", "4.5"] in rows and ["รวม", "4.5"] in rows
