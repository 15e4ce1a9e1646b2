"""Demo support, income, digital skills, attendance and follow-up cases, so risk, support and coverage views have data.

Written in bulk (Core executemany). Shares are plausible, not statistics: about one learner in five has a
household income under 10,000 baht a month; กสศ. equality scholarships go to most of those, a few college and
company scholarships elsewhere; ปวช. learners hold the free-education entitlement; dual learners earn an allowance.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update

from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.learners import ENROLLED
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.persistence.models import (
    FollowUpCase,
    GuardianConsent,
    Learner,
    LearnerIncome,
    LearnerSkill,
    LearnerSupport,
    LearningGroup,
    Programme,
    Teacher,
)
from vocdesk.services.core.context import UnitOfWork

BATCH = 5000
PROGRAMME_COMPETENCES = {
    "เทคโนโลยีสารสนเทศ": "ai_use,data,digital_literacy,programming",
    "เทคโนโลยีธุรกิจดิจิทัล": "ai_use,data,digital_literacy",
    "เมคคาทรอนิกส์และหุ่นยนต์": "automation,iot,programming",
    "อิเล็กทรอนิกส์": "iot,programming",
    "ช่างอิเล็กทรอนิกส์": "iot",
}
"""What the demo college's curricula cover; everything else teaches basic digital literacy only."""
HIGHER_CERTIFICATE_COMPETENCES = {
    "เมคคาทรอนิกส์และหุ่นยนต์": "ai_build,automation,iot,programming",
    "อิเล็กทรอนิกส์": "ai_use,iot,programming",
}
"""ปวส. curricula that go further than their ปวช. namesakes: some ปวส. programmes teach AI and others do not."""
SKILLS = (  # (competence, kind, title, provider, level)
    ("digital_literacy", "certificate", "ทักษะดิจิทัลพื้นฐาน (Digital Literacy)", "สำนักงานคณะกรรมการการอาชีวศึกษา",
     "basic"),
    ("ai_use", "course", "การใช้ปัญญาประดิษฐ์ในการทำงาน", "ศูนย์ส่งเสริมความเป็นเลิศทางวิชาชีพ", "basic"),
    ("ai_build", "course", "สร้างแบบจำลองปัญญาประดิษฐ์เบื้องต้นด้วย Python", "วิทยาลัย (ชมรมหุ่นยนต์)", "intermediate"),
    ("programming", "certificate", "Python Essentials 1", "Cisco Networking Academy", "basic"),
    ("data", "course", "การวิเคราะห์ข้อมูลด้วยสเปรดชีต", "วิทยาลัย", "basic"),
    ("cybersecurity", "course", "ความมั่นคงปลอดภัยไซเบอร์สำหรับผู้ใช้งาน", "สำนักงานคณะกรรมการการอาชีวศึกษา", "basic"),
    ("iot", "certificate", "ระบบไอโอทีในโรงงาน", "สถาบันคุณวุฒิวิชาชีพ", "intermediate"),
    ("automation", "certificate", "PLC ระดับ 1", "สถาบันคุณวุฒิวิชาชีพ", "intermediate"),
)
COMPANIES = ("บริษัท สยามออโต้พาร์ท จำกัด", "บริษัท ราชบุรีอิเล็คทรอนิคส์ จำกัด", "บริษัท โฮมโปรดักส์เซ็นเตอร์ จำกัด (มหาชน)",
             "บริษัท ไทยซัมมิท ราชบุรี จำกัด", "โรงแรมราชบุรีแกรนด์")
GUARDIANS = (("มารดา", "นาง", ("สมศรี", "มาลี", "บุญเรือน", "วันเพ็ญ", "สุดารัตน์", "จันทร์เพ็ญ")),
             ("บิดา", "นาย", ("สมศักดิ์", "บุญมี", "ประเสริฐ", "วิชัย", "สมพงษ์", "ชัยวัฒน์")),
             ("ยาย", "นาง", ("ทองใบ", "บุญมา", "สายทอง")), ("ลุง", "นาย", ("สมบัติ", "ทองดี", "บุญส่ง")))
