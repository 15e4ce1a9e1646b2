"""PDF reports on teachers: staffing need against actual, contracts ending, development hours per teacher."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.staffing import TEACHING_POSITIONS, StaffingLine, WorkloadConstants
from vocdesk.domain.teachers import PositionType
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.teachers.listing import development_lines
from vocdesk.services.teachers.staffing import (
    DEFAULT_WINDOW_DAYS,
    alerts,
    contract_facts,
    staffing_overview,
    workload_constants,
)

LEVEL_TH = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ป.ตรี"}


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("teacher reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    return data_source


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


def constants_text(constants: WorkloadConstants) -> str:
    hours = ", ".join(
        f"{LEVEL_TH[level]} {constants.class_hours[level]:g} ชม. (สามัญ {constants.general_hours[level]:g})"
        for level in ("pvc", "pvs") if level in constants.class_hours)
    return (f"สูตร T = G × C ÷ L (จำนวนกลุ่มเรียน × ชั่วโมงเรียนต่อกลุ่มต่อสัปดาห์ ÷ ภาระงานสอนต่อครูต่อสัปดาห์) "
            f"ค่าที่ใช้: C = {hours}; L = {constants.teaching_load:g} ชั่วโมงต่อสัปดาห์ "
            f"ครูที่ต้องการปัดขึ้นเป็นจำนวนเต็มต่อแผนก ไม่นับบุคลากรสนับสนุน")


def staffing_row(line: StaffingLine) -> list[str]:
    return [line.name_th, "ช่าง" if line.is_technical else "", str(line.groups), f"{line.weekly_hours:g}",
            f"{line.need_exact:.2f}", str(line.need), *(str(line.in_post[p]) for p in TEACHING_POSITIONS),
            str(line.actual), signed(line.balance)]


class StaffingNeedReport:
    name = "staffing-need"
    description_th = "อัตรากำลังครู: ความต้องการเทียบกับที่มีอยู่ รายแผนกวิชา"
    description_en = "Teacher staffing: need against actual by department"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        with request.context.db.read() as session:
            result = staffing_overview(session, request.context.actor)
            constants = workload_constants(session)
        columns = [Column("แผนกวิชา", 6), Column("ประเภท", 1.4, "centre"), Column("กลุ่มเรียน", 1.6, "right"),
                   Column("ชม./สัปดาห์", 1.8, "right"), Column("T", 1.4, "right"), Column("ต้องการ", 1.5, "right"),
                   *(Column(PositionType(p).label_th, 2, "right") for p in TEACHING_POSITIONS),
                   Column("มีอยู่", 1.3, "right"), Column("ขาด(−)/เกิน(+)", 2.2, "right")]
        rows = [staffing_row(line) for line in result.lines]
        if result.unassigned_general_hours:
            rows.append(["วิชาสามัญ (ยังไม่กำหนดแผนก)", "", "", f"{result.unassigned_general_hours:g}", "", "", "", "",
                         "", "", ""])
        rows.append(staffing_row(result.college))
        technical = [line for line in result.lines if line.is_technical]
        short = sum(-line.balance for line in technical if line.balance < 0)

        def story(kit: Any) -> list[Any]:
            return [kit.heading("อัตรากำลังครูเทียบกับความต้องการ รายแผนกวิชา"),
                    kit.paragraph(constants_text(constants), 12, space_after=6), kit.table(columns, rows, 11),
                    kit.space(8),
                    kit.paragraph(f"แผนกวิชาช่าง {len(technical)} แผนก ขาดครูรวม {short} คน", 13, bold=True)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


class ContractsEndingReport:
    name = "contracts-ending"
    description_th = "สัญญาจ้างครูที่ใกล้สิ้นสุดหรือสิ้นสุดแล้วยังไม่ต่อสัญญา"
    description_en = "Teacher contracts ending soon or ended without renewal (param window_days, default 90)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        window = request.int_param("window_days", DEFAULT_WINDOW_DAYS)
        ctx = request.context
        with ctx.db.read() as session:
            found = alerts(session, ctx.actor, ctx.today(), window)
            facts = {(f.teacher_id, f.end): f for f in contract_facts(session)}
            result = staffing_overview(session, ctx.actor)
        names = {line.code: line.name_th for line in result.lines}
        rows: list[Sequence[str]] = []
        for number, alert in enumerate((a for a in found if a.kind != "below_need"), start=1):
            assert alert.end is not None and alert.teacher_id is not None
            fact = facts[(alert.teacher_id, alert.end)]
            rows.append([str(number), alert.teacher_name, names.get(alert.department_code, ""),
                         PositionType(fact.position).label_th, format_be_short(fact.start),
                         format_be_short(alert.end), str(alert.days_left),
                         "สิ้นสุดแล้ว ยังไม่ต่อสัญญา" if alert.kind == "expired" else "ใกล้สิ้นสุด"])
        risk = [[names.get(a.department_code, a.department_code), str(a.need), str(a.actual_now), str(a.actual_after)]
                for a in found if a.kind == "below_need"]
        columns = [Column("ที่", 0.6, "right"), Column("ชื่อ - นามสกุล", 4), Column("แผนกวิชา", 4),
                   Column("ตำแหน่ง", 2.4), Column("เริ่มสัญญา", 2, "centre"), Column("สิ้นสุดสัญญา", 2, "centre"),
                   Column("เหลือ (วัน)", 1.5, "right"), Column("สถานะ", 3.2)]

        def story(kit: Any) -> list[Any]:
            parts = [kit.heading(f"สัญญาจ้างที่สิ้นสุดภายใน {window} วัน นับจาก {format_be_short(ctx.today())}"),
                     kit.table(columns, rows, 11) if rows else kit.paragraph("ไม่มีสัญญาที่ต้องติดตาม", 13)]
            parts += [kit.space(10), kit.heading("แผนกวิชาที่จะมีครูต่ำกว่าความต้องการเมื่อสัญญาสิ้นสุด", 14)]
            parts.append(kit.table([Column("แผนกวิชา", 5), Column("ต้องการ", 1.5, "right"),
                                    Column("มีอยู่ตอนนี้", 1.5, "right"),
                                    Column("เหลือเมื่อสัญญาสิ้นสุด", 2, "right")], risk, 11) if risk
                         else kit.paragraph("ไม่มี", 13))
            return parts
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


class DevelopmentHoursReport:
    name = "teacher-development"
    description_th = "ชั่วโมงการพัฒนาครูร่วมกับสถานประกอบการ รายบุคคล"
    description_en = "Teacher development hours with enterprises per teacher (param academic_year, พ.ศ.)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        ctx = request.context
        year = request.int_param("academic_year", academic_year_of(ctx.today()))
        with ctx.db.read() as session:
            lines = development_lines(session, ctx.actor, year)
            target = workload_constants(session).development_target_hours
        rows = [[str(n), line.row.name, line.row.department_th, line.row.position_th,
                 f"{line.standing.hours:g}", f"{line.standing.short_by:g}" if not line.standing.met else "",
                 "ครบ" if line.standing.met else "ยังไม่ครบ"] for n, line in enumerate(lines, start=1)]
        short = sum(1 for line in lines if not line.standing.met)
        columns = [Column("ที่", 0.6, "right"), Column("ชื่อ - นามสกุล", 3.7), Column("แผนกวิชา", 3.7),
                   Column("ตำแหน่ง", 2.9), Column("ชั่วโมง", 1.3, "right"), Column("ขาดอีก", 1.3, "right"),
                   Column("ผล", 1.6, "centre")]
        by_department: dict[str, list[int]] = {}
        for line in lines:
            counts = by_department.setdefault(line.row.department_th, [0, 0])
            counts[0 if line.standing.met else 1] += 1
        summary = [[name, str(met + unmet), str(met), str(unmet)] for name, (met, unmet) in by_department.items()]

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"ปีการศึกษา {year}: เป้าหมาย {target:g} ชั่วโมงต่อคนต่อปี (มาตรฐานทวิภาคี)"),
                    kit.paragraph(f"ครูทั้งหมด {len(lines)} คน ยังไม่ครบ {short} คน", 13, space_after=6),
                    kit.table([Column("แผนกวิชา", 5), Column("ครู", 1.2, "right"), Column("ครบ", 1.2, "right"),
                               Column("ยังไม่ครบ", 1.5, "right")], summary, 11),
                    kit.space(10), kit.heading("รายบุคคล", 14), kit.table(columns, rows, 11)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=False)


PDF_REPORTS = (StaffingNeedReport(), ContractsEndingReport(), DevelopmentHoursReport())
