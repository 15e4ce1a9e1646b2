"""The training centre's share of an OVEC package: a short-course summary, counts only (no personal data)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.io.package.manifest import Field, TableSchema
from vocdesk.persistence.models import Certificate, Course, CourseRun, CourseSession, Enrolment, Receipt, Trainee
from vocdesk.services.kinds.package_tables import PackageTable, Row, counter, has_tables

SHORT_COURSES = TableSchema(
    fields=(
        Field("courseCode", "string", "รหัสหลักสูตรระยะสั้น"),
        Field("courseNameTh", "string", "ชื่อหลักสูตร"),
        Field("courseKind", "string", "ประเภท upskill/reskill/short/fixit"),
        Field("hours", "integer", "จำนวนชั่วโมงของหลักสูตร"),
        Field("runs", "integer", "จำนวนรุ่นที่จัด"),
        Field("sessions", "integer", "จำนวนครั้งที่สอน (ไม่นับที่ยกเลิก)"),
        Field("trainees", "integer", "ผู้เข้ารับการอบรม (ลงทะเบียน)"),
        Field("male", "integer", "ชาย"),
        Field("female", "integer", "หญิง"),
        Field("unemployed", "integer", "ว่างงาน"),
        Field("certificates", "integer", "วุฒิบัตรที่ออก"),
        Field("incomeSatang", "integer", "รายได้ค่าธรรมเนียม (สตางค์) ไม่นับใบเสร็จที่ยกเลิก"),
    ),
    primary_key=("courseCode",),
)


def _rows(session: Session, period: str) -> Iterator[Row]:
    runs = Counter({cid: n for cid, n in session.execute(
        select(CourseRun.course_id, func.count()).group_by(CourseRun.course_id))})
    sessions = Counter({cid: n for cid, n in session.execute(
        select(CourseRun.course_id, func.count()).join(CourseSession, CourseSession.run_id == CourseRun.id)
        .where(CourseSession.state == "planned").group_by(CourseRun.course_id))})
    people: Counter[tuple[int, str]] = Counter()
    for cid, sex, employment, n in session.execute(
            select(CourseRun.course_id, Trainee.sex, Trainee.employment, func.count())
            .join(Enrolment, Enrolment.run_id == CourseRun.id).join(Trainee, Trainee.id == Enrolment.trainee_id)
            .where(Enrolment.state == "enrolled").group_by(CourseRun.course_id, Trainee.sex, Trainee.employment)):
        for key in ("all", f"sex:{sex}", f"job:{employment}"):
            people[(cid, key)] += n
    certificates = Counter({cid: n for cid, n in session.execute(
        select(CourseRun.course_id, func.count()).join(Certificate, Certificate.run_id == CourseRun.id)
        .group_by(CourseRun.course_id))})
    income = Counter({cid: int(total or 0) for cid, total in session.execute(
        select(CourseRun.course_id, func.sum(Receipt.amount_satang)).join(Receipt, Receipt.run_id == CourseRun.id)
        .where(Receipt.state == "valid").group_by(CourseRun.course_id))})
    for cid, code, name, kind, hours in session.execute(select(Course.id, Course.code, Course.name_th, Course.kind,
                                                               Course.hours).order_by(Course.code)):
        yield (code, name, kind, str(hours), str(runs[cid]), str(sessions[cid]), str(people[(cid, "all")]),
               str(people[(cid, "sex:M")]), str(people[(cid, "sex:F")]), str(people[(cid, "job:unemployed")]),
               str(certificates[cid]), str(income[cid]))


def package_tables() -> tuple[PackageTable, ...]:
    return (PackageTable("training_short_courses", SHORT_COURSES, _rows, counter(Course),
                         available=has_tables("training_course"), order=40),)
