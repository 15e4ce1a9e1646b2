"""Community service's share of an OVEC package: per point and month, jobs by outcome, parts, people and minutes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.io.package.manifest import Field, TableSchema
from vocdesk.persistence.models import RepairJob, RepairPart, ServiceMinutes, ServicePoint, ShiftService, VolunteerShift
from vocdesk.services.kinds.package_tables import PackageTable, Row, has_tables

COMMUNITY_MONTHLY = TableSchema((
    Field("pointCode", "string", "รหัสจุดบริการ"),
    Field("pointName", "string", "ชื่อจุดบริการ"),
    Field("pointKind", "string", "ประเภทจุด fixit_centre/flood_relief/road_safety/community_day"),
    Field("province", "string", "จังหวัด"),
    Field("month", "string", "เดือน (ค.ศ. YYYY-MM)"),
    Field("jobsReceived", "integer", "งานซ่อมที่รับ"),
    Field("jobsReturned", "integer", "งานซ่อมที่ส่งคืนแล้ว"),
    Field("fixed", "integer", "ซ่อมได้ (ORDS Fixed)"),
    Field("repairable", "integer", "ซ่อมต่อได้ (ORDS Repairable)"),
    Field("endOfLife", "integer", "ซ่อมไม่ได้ (ORDS End of life)"),
    Field("partsBaht", "number", "ค่าอะไหล่รวม (บาท)"),
    Field("allowanceBaht", "number", "วงเงินอะไหล่ต่อชิ้น (บาท)"),
    Field("learners", "integer", "ผู้เรียนที่ปฏิบัติงาน (คน)"),
    Field("learnerHours", "number", "ชั่วโมงบริการของผู้เรียน"),
    Field("teachers", "integer", "ครูที่ปฏิบัติงาน (คน)"),
    Field("teacherHours", "number", "ชั่วโมงบริการของครู"),
    Field("shifts", "integer", "ผลัดอาชีวะอาสา"),
    Field("services", "integer", "บริการที่ให้ในผลัด (ครั้ง)"),
), ("pointCode", "month"))

_COUNTS = ("received", "returned", "Fixed", "Repairable", "End of life", "parts", "learner_min", "teacher_min",
           "shifts", "services")


def _baht(satang: int) -> str:
    return f"{satang // 100}.{satang % 100:02d}"


def community_rows(session: Session, period: str) -> Iterator[Row]:
    """One row per point and month that saw a job, a shift or service minutes; aggregates only, nobody named."""
    sums: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(_COUNTS, 0))
    people: dict[tuple[int, str], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    parts = select(RepairPart.job_id, func.sum(RepairPart.cost_satang).label("spent")).group_by(
        RepairPart.job_id).subquery()
    for point_id, day, status, outcome, spent in session.execute(
            select(RepairJob.point_id, RepairJob.received_on, RepairJob.status, RepairJob.repair_status,
                   func.coalesce(parts.c.spent, 0)).outerjoin(parts, parts.c.job_id == RepairJob.id)):
        line = sums[(point_id, day.strftime("%Y-%m"))]
        line["received"] += 1
        line["returned"] += status == "returned"
        if outcome in line:
            line[outcome] += 1
        line["parts"] += int(spent)
    for point_id, day, learner, teacher, minutes in session.execute(
            select(ServiceMinutes.point_id, ServiceMinutes.worked_on, ServiceMinutes.learner_id,
                   ServiceMinutes.teacher_id, ServiceMinutes.minutes)):
        key = (point_id, day.strftime("%Y-%m"))
        if learner is not None:
            sums[key]["learner_min"] += minutes
            people[key][0].add(learner)
        elif teacher is not None:
            sums[key]["teacher_min"] += minutes
            people[key][1].add(teacher)
    given = {shift_id: int(total) for shift_id, total in session.execute(
        select(ShiftService.shift_id, func.sum(ShiftService.count)).group_by(ShiftService.shift_id))}
    for shift_id, point_id, day in session.execute(select(VolunteerShift.id, VolunteerShift.point_id,
                                                          VolunteerShift.day)):
        line = sums[(point_id, day.strftime("%Y-%m"))]
        line["shifts"] += 1
        line["services"] += int(given.get(shift_id, 0))
    points = {p.id: p for p in session.scalars(select(ServicePoint))}
    for (point_id, month), line in sorted(sums.items(), key=lambda item: (points[item[0][0]].code, item[0][1])):
        point = points[point_id]
        learners, teachers = people[(point_id, month)]
        yield (point.code, point.name, point.kind, point.province, month, str(line["received"]),
               str(line["returned"]), str(line["Fixed"]), str(line["Repairable"]), str(line["End of life"]),
               _baht(line["parts"]), _baht(point.parts_allowance_satang), str(len(learners)),
               f"{line['learner_min'] / 60:.1f}", str(len(teachers)), f"{line['teacher_min'] / 60:.1f}",
               str(line["shifts"]), str(line["services"]))


def _count(session: Session, period: str) -> int:
    return sum(1 for _ in community_rows(session, period))


def package_tables() -> tuple[PackageTable, ...]:
    return (PackageTable("community_monthly", COMMUNITY_MONTHLY, community_rows, _count,
                         available=has_tables("service_point", "repair_job", "service_minutes"), order=60),)
