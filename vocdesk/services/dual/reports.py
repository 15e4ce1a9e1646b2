"""PDF reports of the dual follow-up: a teacher's travel claim for a month of visits; the weekly logbook sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_long, format_be_short, parse_thai_date
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import Teacher
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.assessment_form import AssessmentFormReport
from vocdesk.services.dual.sheet_report import LogbookSheetReport
from vocdesk.services.dual.visits import list_visits
from vocdesk.services.kinds.reports import ReportRequest

MODE_TH = {"onsite": "ณ สถานประกอบการ", "online": "ออนไลน์", "partner": "ผู้ร่วมมือต่างประเทศ"}
STATE_TH = {"normal": "ปกติ", "follow": "ต้องติดตาม", "lost": "ขาดการติดต่อ"}


def _month(request: ReportRequest) -> dt.date:
    raw = request.params.get("month", "")
    parsed = parse_thai_date(raw if len(raw) > 7 else f"{raw}-01") if raw else None
    if parsed is None:
        raise ValidationFailed("invalid", field="month", value=raw)
    return parsed.date.replace(day=1)


class TravelClaimReport:
    name = "dual-travel-claim"
    description_th = "ใบเบิกค่าพาหนะการนิเทศนักศึกษาระบบทวิภาคี (รายครู รายเดือน)"
    description_en = "Travel claim sheet of one teacher's supervision visits in a month (params teacher, month)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("dual reports need a ReportRequest")
        ctx = data_source.context
        require(ctx.actor, "reports.print")
        teacher_id, month = data_source.int_param("teacher", 0), _month(data_source)
        with ctx.db.read() as session:
            teacher = session.get(Teacher, teacher_id)
            if teacher is None:
                raise NotFound(what=f"teacher #{teacher_id}", field="teacher")
            name = f"{teacher.prefix}{teacher.first_name_th} {teacher.last_name_th}"
        visits = ctx.run(lambda uow: list_visits(uow, teacher_id=teacher_id, month=month))[0]
        rows = [[str(i), format_be_short(v.visited_on), f"{v.learner} ({v.student_code})", v.enterprise,
                 MODE_TH.get(v.mode, v.mode), f"{v.minutes // 60}:{v.minutes % 60:02d}", STATE_TH.get(v.state, ""),
                 format_baht(v.travel_satang)] for i, v in enumerate(visits, 1)]
        total = sum(v.travel_satang for v in visits)
        title = f"ใบเบิกค่าพาหนะการนิเทศ เดือน{format_be_long(month, thai_digits=False).split(' ', 1)[1]}"

        def story(kit: Any) -> list[Any]:
            return [kit.heading(title),
                    kit.paragraph(f"ครูนิเทศก์ {name}  จำนวน {len(visits)} ครั้ง  รวมค่าพาหนะ {format_baht(total)} บาท",
                                  14, space_after=6),
                    kit.table([Column("ที่", 0.6, "centre"), Column("วันที่", 1.6, "centre"), Column("ผู้เรียน", 3.6),
                               Column("สถานประกอบการ", 4), Column("รูปแบบ", 2.8), Column("เวลา", 1, "centre"),
                               Column("สถานะ", 1.8), Column("ค่าพาหนะ (บาท)", 1.8, "right")],
                              rows or [["", "", "ไม่มีการนิเทศในเดือนนี้", "", "", "", "", ""]], 11),
                    kit.space(24),
                    kit.paragraph("ลงชื่อ ........................................ ผู้เบิก"
                                  "          ลงชื่อ ........................................ ผู้อนุมัติ", 14),
                    kit.paragraph(f"({name})", 14)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


PDF_REPORTS = (TravelClaimReport(), LogbookSheetReport(), AssessmentFormReport())
