"""The aggregate a service point reports to OVEC: per day, items by type received and completed, parts against the
allowance, learners and teachers on duty; and the point's summaries by category, outcome and barrier."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.community import REPAIR_STATUS_TH, category
from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.persistence.models import RepairJob, RepairPart, ServiceMinutes
from vocdesk.services.community.points import point_by_code
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require

GROUPS = {"motorcycle": "รถจักรยานยนต์", "car": "รถยนต์/รถกระบะ/รถตู้", "pickup": "รถยนต์/รถกระบะ/รถตู้",
          "van": "รถยนต์/รถกระบะ/รถตู้", "farm_machinery": "เครื่องจักรกลการเกษตร/เครื่องสูบน้ำ",
          "water_pump": "เครื่องจักรกลการเกษตร/เครื่องสูบน้ำ"}
OTHER_POWERED, OTHER = "เครื่องใช้ไฟฟ้า", "อื่น ๆ"
TYPES = ("รถจักรยานยนต์", "รถยนต์/รถกระบะ/รถตู้", "เครื่องจักรกลการเกษตร/เครื่องสูบน้ำ", OTHER_POWERED, OTHER)


def item_type(code: str) -> str:
    """The report's five item types (vehicles by kind, farm machinery and pumps, electrical, other)."""
    if code in GROUPS:
        return GROUPS[code]
    return OTHER_POWERED if category(code).ords_id is not None else OTHER


@dataclass(frozen=True)
class DayLine:
    day: dt.date
    received: dict[str, int]
    completed: int
    parts_satang: int
    budget_satang: int
    """The allowance times the items received that day."""
    learners: int
    teachers: int


@dataclass(frozen=True)
class PointReport:
    code: str
    name: str
    allowance_satang: int
    days: tuple[DayLine, ...]
    by_category: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]
    by_barrier: tuple[tuple[str, int], ...]


def point_report(session: Session, actor: Actor, code: str) -> PointReport:
    require(actor, "community.view")
    point = point_by_code(session, code)
    spent = {job_id: int(total) for job_id, total in session.execute(
        select(RepairJob.id, func.coalesce(func.sum(RepairPart.cost_satang), 0))
        .outerjoin(RepairPart, RepairPart.job_id == RepairJob.id)
        .where(RepairJob.point_id == point.id).group_by(RepairJob.id))}
    received: dict[dt.date, Counter[str]] = defaultdict(Counter)
    completed: Counter[dt.date] = Counter()
    parts: Counter[dt.date] = Counter()
    categories, outcomes, barriers = Counter[str](), Counter[str](), Counter[str]()
    for job in session.scalars(select(RepairJob).where(RepairJob.point_id == point.id)):
        received[job.received_on][item_type(job.category)] += 1
        parts[job.received_on] += int(spent.get(job.id, 0))
        if job.status == "returned" and job.returned_on is not None:
            completed[job.returned_on] += 1
        categories[category(job.category).name] += 1
        outcomes[REPAIR_STATUS_TH[job.repair_status]] += 1
        if job.barrier:
            barriers[job.barrier] += 1
    duty: dict[dt.date, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for day, learner, teacher in session.execute(select(ServiceMinutes.worked_on, ServiceMinutes.learner_id,
                                                        ServiceMinutes.teacher_id)
                                                 .where(ServiceMinutes.point_id == point.id)):
        if learner is not None:
            duty[day][0].add(learner)
        elif teacher is not None:
            duty[day][1].add(teacher)
    days = sorted(set(received) | set(completed) | set(duty))
    lines = tuple(DayLine(day, dict(received[day]), completed[day], parts[day],
                          point.parts_allowance_satang * sum(received[day].values()), len(duty[day][0]),
                          len(duty[day][1])) for day in days)
    return PointReport(point.code, point.name, point.parts_allowance_satang, lines,
                       tuple(categories.most_common()), tuple(outcomes.most_common()), tuple(barriers.most_common()))


def write_point_report_xlsx(session: Session, actor: Actor, code: str, path: Path) -> int:
    """The same aggregate as an Excel workbook: a sheet of day lines with their total, one of the summaries;
    returns the data rows written (days and summary lines)."""
    require(actor, "community.print")
    report = point_report(session, actor, code)
    columns = [SheetColumn("วันที่", 12), *(SheetColumn(f"รับ {t}", 14) for t in TYPES),
               SheetColumn("ซ่อมเสร็จส่งคืน", 12), SheetColumn("ค่าอะไหล่ (บาท)", 14, decimal=True),
               SheetColumn("วงเงินอะไหล่ (บาท)", 14, decimal=True), SheetColumn("ผู้เรียนปฏิบัติงาน", 12),
               SheetColumn("ครูปฏิบัติงาน", 12)]
    rows: list[list[object]] = [[line.day, *(line.received.get(t, 0) for t in TYPES), line.completed,
                                  line.parts_satang / 100, line.budget_satang / 100, line.learners, line.teachers]
                                 for line in report.days]
    if report.days:  # the total line the PDF prints too; people are not summed (one learner works several days)
        days = report.days
        rows.append(["รวม", *(sum(d.received.get(t, 0) for d in days) for t in TYPES),
                     sum(d.completed for d in days), sum(d.parts_satang for d in days) / 100,
                     sum(d.budget_satang for d in days) / 100, None, None])
    summary = [[kind, name, count] for kind, pairs in (("ประเภทสิ่งของ", report.by_category),
                                                       ("ผลการซ่อม", report.by_outcome),
                                                       ("อุปสรรค", report.by_barrier)) for name, count in pairs]
    written = write_xlsx(path, [SheetSpec(f"รายวัน {report.code}", columns, rows),
                                SheetSpec("สรุป", [SheetColumn("หมวด", 14), SheetColumn("รายการ", 30),
                                                   SheetColumn("จำนวน", 10)], summary)])
    return written - 1 if report.days else written  # the total line is not a data row
