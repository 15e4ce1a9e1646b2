"""The weekly logbook sheet (PDF) a learner takes to the enterprise: the week's training days, a QR of the week."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from vocdesk.domain.dual.logbook import monday_of, training_days
from vocdesk.domain.dual.sheet_code import sheet_code
from vocdesk.domain.thai_dates import format_be_long, parse_thai_date
from vocdesk.errors import ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import DualTrainer, Enterprise, Learner
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_common import last_day, shifts_of, started_placement
from vocdesk.services.dual.plans import placement_plan
from vocdesk.services.kinds.reports import ReportRequest

WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


def qr(text: str, size: float = 90) -> Drawing:
    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


class LogbookSheetReport:
    name = "dual-logbook-sheet"
    description_th = "แบบบันทึกการฝึกอาชีพรายสัปดาห์ (พร้อมรหัส QR ของสัปดาห์)"
    description_en = "Weekly training logbook sheet with a QR code of placement and week (params placement, week)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("dual reports need a ReportRequest")
        ctx = data_source.context
        require(ctx.actor, "reports.print")
        parsed = parse_thai_date(data_source.params.get("week", ""))
        if parsed is None:
            raise ValidationFailed("invalid", field="week", value=data_source.params.get("week", ""))
        week = monday_of(parsed.date)
        with ctx.unit_of_work() as uow:
            require(uow.actor, "dual.view")
            p = started_placement(uow.session, data_source.int_param("placement", 0))
            learner, enterprise = uow.session.get(Learner, p.learner_id), uow.session.get(Enterprise, p.enterprise_id)
            trainer = uow.session.get(DualTrainer, p.trainer_id)
            days = training_days(week, p.start_date, last_day(p), shifts_of(uow.session, p.id))
            code, placement_id = sheet_code(p.id, week), p.id
            plan = [f"#{t.id} {t.main_task}{' — ' + t.sub_task if t.sub_task else ''} ({t.hours} ชม.)"
                    for t in placement_plan(uow, p.id)]
        assert learner is not None and enterprise is not None and trainer is not None
        who = (f"ผู้เรียน {learner.first_name_th} {learner.last_name_th} รหัส {learner.student_code}  "
               f"สถานประกอบการ {enterprise.name_th}  ครูฝึก {trainer.name}")
        period = f"สัปดาห์ {format_be_long(week)} ถึง {format_be_long(week + dt.timedelta(days=6))}"
        rows = [[WEEKDAYS[d.weekday()], format_be_long(d, abbreviated=True), "[   ] มา   [   ] ขาด   [   ] ลา",
                 f"{m // 60}:{m % 60:02d}", ""] for d, m in days]

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"บันทึกการฝึกอาชีพ {period}"), kit.paragraph(who, 13, space_after=4), qr(code),
                    kit.paragraph(f"รหัสสัปดาห์ {code}  (การฝึก #{placement_id})", 10, space_after=6),
                    kit.table([Column("วัน", 1.6), Column("วันที่", 1.8, "centre"), Column("การมาฝึก", 3),
                               Column("ชั่วโมงตามแผน", 1.6, "centre"), Column("งานที่ฝึก / ชั่วโมงจริง", 7)],
                              rows or [["", "", "ไม่มีวันฝึกในสัปดาห์นี้", "", ""]], 12),
                    *([kit.paragraph("งานตามแผนการฝึก (เขียนรหัสงาน=ชั่วโมง เช่น #12=8 ในช่องงานที่ฝึก): "
                                     + "   ".join(plan), 11, space_before=6)] if plan else []),
                    kit.space(28),
                    kit.paragraph("ลงชื่อ ........................................ ครูฝึก   วันที่ ..................."
                                  "        ลงชื่อ ........................................ ผู้เรียน", 13)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)
