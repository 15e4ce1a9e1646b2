"""Facility-use report: per facility and month, hours booked against hours the timetable leaves free."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories.kinds import need_poppler, page_texts
from tests.factories.training import add_place, add_term_lessons
from vocdesk.domain.training import parse_window
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.reports import ReportRequest, all_reports
from vocdesk.services.training.booking import BookingRequest, book


def test_december_of_a_saturday_workshop(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    add_place(ctx, "W1", hours="sat=08:00-16:00")
    add_place(ctx, "W2", hours="sun=09:00-12:00")
    add_term_lessons(ctx, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12),
                     [("sat", "08:00-10:00", "W1", "งานเชื่อม")])
    weekly = BookingRequest("W1", dt.date(2026, 12, 1), dt.date(2026, 12, 31), (5,), parse_window("10:00-12:00"),
                            "อบรมช่างเชื่อม")
    ctx.run(lambda uow: book(uow, weekly))
    request = BookingRequest("W2", dt.date(2026, 12, 6), dt.date(2026, 12, 6), (6,), parse_window("09:00-12:00"),
                             "ยังไม่อนุมัติ", state="requested")
    ctx.run(lambda uow: book(uow, request))
    out = tmp_path / "use.pdf"
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยทดสอบ", printed=ctx.today())
    all_reports().get("facility-use").build(ReportRequest(ctx, {"from": "2026-12-01", "to": "2026-12-31"}), out,
                                            options, lambda d, t: None, lambda: False)
    text = " ".join(" ".join(page.split()) for page in page_texts(out))
    assert "การใช้สถานที่ฝึกอบรม 01/12/2569 – 31/12/2569" in text
    # Saturdays 12, 19, 26 Dec (5 Dec is a holiday): 3 × (8 h open − 2 h lesson) = 18 h free, 3 × 2 h booked.
    assert "W1 ห้อง W1 6 / 18 (33%) 6 / 18 (33%)" in text
    # Sundays 6, 13, 20, 27 Dec × 3 h; a request awaiting approval is not use yet.
    assert "W2 ห้อง W2 – / 12 – / 12" in text
    assert "จองไปแล้ว 6 ชั่วโมง จากเวลาว่างจากตารางเรียน 30 ชั่วโมง (20.0%) จองมากที่สุด: W1" in text
