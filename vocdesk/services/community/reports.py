"""PDF reports on community service: a job's claim slip (A6, QR code) and a learner's service-hours transcript."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from vocdesk.domain.community import STATUS_TH, category, job_label
from vocdesk.domain.thai_dates import format_be_long, format_be_short
from vocdesk.io.pdf import Column, ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.slip import qr_flowable, render_slip
from vocdesk.persistence.models import ServicePoint, Teacher
from vocdesk.services.community.hours import learner_hours
from vocdesk.services.community.jobs import job_by_label
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest

QR_PREFIX = "VOCDESK-FIXIT:"
"""What a claim slip's QR code carries before the job number: nothing personal, looked up with `fixit job list`."""
TERMS = "เงื่อนไขการรับบริการ: ซ่อมตามสภาพ ความเสี่ยงเป็นของเจ้าของ ค่าอะไหล่คิดตามราคาทุน"


def request_of(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("community reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    require(data_source.context.actor, "community.print")
    return data_source


class ClaimSlipReport:
    name = "fixit-claim-slip"
    description_th = "ใบรับงานซ่อม (A6) พร้อมคิวอาร์โค้ดเลขที่งาน"
    description_en = "A repair job's claim slip, A6 with a QR code of the job number (params job, paper=a6|a5)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = request_of(data_source)
        with request.context.db.read() as session:
            job = job_by_label(session, request.params.get("job", ""))
            point = session.get(ServicePoint, job.point_id)
            assert point is not None
            label = job_label(point.code, job.fiscal_year, job.job_no)
            item = category(job.category)
            lines = [("วันที่รับ", format_be_long(job.received_on)), ("เจ้าของ", job.owner_name),
                     ("โทรศัพท์", job.owner_phone or "-"), ("สิ่งของ", " ".join(p for p in (item.name, job.brand,
                                                                                      job.model) if p)),
                     ("อาการ", job.problem or "-"), ("สถานะ", STATUS_TH[job.status])]
            point_text = " ".join(p for p in (point.name, point.place, point.province) if p)
            agreed = job.terms_acknowledged

        def story(kit: Any) -> list[Any]:
            college = options.college_name or "ศูนย์ซ่อมสร้างเพื่อชุมชน"
            parts = [kit.paragraph(college, 13, bold=True, align="centre"),
                     kit.paragraph("ใบรับงานซ่อม Fix it Center", 12, align="centre"),
                     kit.paragraph(point_text, 11, align="centre", space_after=2),
                     kit.paragraph(label, 20, bold=True, align="centre", space_after=2),
                     qr_flowable(QR_PREFIX + label, 78)]
            parts += [kit.paragraph(f"{name}: {value}", 11) for name, value in lines]
            mark = "เจ้าของรับทราบและยอมรับแล้ว" if agreed else "เจ้าของยังไม่ได้ยอมรับเงื่อนไข"
            parts += [kit.space(3), kit.paragraph(f"{TERMS} ({mark})", 9.5),
                      kit.space(12), kit.paragraph("ลงชื่อ ........................ เจ้าของ   "
                                                   "ลงชื่อ ........................ ผู้รับงาน", 10)]
            return parts
        return render_slip(out_path, options.resources_dir, f"ใบรับงานซ่อม {label}", story,
                           request.params.get("paper", "a6"))


class ServiceHoursReport:
    name = "service-hours"
    description_th = "บันทึกชั่วโมงบริการชุมชนของผู้เรียน (ศูนย์ซ่อมสร้างและอาชีวะอาสา)"
    description_en = "A learner's service-hours transcript from Fix it jobs and volunteer shifts (param learner)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = request_of(data_source)
        ctx = request.context
        with ctx.db.read() as session:
            hours = learner_hours(session, ctx.actor, request.params.get("learner", ""))
            teachers = {p.code: session.get(Teacher, p.teacher_id)
                        for p in session.scalars(select(ServicePoint).where(ServicePoint.teacher_id.is_not(None)))}
        rows = [[str(n), line.point_name, format_be_short(line.first_day), format_be_short(line.last_day),
                 f"{line.minutes / 60:,.1f}"] for n, line in enumerate(hours.lines, start=1)]
        rows.append(["", "รวม", "", "", f"{hours.total_minutes / 60:,.1f}"])
        columns = [Column("ที่", 0.8, "right"), Column("กิจกรรม / จุดบริการ", 8), Column("ตั้งแต่", 2.4, "centre"),
                   Column("ถึง", 2.4, "centre"), Column("ชั่วโมง", 1.8, "right")]
        last = teachers.get(hours.lines[-1].point_code) if hours.lines else None
        signer = f"({last.first_name_th} {last.last_name_th})" if last else "(..............................)"

        def story(kit: Any) -> list[Any]:
            return [kit.heading("บันทึกชั่วโมงบริการชุมชน"),
                    kit.paragraph(f"ผู้เรียน {hours.name} รหัสประจำตัว {hours.student_code}", 14, space_after=6),
                    kit.table(columns, rows, 12), kit.space(36),
                    kit.paragraph("ลงชื่อ .............................................. ครูผู้รับผิดชอบ", 13,
                                  align="right"),
                    kit.paragraph(signer, 13, align="right")]
        return render_report(out_path, options, self.description_th, story, progress, cancel)


PDF_REPORTS = (ClaimSlipReport(), ServiceHoursReport())
