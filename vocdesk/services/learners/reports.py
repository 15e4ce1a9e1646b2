"""Learner reports: class lists per learning group (PDF) and the at-risk list for the regional centre (PDF, CSV)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import select

from vocdesk.domain.academic import Level
from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.risk import RiskLevel
from vocdesk.io.atomic import atomic_open
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import Learner, LearningGroup, Programme, Teacher
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.permissions import national_id_for, require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.learners.risk import AtRiskRow, at_risk_list

RULE_TH = {"attendance": "เวลาเรียนต่ำ", "gpax": "ผลการเรียนต่ำ", "status_history": "เคยพัก/พักการเรียน",
           "no_support_low_income": "รายได้ครัวเรือนต่ำ ไม่มีทุน", "screening": "คัดกรองเยี่ยมบ้าน",
           "dual_placement": "ปัญหาการฝึกทวิภาคี"}
CSV_HEADER = ("studentCode", "name", "gradeNameTh", "majorNameTh", "groupName", "advisor", "dual", "riskLevel",
              "score", "rules")


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("learner reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    return data_source


def rule_text_th(rule: str) -> str:
    """`gpax: 1.50 (< 2.00)` → `ผลการเรียนต่ำ 1.50 (< 2.00)`."""
    code, _, detail = rule.partition(": ")
    return f"{RULE_TH.get(code, code)} {detail}".strip()


def write_at_risk_csv(context: AppContext, out_path: Path, minimum: RiskLevel = RiskLevel.WATCH) -> int:
    """The at-risk list as UTF-8 CSV (with BOM, so Excel opens Thai correctly); returns the number of learners."""
    require(context.actor, "risk.export")
    with context.db.read() as session:
        rows = at_risk_list(session, context.actor, context.today(), minimum)
    with atomic_open(out_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for r in rows:
            writer.writerow([r.student_code, r.name, r.level_year, r.programme, r.group, r.advisor,
                             "1" if r.is_dual else "0", r.level.label_th, r.score,
                             "; ".join(rule_text_th(rule) for rule in r.rules)])
    context.run(lambda uow: uow.audit("risk.export", "at_risk_list", out_path.name, {"rows": [None, len(rows)]}))
    return len(rows)


def write_at_risk_xlsx(context: AppContext, out_path: Path, minimum: RiskLevel = RiskLevel.WATCH) -> int:
    """The at-risk list as an Excel workbook (the export module's writer); returns the number of learners."""
    from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx

    require(context.actor, "risk.export")
    with context.db.read() as session:
        rows = at_risk_list(session, context.actor, context.today(), minimum)
    columns = [SheetColumn("รหัสนักศึกษา", 14), SheetColumn("ชื่อ - สกุล", 28), SheetColumn("ระดับชั้น", 9),
               SheetColumn("สาขาวิชา", 26), SheetColumn("กลุ่มเรียน", 12), SheetColumn("ครูที่ปรึกษา", 24),
               SheetColumn("ทวิภาคี", 8), SheetColumn("ระดับความเสี่ยง", 14), SheetColumn("คะแนน", 8),
               SheetColumn("เหตุผล", 70)]
    data = [[r.student_code, r.name, r.level_year, r.programme, r.group, r.advisor, "ใช่" if r.is_dual else "",
             r.level.label_th, r.score, "; ".join(rule_text_th(rule) for rule in r.rules)] for r in rows]
    write_xlsx(out_path, [SheetSpec("ผู้เรียนกลุ่มเสี่ยง", columns, data)])
    context.run(lambda uow: uow.audit("risk.export", "at_risk_list", out_path.name, {"rows": [None, len(rows)]}))
    return len(rows)


def at_risk_row(index: int, row: AtRiskRow) -> list[str]:
    return [str(index), row.student_code, row.name, row.level_year, row.programme, row.group,
            "ทวิภาคี" if row.is_dual else "", row.level.label_th, "\n".join(rule_text_th(r) for r in row.rules)]


class AtRiskReport:
    name = "learners-at-risk"
    description_th = "รายชื่อผู้เรียนกลุ่มเสี่ยงออกกลางคัน พร้อมเหตุผล (ส่งศูนย์ทวิภาคีภาค)"
    description_en = "Learners at risk of dropping out, with the reasons (for the regional dual-vocational centre)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        require(request.context.actor, "risk.export")
        minimum = RiskLevel(request.int_param("minimum", int(RiskLevel.WATCH)))
        with request.context.db.read() as session:
            rows = at_risk_list(session, request.context.actor, request.context.today(), minimum)
        columns = [Column("ที่", 0.6, "right"), Column("รหัส", 1.7), Column("ชื่อ - สกุล", 3), Column("ชั้น", 0.9),
                   Column("สาขาวิชา", 2.4), Column("กลุ่ม", 1.2), Column("", 1.1), Column("ระดับ", 1.2),
                   Column("เหตุผล", 4.5)]
        table = [at_risk_row(i, row) for i, row in enumerate(rows, 1)]
        high = sum(1 for r in rows if r.level is RiskLevel.HIGH)

        def story(kit: Any) -> list[Any]:
            return [kit.heading("ผู้เรียนกลุ่มเสี่ยงออกกลางคัน"),
                    kit.paragraph(f"ทั้งหมด {len(rows):,} คน เสี่ยงสูง {high:,} คน", 13, space_after=6),
                    kit.table(columns, table, 11)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


class ClassListReport:
    name = "class-lists"
    description_th = "รายชื่อผู้เรียนตามกลุ่มเรียน"
    description_en = "Class lists by learning group"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        actor = request.context.actor
        require(actor, "learners.view")
        group_id = request.int_param("group_id", 0)
        with request.context.db.read() as session:
            groups = session.execute(
                select(LearningGroup.id, LearningGroup.group_code, LearningGroup.name, LearningGroup.level,
                       LearningGroup.year, Programme.major_name_th, Teacher.prefix, Teacher.first_name_th,
                       Teacher.last_name_th)
                .join(Programme, LearningGroup.programme_id == Programme.id)
                .outerjoin(Teacher, LearningGroup.advisor_teacher_id == Teacher.id)
                .where(LearningGroup.id == group_id if group_id else LearningGroup.id > 0)
                .order_by(LearningGroup.level, LearningGroup.year, LearningGroup.group_code)).all()
            enrolled = [LearnerStatus.STUDYING.value, LearnerStatus.SUSPENDED.value]
            members: dict[int | None, list[tuple[str, ...]]] = {}
            for gid, code, prefix, first, last, national_id, status in session.execute(
                    select(Learner.group_id, Learner.student_code, Learner.prefix, Learner.first_name_th,
                           Learner.last_name_th, Learner.national_id, Learner.status)
                    .where(Learner.status.in_(enrolled), Learner.group_id.in_([g[0] for g in groups]))
                    .order_by(Learner.student_code)):
                members.setdefault(gid, []).append((code, f"{prefix}{first} {last}", national_id_for(actor,
                                                    national_id), LearnerStatus(status).label_th))
        columns = [Column("ที่", 0.6, "right"), Column("รหัสนักศึกษา", 1.8), Column("ชื่อ - สกุล", 3.4),
                   Column("เลขประจำตัวประชาชน", 2.2), Column("สถานะ", 1.4)]

        def story(kit: Any) -> list[Any]:
            parts: list[Any] = []
            for gid, code, name, level, year, programme, t_prefix, t_first, t_last in groups:
                advisor = f"{t_prefix or ''}{t_first or ''} {t_last or ''}".strip() or "-"
                parts += [kit.heading(f"กลุ่มเรียน {name} ({code}) {Level(level).label_th}{year} {programme}"),
                          kit.paragraph(f"ครูที่ปรึกษา {advisor}", 12, space_after=4),
                          kit.table(columns, [[str(i), *m] for i, m in enumerate(members.get(gid, []), 1)], 12),
                          kit.space(10)]
            return parts
        return render_report(out_path, options, self.description_th, story, progress, cancel)


PDF_REPORTS = (ClassListReport(), AtRiskReport())