CONSENT_PURPOSES = '["การจัดการศึกษาและทะเบียนผู้เรียน", "การรายงานข้อมูลต่อ สอศ."]'
NOTES = {"normal": "ครอบครัวอบอุ่น เดินทางสะดวก", "at_risk": "ผู้ปกครองทำงานต่างจังหวัด อยู่กับยาย รายได้ไม่แน่นอน",
         "problem": "ต้องช่วยครอบครัวหารายได้ ขาดเรียนบ่อย"}


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _insert(uow: UnitOfWork, model: Any, rows: list[dict[str, object]]) -> None:
    for start in range(0, len(rows), BATCH):
        uow.session.execute(insert(_table(model)), rows[start:start + BATCH])


def _set_programme_competences(uow: UnitOfWork) -> None:
    for pid, level, name in uow.session.execute(select(Programme.id, Programme.level, Programme.major_name_th)):
        extra = HIGHER_CERTIFICATE_COMPETENCES.get(name) if level == "pvs" else None
        uow.session.execute(update(_table(Programme)).where(_table(Programme).c.id == pid).values(
            ai_competences=extra or PROGRAMME_COMPETENCES.get(name, "digital_literacy")))


def fill_learner_extras(uow: UnitOfWork, rng: random.Random) -> dict[str, int]:
    """Add the extras for every enrolled demo learner; returns row counts per table."""
    today, now = uow.clock.today(), uow.clock.now()
    year_start = dt.date(academic_year_of(today) - BE_OFFSET, 5, 16)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    _set_programme_competences(uow)
    query = (select(Learner.id, Learner.level, Learner.year, Learner.is_dual, Learner.gpax, Programme.major_name_th,
                    Teacher.prefix, Teacher.first_name_th, Teacher.last_name_th, Learner.last_name_th,
                    Learner.birth_date)
             .join(Programme, Learner.programme_id == Programme.id)
             .outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
             .outerjoin(Teacher, LearningGroup.advisor_teacher_id == Teacher.id)
             .where(Learner.status.in_([status.value for status in ENROLLED])).order_by(Learner.id))
    facts: list[dict[str, object]] = []
    support: list[dict[str, object]] = []
    income: list[dict[str, object]] = []
    skills: list[dict[str, object]] = []
    cases: list[dict[str, object]] = []
    consents: list[dict[str, object]] = []
    for (lid, level, year, dual, gpax, programme, t_prefix, t_first, t_last, surname,
         born) in uow.session.execute(query):
        advisor = f"{t_prefix or ''}{t_first or ''} {t_last or ''}".strip() or "งานแนะแนว"
        low_income = rng.random() < 0.2
        household = rng.randrange(4000, 10000, 500) if low_income else rng.randrange(10000, 45000, 500)
        attendance = round(min(100.0, max(45.0, rng.gauss(91.0, 6.5))), 1)
        relation, title, firsts = GUARDIANS[0 if rng.random() < 0.55 else 1 if rng.random() < 0.6 else
                                            rng.randrange(2, len(GUARDIANS))]
        guardian = f"{title}{rng.choice(firsts)} {surname}"
        facts.append({"lid": lid, "att": attendance, "income": household, "g_name": guardian, "g_rel": relation,
                      "g_phone": f"08{rng.randrange(10000000, 99999999)}"})
        if born is not None and (today - born).days < 20 * 365 and rng.random() < 0.85:
            consents.append({"learner_id": lid, **stamp, "guardian_name": guardian, "relation": relation,
                             "purposes_json": CONSENT_PURPOSES, "withdrawn_on": None, "recorded_by": "demo",
                             "given_on": min(today, year_start + dt.timedelta(days=rng.randrange(0, 20)))})
        period = {"learner_id": lid, "period_start": year_start, "period_end": year_start + dt.timedelta(days=364)}
        if level == "pvc":
            support.append({**period, **stamp, "kind": "entitlement", "source": "free_education", "conditions": "",
                            "name": "ค่าจัดการเรียนการสอน ค่าหนังสือ ค่าอุปกรณ์ ค่าเครื่องแบบ (เรียนฟรี 15 ปี)",
                            "amount_baht": 3800})
        if low_income and rng.random() < 0.7:
            support.append({**period, **stamp, "kind": "scholarship", "source": "eef", "amount_baht": 9000,
                            "name": "ทุนเสมอภาค (กสศ.)", "conditions": "รักษาเวลาเรียนไม่น้อยกว่าร้อยละ 80"})
        elif rng.random() < 0.03:
            support.append({**period, **stamp, "kind": "scholarship", "source": "college", "amount_baht": 3000,
                            "name": "ทุนการศึกษาเรียนดีของวิทยาลัย", "conditions": "เกรดเฉลี่ยสะสมไม่ต่ำกว่า 3.00"})
        if dual:
            company = rng.choice(COMPANIES)
            income.append({**period, **stamp, "kind": "dual_allowance", "source": company,
                           "monthly_baht": rng.randrange(3000, 9001, 500)})
            if rng.random() < 0.15:
                support.append({**period, **stamp, "kind": "scholarship", "source": "company", "amount_baht": 12000,
                                "name": f"ทุน{company}", "conditions": "ทำงานกับสถานประกอบการ 1 ปีหลังสำเร็จการศึกษา"})
            if rng.random() < 0.03:
                cases.append({"learner_id": lid, **stamp, "kind": "dual_placement", "responsible": advisor,
                              "opened_on": today - dt.timedelta(days=rng.randrange(5, 60)), "screening_group": "",
                              "notes": "ครูฝึกแจ้งว่าขาดงานหลายวัน ไม่ปรับตัวกับเวลาทำงานกะ", "outcome": "",
                              "closed_on": None})
        elif level == "pvs" and rng.random() < 0.08:
            income.append({**period, **stamp, "kind": "part_time", "source": "ร้านสะดวกซื้อ (งานนอกเวลา)",
                           "monthly_baht": rng.randrange(3000, 7001, 500)})
        wanted = PROGRAMME_COMPETENCES.get(programme, "digital_literacy").split(",")
        for competence, kind, title, provider, skill_level in SKILLS:
            chance = 0.35 if competence in wanted else 0.03
            if rng.random() < chance * min(year, 2) / 2:
                skills.append({"learner_id": lid, **stamp, "kind": kind, "competence": competence, "title": title,
                               "provider": provider, "skill_level": skill_level,
                               "achieved_on": today - dt.timedelta(days=rng.randrange(10, 300))})
        if year == 1 or rng.random() < 0.1:
            roll = rng.random() + (0.25 if low_income else 0.0) + (0.2 if attendance < 80 else 0.0)
            group = "problem" if roll > 1.12 else "at_risk" if roll > 0.9 else "normal"
            visited = year_start + dt.timedelta(days=rng.randrange(20, 100))
            cases.append({"learner_id": lid, **stamp, "kind": "home_visit", "responsible": advisor,
                          "opened_on": min(visited, today), "screening_group": group, "notes": NOTES[group],
                          "outcome": "บันทึกผลการเยี่ยมบ้านแล้ว", "closed_on": min(visited, today)})
            if group == "problem":
                cases.append({"learner_id": lid, **stamp, "kind": "referral", "responsible": "งานแนะแนว",
                              "opened_on": min(visited + dt.timedelta(days=14), today), "screening_group": "",
                              "notes": "ส่งต่อศูนย์ทวิภาคีภาคกลางเพื่อติดตามและหาแหล่งทุน", "outcome": "",
                              "closed_on": None})
        if gpax is not None and gpax < 2.0 and rng.random() < 0.5:
            cases.append({"learner_id": lid, **stamp, "kind": "counselling", "responsible": advisor,
                          "opened_on": today - dt.timedelta(days=rng.randrange(1, 40)), "screening_group": "",
                          "notes": "ผลการเรียนต่ำ ทำแผนซ่อมเสริมรายวิชา", "outcome": "", "closed_on": None})
    learner = _table(Learner)
    for start in range(0, len(facts), BATCH):
        uow.session.execute(update(learner).where(learner.c.id == bindparam("lid")).values(
            attendance_pct=bindparam("att"), household_income=bindparam("income"), guardian_name=bindparam("g_name"),
            guardian_relation=bindparam("g_rel"), guardian_phone=bindparam("g_phone")), facts[start:start + BATCH])
    _insert(uow, LearnerSupport, support)
    _insert(uow, LearnerIncome, income)
    _insert(uow, LearnerSkill, skills)
    _insert(uow, FollowUpCase, cases)
    _insert(uow, GuardianConsent, consents)
    return {"learner_support": len(support), "learner_income": len(income), "learner_skill": len(skills),
            "follow_up_case": len(cases), "guardian_consent": len(consents)}
