"""The point's aggregate for OVEC as a PDF: per day items by type, completed, parts against the allowance, people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.io.pdf import Column, ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.services.community.daily import TYPES, point_report
from vocdesk.services.community.reports import request_of


class PointDailyReport:
    name = "fixit-point-daily"
    description_th = "รายงานผลการให้บริการของจุดบริการรายวัน (รับ–ซ่อมเสร็จ ค่าอะไหล่เทียบวงเงิน ผู้ปฏิบัติงาน)"
    description_en = "A service point's daily aggregate: items received and completed, parts against the allowance, " \
                     "people on duty; summaries by category, outcome and barrier (param point)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = request_of(data_source)
        with request.context.db.read() as session:
            report = point_report(session, request.context.actor, request.params.get("point", ""))
        columns = [Column("วันที่", 2.0, "centre"), *(Column(t, 2.2, "right") for t in TYPES),
                   Column("ส่งคืน", 1.4, "right"), Column("ค่าอะไหล่", 2.0, "right"),
                   Column("วงเงิน", 2.0, "right"), Column("ผู้เรียน", 1.4, "right"), Column("ครู", 1.1, "right")]
        rows = [[format_be_short(d.day), *(str(d.received.get(t, 0)) for t in TYPES), str(d.completed),
                 format_baht(d.parts_satang), format_baht(d.budget_satang), str(d.learners), str(d.teachers)]
                for d in report.days]
        totals = [sum(d.received.get(t, 0) for d in report.days) for t in TYPES]
        rows.append(["รวม", *map(str, totals), str(sum(d.completed for d in report.days)),
                     format_baht(sum(d.parts_satang for d in report.days)),
                     format_baht(sum(d.budget_satang for d in report.days)), "", ""])
        summary = [[kind, name, f"{count:,}"] for kind, pairs in (
            ("ประเภทสิ่งของ", report.by_category), ("ผลการซ่อม", report.by_outcome), ("อุปสรรค (ORDS)",
                                                                                  report.by_barrier))
            for name, count in pairs]

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"ผลการให้บริการ {report.name} ({report.code})"),
                    kit.paragraph(f"วงเงินค่าอะไหล่ {format_baht(report.allowance_satang)} บาทต่อชิ้น", 12,
                                  space_after=6),
                    kit.table(columns, rows, 10), kit.space(10), kit.heading("สรุปตามประเภท ผลการซ่อม และอุปสรรค", 14),
                    kit.table([Column("หมวด", 3), Column("รายการ", 9), Column("จำนวน", 2, "right")], summary, 10)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


PDF_REPORTS = (PointDailyReport(),)
