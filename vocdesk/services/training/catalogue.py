"""The public course catalogue: courses with their runs still to come (dates, days, time, fee, seats left)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.training import DAY_NAMES, format_minutes
from vocdesk.domain.training_money import baht_text
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.training.courses import list_courses
from vocdesk.services.training.run_listing import open_runs

DAYS_TH = dict(zip(DAY_NAMES, ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."), strict=True))
HEADERS = ("รหัส", "หลักสูตร", "ชั่วโมง", "ค่าธรรมเนียม (บาท)", "รุ่น", "วันที่", "วัน", "เวลา", "ห้อง", "ที่ว่าง")


def catalogue_rows(session: Session, actor: Actor, today: dt.date) -> list[list[str]]:
    """One line per run still to come; a course with none is listed once without dates."""
    require(actor, "training.view")
    runs: dict[str, list[Any]] = {}
    for run in open_runs(session, actor, today):
        runs.setdefault(run.course_code, []).append(run)
    rows: list[list[str]] = []
    for course in list_courses(session, actor):
        fee = baht_text(course.fee_satang) if course.fee_satang else "ฟรี"
        head = [course.code, course.name_th, str(course.hours), fee]
        for run in runs.get(course.code, []) or [None]:
            if run is None:
                rows.append([*head, "", "", "", "", "", ""])
                continue
            days = " ".join(DAYS_TH.get(d, d) for d in run.days.split(","))
            rows.append([*head, run.key, f"{format_be_short(run.first_day)}–{format_be_short(run.last_day)}", days,
                         f"{format_minutes(run.start_min)}–{format_minutes(run.end_min)}", run.room,
                         str(max(run.capacity - run.enrolled, 0))])
    return rows


def write_catalogue_xlsx(session: Session, actor: Actor, today: dt.date, out: Path) -> int:
    from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx

    widths: Sequence[float] = (12, 34, 8, 16, 12, 24, 10, 13, 10, 8)
    return write_xlsx(out, [SheetSpec("หลักสูตรระยะสั้น", [SheetColumn(h, w) for h, w in zip(HEADERS, widths,
                                                                                             strict=True)],
                                      catalogue_rows(session, actor, today))])


class CatalogueReport:
    name = "training-catalogue"
    description_th = "หลักสูตรอบรมระยะสั้นที่เปิดรับ (สำหรับประชาสัมพันธ์)"
    description_en = "Public catalogue of short courses open for enrolment"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("the catalogue needs a ReportRequest")
        context = data_source.context
        with context.db.read() as session:
            rows = catalogue_rows(session, context.actor, context.today())
        columns = [Column(HEADERS[0], 1.7), Column(HEADERS[1], 3.0), Column(HEADERS[2], 0.8, "right"),
                   Column(HEADERS[3], 1.6, "right"), Column(HEADERS[4], 1.8), Column(HEADERS[5], 3.0),
                   Column(HEADERS[6], 0.9), Column(HEADERS[7], 1.6), Column(HEADERS[8], 0.9),
                   Column(HEADERS[9], 0.8, "right")]

        def story(kit: Any) -> list[Any]:
            return [kit.heading("หลักสูตรอบรมระยะสั้นที่เปิดรับสมัคร"), kit.table(columns, rows, 11)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)
