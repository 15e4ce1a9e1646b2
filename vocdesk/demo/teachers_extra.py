"""Demo contracts, academic titles, qualifications, partner enterprises and development hours for the demo staff."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select, update

from vocdesk.demo.bulk import insert_rows
from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.teachers import DevelopmentTopic
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.models import Department, Teacher, TeacherContract, TeacherDevelopment, TeacherQualification
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.teachers import ENTERPRISES as ENTERPRISES_CHANGED
from vocdesk.services.teachers import STAFFING, TEACHERS

# Made-up partner companies (the ".demo" suffix in the report says so); provinces near the demo college.
ENTERPRISES = (
    ("บริษัท ราชบุรียานยนต์ จำกัด", "ราชบุรี"), ("บริษัท สยามชิ้นส่วนโลหะ จำกัด", "ราชบุรี"),
    ("บริษัท เพชรบุรีไฟฟ้าอุตสาหกรรม จำกัด", "เพชรบุรี"), ("บริษัท แม่กลองอิเล็กทรอนิกส์ จำกัด", "สมุทรสงคราม"),
    ("ห้างหุ้นส่วนจำกัด บ้านโป่งก่อสร้าง", "ราชบุรี"), ("บริษัท นครปฐมออโตเมชัน จำกัด", "นครปฐม"),
    ("บริษัท กาญจน์บัญชีและภาษี จำกัด", "กาญจนบุรี"), ("บริษัท สุพรรณดิจิทัลมาร์เก็ตติ้ง จำกัด", "สุพรรณบุรี"),
    ("บริษัท ตะวันตกโลจิสติกส์ จำกัด", "ราชบุรี"), ("บริษัท สาครซอฟต์แวร์ จำกัด", "สมุทรสาคร"),
)
TITLES = ("ครูผู้ช่วย", "ครู", "ครูชำนาญการ", "ครูชำนาญการ", "ครูชำนาญการพิเศษ", "ครูเชี่ยวชาญ")
DEGREES = ("ครุศาสตร์อุตสาหกรรมบัณฑิต", "วิศวกรรมศาสตรบัณฑิต", "บริหารธุรกิจบัณฑิต", "ครุศาสตรบัณฑิต",
           "วิทยาศาสตรบัณฑิต", "ครุศาสตร์อุตสาหกรรมมหาบัณฑิต")
TPQI = ("ช่างเทคนิคยานยนต์", "ช่างเชื่อม", "ช่างไฟฟ้าภายในอาคาร", "ช่างซ่อมบำรุงเครื่องจักร", "ช่างเทคนิคอิเล็กทรอนิกส์")
DEVELOPMENT_TITLES = {
    DevelopmentTopic.RESEARCH: "วิจัยพัฒนาอุปกรณ์ช่วยงานในสายการผลิต",
    DevelopmentTopic.CURRICULUM: "ร่วมปรับรายวิชาให้ตรงกับสมรรถนะที่สถานประกอบการต้องการ",
    DevelopmentTopic.TECHNOLOGY: "ฝึกปฏิบัติงานเทคโนโลยีใหม่ในสถานประกอบการ",
    DevelopmentTopic.TRAINER_COURSE: "หลักสูตรครูฝึกในสถานประกอบการ",
}
INDUSTRY_JOBS = ("ช่างซ่อมบำรุงในโรงงานผลิตชิ้นส่วนยานยนต์", "หัวหน้างานติดตั้งระบบไฟฟ้า", "ช่างเทคนิคสายการผลิต",
                 "ผู้ควบคุมงานก่อสร้าง")
OFFICE_JOBS = ("พนักงานบัญชีในสำนักงานบัญชี", "เจ้าหน้าที่การตลาดออนไลน์", "ผู้ดูแลระบบเครือข่าย")
FUNDING = {"government_employee": ("งบประมาณแผ่นดิน งบบุคลากร",),
           "contract_teacher": ("เงินรายได้สถานศึกษา", "เงินอุดหนุนรายหัว", "งบประมาณแผ่นดิน งบดำเนินงาน")}


def _tax_id(rng: random.Random) -> str:
    first12 = "01055" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return first12 + str(national_id_check_digit(first12))


def _contract_rows(rng: random.Random, teacher_id: int, position: str, today: dt.date, now: dt.datetime
                   ) -> list[dict[str, Any]]:
    """Two or three periods ending today-ish: most renewed, some ending within 90 days, a few lapsed."""
    length = 4 * 365 if position == "government_employee" else 365
    roll = rng.random()
    if roll < 0.25:  # the current contract ends within the next three months
        end = today + dt.timedelta(days=rng.randint(5, 90))
    elif roll < 0.30:  # lapsed: ended in the last month and nobody recorded a renewal
        end = today - dt.timedelta(days=rng.randint(1, 30))
    else:
        end = today + dt.timedelta(days=rng.randint(91, length))
    periods: list[tuple[dt.date, dt.date]] = []
    for _ in range(rng.randint(2, 3)):
        start = end - dt.timedelta(days=length - 1)
        periods.insert(0, (start, end))
        end = start - dt.timedelta(days=1)
    funding = rng.choice(FUNDING[position])
    return [{"teacher_id": teacher_id, "start_date": start, "end_date": finish, "funding_source": funding,
             "renews_contract_id": None, "note": "", "version": 1, "created_at": now, "updated_at": now}
            for start, finish in periods]


def _link_renewals(uow: UnitOfWork) -> None:
    previous: dict[int, int] = {}
    for cid, tid in uow.session.execute(select(TeacherContract.id, TeacherContract.teacher_id)
                                        .order_by(TeacherContract.teacher_id, TeacherContract.start_date)):
        if tid in previous:
            uow.session.execute(update(TeacherContract).where(TeacherContract.id == cid)
                                .values(renews_contract_id=previous[tid]))
        previous[tid] = cid


def fill_teacher_extras(uow: UnitOfWork, rng: random.Random) -> dict[str, int]:
    """Add the extras to the demo staff already written; return counts per table."""
    today, now = uow.clock.today(), uow.clock.now()
    enterprise_ids = insert_rows(uow.session, "enterprise", [
        {"name_th": name, "tax_id": _tax_id(rng), "province": province, "version": 1, "created_at": now,
         "updated_at": now} for name, province in ENTERPRISES], "tax_id")
    staff = uow.session.execute(select(Teacher.id, Teacher.position_type, Department.is_technical)
                                .join(Department, Teacher.department_id == Department.id).order_by(Teacher.id)).all()
    contracts: list[dict[str, Any]] = []
    qualifications: list[dict[str, Any]] = []
    development: list[dict[str, Any]] = []
    year_start = dt.date(academic_year_of(today) - BE_OFFSET, 5, 1)
    for tid, position, technical in staff:
        if position == "civil_servant":
            uow.session.execute(update(Teacher).where(Teacher.id == tid).values(academic_title=rng.choice(TITLES)))
        if position in FUNDING:
            contracts.extend(_contract_rows(rng, tid, position, today, now))
        if position == "support_staff":
            continue
        years = rng.choice((0, 0, 1, 2, 3, 5, 8, 12)) if technical else rng.choice((0, 0, 0, 1, 2, 4))
        if years:
            uow.session.execute(update(Teacher).where(Teacher.id == tid).values(
                industry_experience_years=years, industry_experience=rng.choice(INDUSTRY_JOBS if technical
                                                                                else OFFICE_JOBS)))
        qualifications.append({"teacher_id": tid, "kind": "degree", "title": rng.choice(DEGREES), "level": None,
                               "issuer": "มหาวิทยาลัยเทคโนโลยีราชมงคล", "issued_on": None})
        if technical and rng.random() < 0.4:
            qualifications.append({"teacher_id": tid, "kind": "occupational", "title": rng.choice(TPQI),
                                   "level": rng.randint(2, 5), "issuer": "สถาบันคุณวุฒิวิชาชีพ (องค์การมหาชน)",
                                   "issued_on": today - dt.timedelta(days=rng.randint(100, 1500))})
        target = rng.choice((0, 24, 40, 60, 80, 80, 90, 120)) if technical else rng.choice((0, 18, 30, 80, 96))
        done = 0
        while done < target:
            hours = min(target - done, rng.choice((6, 12, 18, 24, 30, 40)))
            start = year_start + dt.timedelta(days=rng.randint(0, max(0, (today - year_start).days - 7)))
            topic = rng.choice(list(DevelopmentTopic))
            development.append({
                "teacher_id": tid, "enterprise_id": rng.choice(enterprise_ids), "topic": topic.value,
                "title": DEVELOPMENT_TITLES[topic], "start_date": start,
                "end_date": start + dt.timedelta(days=max(0, hours // 8 - 1)), "hours": float(hours),
                "certificate_no": f"DV{start.year % 100:02d}-{len(development) + 1:04d}", "version": 1,
                "created_at": now, "updated_at": now})
            done += hours
    for model, rows in ((TeacherContract, contracts), (TeacherQualification, qualifications),
                        (TeacherDevelopment, development)):
        if rows:
            uow.session.execute(insert(model), rows)
    _link_renewals(uow)
    uow.changed(TEACHERS, STAFFING, ENTERPRISES_CHANGED)
    return {"enterprise": len(enterprise_ids), "teacher_contract": len(contracts),
            "teacher_qualification": len(qualifications), "teacher_development": len(development)}
