"""PDF reports of the dual system: placements by enterprise, and what is about to lapse (MOUs, certificates, load)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from vocdesk.domain.thai_dates import format_be_short
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.alerts import dual_alerts
from vocdesk.services.dual.listing import list_placements
from vocdesk.services.dual.trainers import list_trainers
from vocdesk.services.kinds.reports import ReportRequest

STATUS_TH = {"draft": "ร่าง", "active": "กำลังฝึก", "completed": "ฝึกครบ", "ended": "ยุติก่อนกำหนด"}


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("dual reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    return data_source


class PlacementsReport:
    name = "dual-placements"
    description_th = "การฝึกอาชีพระบบทวิภาคี รายสถานประกอบการ (param status: draft/active/completed/ended)"
    description_en = "Dual placements by enterprise (param status: draft/active/completed/ended)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        status = request.params.get("status") or None
        rows_, _ = request.context.run(lambda uow: list_placements(uow, status))
        rows = sorted(rows_, key=lambda r: (r.enterprise, r.start_date, r.student_code))
        by_enterprise = Counter(r.enterprise for r in rows)
        columns = [Column("สถานประกอบการ", 4.5), Column("รหัสนักศึกษา", 2), Column("ผู้เรียน", 3.5),
                   Column("ครูฝึก", 3), Column("ครูนิเทศก์", 3), Column("เริ่ม", 1.8, "centre"),
                   Column("สิ้นสุด", 1.8, "centre"), Column("สถานะ", 2)]
        table = [[r.enterprise, r.student_code, r.learner, r.trainer, r.supervisor, format_be_short(r.start_date),
                  format_be_short(r.end_date), STATUS_TH.get(r.status, r.status)] for r in rows]
        statuses = Counter(r.status for r in rows)
        summary = " · ".join(f"{STATUS_TH[s]} {statuses[s]}" for s in STATUS_TH if statuses[s])

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"การฝึกอาชีพ {len(rows)} รายการ ในสถานประกอบการ {len(by_enterprise)} แห่ง"),
                    kit.paragraph(summary or "ไม่มีการฝึกอาชีพ", 13, space_after=6),
                    kit.table(columns, table, 10) if table else kit.paragraph("-", 13)]
        return render_report(out_path, options, self.description_th.split(" (")[0], story, progress, cancel,
                             landscape=True)


class LapsingReport:
    name = "dual-lapsing"
    description_th = "MOU และใบรับรองครูฝึกที่ใกล้สิ้นสุด และภาระครูฝึกเทียบสัดส่วน"
    description_en = "MOUs and trainer certificates about to lapse, and trainer load against the ratio"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        ctx = request.context
        alerts, _ = ctx.run(lambda uow: dual_alerts(uow))
        trainers, _ = ctx.run(lambda uow: list_trainers(uow))
        busy = sorted((t for t in trainers if t.learners_now), key=lambda t: (-t.learners_now, t.name))
        lines = [[str(n), a.message_th] for n, a in enumerate(alerts, start=1)]
        load = [[t.name, t.enterprise, str(t.learners_now),
                 format_be_short(t.certificate_until) if t.certificate_until else "-"] for t in busy]

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"รายการที่ต้องติดตาม ณ {format_be_short(ctx.today())}"),
                    kit.table([Column("ที่", 0.6, "right"), Column("รายการ", 12)], lines, 11) if lines
                    else kit.paragraph("ไม่มีรายการที่ต้องติดตาม", 13),
                    kit.space(10), kit.heading("ภาระครูฝึก (ผู้เรียนที่กำลังฝึกวันนี้)", 14),
                    kit.table([Column("ครูฝึก", 3), Column("สถานประกอบการ", 4), Column("ผู้เรียน", 1.2, "right"),
                               Column("ใบรับรองถึง", 1.8, "centre")], load, 11) if load
                    else kit.paragraph("-", 13)]
        return render_report(out_path, options, self.description_th, story, progress, cancel)


PDF_REPORTS = (PlacementsReport(), LapsingReport())
