"""The text of the dual documents: MOU, training contract, guardian consent, plan and certificate form."""

from __future__ import annotations

import datetime as dt

from vocdesk.domain.dual.weekdays import SHORT_TH
from vocdesk.domain.thai_dates import format_be_long
from vocdesk.io.forms.model import Block, Fields, FormDocument, Heading, Para, Signature, Signatures, Table
from vocdesk.services.dual.document_data import LEVELS_TH, MODES_TH, MouData, PlacementData

DAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
WELFARE_TH = {"lodging": "ที่พัก", "meals": "อาหาร", "transport": "การเดินทาง", "allowance": "เบี้ยเลี้ยง",
              "insurance": "ประกันอุบัติเหตุ"}


def _day(day: dt.date | None) -> str:
    return format_be_long(day) if day else ""


def _list(text: str, names: dict[str, str]) -> str:
    return ", ".join(names.get(part.strip(), part.strip()) for part in text.split(",") if part.strip())


def _header(college: str, province: str) -> list[str]:
    return [college, f"จังหวัด{province}" if province else ""]


def _enterprise_line(e: object) -> str:
    from vocdesk.persistence.models import Enterprise

    assert isinstance(e, Enterprise)
    branch = "สำนักงานใหญ่" if e.branch == "00000" else f"สาขา {e.branch}"
    return f"{e.name_th} ({branch}) เลขประจำตัวผู้เสียภาษี {e.tax_id or '-'} ตั้งอยู่ {e.address or '-'} {e.province}"


def mou_form(d: MouData) -> FormDocument:
    m = d.mou
    levels = ", ".join(LEVELS_TH.get(x, x) for x in m.levels.split(",") if x)
    period = (f"ตั้งแต่วันที่ {_day(m.start_date)} ถึงวันที่ {_day(m.end_date)}" if m.end_date
              else f"ตั้งแต่วันที่ {_day(m.start_date)} โดยไม่มีกำหนดสิ้นสุด")
    blocks: list[Block] = [
        Para(f"บันทึกข้อตกลงฉบับนี้ทำขึ้นเมื่อวันที่ {_day(m.signed_on or m.start_date)} ระหว่าง {d.college} "
             f"โดย {m.college_signatory or '........................'} ซึ่งต่อไปนี้เรียกว่า \"สถานศึกษา\" ฝ่ายหนึ่ง "
             f"กับ {_enterprise_line(d.enterprise)} โดย {m.enterprise_signatory or '........................'} "
             "ซึ่งต่อไปนี้เรียกว่า \"สถานประกอบการ\" อีกฝ่ายหนึ่ง ทั้งสองฝ่ายตกลงร่วมมือกันจัดการอาชีวศึกษา"
             "ตามมาตรฐานการจัดการอาชีวศึกษาระบบทวิภาคี พ.ศ. 2563 ดังนี้"),
        Heading("ข้อ 1 ขอบเขตความร่วมมือ"),
        Fields([("ระดับความร่วมมือ", str(m.cooperation_level)), ("ระดับการศึกษา", levels),
                ("สาขาวิชา", m.majors), ("รูปแบบ", _list(m.modes, MODES_TH)),
                ("จำนวนที่รับต่อปี", f"{m.places_per_year} คน" if m.places_per_year else "")]),
        Heading("ข้อ 2 ระยะเวลา"),
        Para(f"บันทึกข้อตกลงนี้มีผล{period}"),
        Heading("ข้อ 3 ค่าตอบแทนและสวัสดิการ"),
        Fields([("ค่าตอบแทน (บาท)", m.allowance_band), ("สวัสดิการ", _list(m.welfare, WELFARE_TH))]),
        Heading("ข้อ 4 ข้อผูกพัน"),
        Para(m.bond_terms or "ไม่มีข้อผูกพันการทำงานหลังสำเร็จการศึกษา"),
        Para("บันทึกข้อตกลงนี้ทำขึ้นเป็นสองฉบับมีข้อความถูกต้องตรงกัน ทั้งสองฝ่ายได้อ่านและเข้าใจข้อความโดยตลอดแล้ว "
             "จึงลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน และต่างเก็บไว้ฝ่ายละหนึ่งฉบับ"),
        Signatures([Signature(m.college_signatory, f"ผู้อำนวยการ{d.college}"),
                    Signature(m.enterprise_signatory, d.enterprise.name_th),
                    Signature("", "พยาน"), Signature("", "พยาน")]),
    ]
    return FormDocument("บันทึกข้อตกลงความร่วมมือ", _header(d.college, d.college_province), blocks,
                        "การจัดการอาชีวศึกษาระบบทวิภาคี", f"เลขที่ {m.number}" if m.number else "")


def _shift_rows(d: PlacementData) -> list[list[str]]:
    return [[DAYS_TH[s.weekday], s.start_time.strftime("%H:%M"), s.end_time.strftime("%H:%M"),
             str(s.break_minutes)] for s in d.shifts]


def contract_form(d: PlacementData) -> FormDocument:
    p, learner = d.placement, d.learner
    minor = d.age is not None and d.age < 20
    per = "วัน" if p.allowance_per == "day" else "เดือน"
    blocks: list[Block] = [
        Para(f"สัญญาฉบับนี้ทำขึ้นเมื่อวันที่ {_day(p.contract_date or p.start_date)} ระหว่าง "
             f"{_enterprise_line(d.enterprise)} ซึ่งต่อไปนี้เรียกว่า \"สถานประกอบการ\" ฝ่ายหนึ่ง กับ {d.learner_name} "
             f"รหัสประจำตัว {learner.student_code} ผู้เรียนระดับ{LEVELS_TH.get(learner.level, learner.level)} "
             f"สาขาวิชา{d.programme.major_name_th} ของ{d.college} อายุ {d.age if d.age is not None else '-'} ปี "
             "ซึ่งต่อไปนี้เรียกว่า \"ผู้เข้ารับการฝึก\" อีกฝ่ายหนึ่ง"
             + (f" โดยความยินยอมของ{learner.guardian_name or 'ผู้ปกครอง'} ผู้ปกครอง" if minor else "")),
        Heading("ข้อ 1 ระยะเวลาการฝึก"),
        Para(f"ตั้งแต่วันที่ {_day(p.start_date)} ถึงวันที่ {_day(p.end_date)} รวม {p.semesters} ภาคเรียน"),
        Heading("ข้อ 2 วันและเวลาฝึกในสถานประกอบการ"),
        Table(["วัน", "เวลาเริ่ม", "เวลาเลิก", "พัก (นาที)"], _shift_rows(d), (2, 1, 1, 1)),
        Heading("ข้อ 3 งานที่ฝึกและผู้ควบคุมการฝึก"),
        Fields([("งานที่ฝึก", p.tasks), ("ครูฝึก", f"{d.trainer.name} {d.trainer.position}".strip()),
                ("ครูนิเทศก์", f"{d.supervisor.first_name_th} {d.supervisor.last_name_th}" if d.supervisor else "")]),
        Heading("ข้อ 4 ค่าตอบแทนและสวัสดิการ"),
        Fields([(f"เบี้ยเลี้ยง (บาทต่อ{per})", f"{p.allowance:,.2f}" if p.allowance else ""),
                ("สวัสดิการ", _list(p.welfare, WELFARE_TH))]),
        Heading("ข้อ 5 หน้าที่ของคู่สัญญา"),
        Para("สถานประกอบการจัดการฝึกตามแผนการฝึกอาชีพ ดูแลความปลอดภัย และไม่มอบหมายงานที่กฎหมายห้ามแก่ผู้เข้ารับการฝึก"
             "อายุต่ำกว่า 18 ปี ผู้เข้ารับการฝึกปฏิบัติตามระเบียบของสถานประกอบการ และบันทึกการฝึกอาชีพตามแบบที่กำหนด"),
        Signatures([Signature("", f"ผู้มีอำนาจลงนาม {d.enterprise.name_th}"), Signature(d.learner_name, "ผู้เข้ารับการฝึก"),
                    *([Signature(learner.guardian_name, "ผู้ปกครอง")] if minor else []),
                    Signature(d.trainer.name, "ครูฝึก (พยาน)"), Signature("", f"ผู้แทน{d.college} (พยาน)")]),
    ]
    return FormDocument("สัญญาการฝึกอาชีพ", _header(d.college, d.college_province), blocks,
                        "ตามมาตรฐานการจัดการอาชีวศึกษาระบบทวิภาคี พ.ศ. 2563", f"เลขที่ {p.id}/{p.start_date.year + 543}")


def consent_form(d: PlacementData) -> FormDocument:
    p, learner = d.placement, d.learner
    blocks: list[Block] = [
        Para(f"ข้าพเจ้า {learner.guardian_name or '........................................'} "
             f"เกี่ยวข้องเป็น{learner.guardian_relation or '..............'} ของ {d.learner_name} "
             f"รหัสประจำตัว {learner.student_code} ผู้เรียนสาขาวิชา{d.programme.major_name_th} ของ{d.college}"),
        Para(f"ยินยอมให้ผู้เรียนเข้ารับการฝึกอาชีพระบบทวิภาคี ณ {d.enterprise.name_th} จังหวัด{d.enterprise.province} "
             f"ตั้งแต่วันที่ {_day(p.start_date)} ถึงวันที่ {_day(p.end_date)} และยินยอมให้สถานศึกษาและสถานประกอบการ"
             "ใช้ข้อมูลส่วนบุคคลของผู้เรียนเท่าที่จำเป็นเพื่อการฝึกอาชีพ การนิเทศ และการประเมินผล"),
        Fields([("โทรศัพท์ผู้ปกครอง", learner.guardian_phone)]),
        Signatures([Signature(learner.guardian_name, "ผู้ปกครอง"), Signature(d.learner_name, "ผู้เรียน")]),
    ]
    return FormDocument("หนังสือยินยอมของผู้ปกครอง", _header(d.college, d.college_province), blocks,
                        "ให้ผู้เรียนเข้ารับการฝึกอาชีพระบบทวิภาคี", f"เขียนที่ {d.college}")


def plan_form(d: PlacementData) -> FormDocument:
    rows = [[str(t.semester), t.main_task, t.sub_task, str(t.hours), str(t.target_level),
             t.course_codes.replace(",", " ")] for t in d.plan]
    blocks: list[Block] = [
        Fields([("ผู้เข้ารับการฝึก", f"{d.learner_name} ({d.learner.student_code})"),
                ("สาขาวิชา", d.programme.major_name_th), ("สถานประกอบการ", d.enterprise.name_th),
                ("ครูฝึก", d.trainer.name),
                ("ช่วงการฝึก", f"{_day(d.placement.start_date)} ถึง {_day(d.placement.end_date)}")]),
        Table(["ภาคเรียน", "งานหลัก", "งานย่อย", "ชั่วโมง", "ระดับ", "รหัสวิชา"], rows or [["", "", "", "", "", ""]],
              (1.1, 2.1, 2.4, 0.9, 0.7, 2.0)),
        Para(f"รวม {sum(t.hours for t in d.plan)} ชั่วโมง  ระดับสมรรถนะ 1 = รู้ 2 = ทำได้โดยมีผู้ดูแล 3 = ทำได้เอง "
             "4 = ทำได้และแก้ปัญหาได้ 5 = สอนผู้อื่นได้", indent=False),
        Signatures([Signature(d.trainer.name, "ครูฝึก"),
                    Signature(f"{d.supervisor.first_name_th} {d.supervisor.last_name_th}" if d.supervisor else "",
                              "ครูนิเทศก์")]),
    ]
    return FormDocument("แผนการฝึกอาชีพ", _header(d.college, d.college_province), blocks, "ระบบทวิภาคี")


def certificate_form(d: PlacementData) -> FormDocument:
    p = d.placement
    blocks: list[Block] = [
        Para(f"{d.enterprise.name_th} ขอรับรองว่า {d.learner_name} รหัสประจำตัว {d.learner.student_code} "
             f"ผู้เรียนสาขาวิชา{d.programme.major_name_th} ของ{d.college} ได้เข้ารับการฝึกอาชีพระบบทวิภาคี "
             f"ตั้งแต่วันที่ {_day(p.start_date)} ถึงวันที่ {_day(p.end_date)}"),
        Fields([("งานที่ฝึก", p.tasks), ("รวมเวลาฝึก (ชั่วโมง)", ""), ("ผลการฝึก", ""), ("ความเห็นของครูฝึก", "")]),
        Signatures([Signature(d.trainer.name, "ครูฝึก"), Signature("", f"ผู้มีอำนาจลงนาม {d.enterprise.name_th}")]),
    ]
    return FormDocument("ใบรับรองการฝึกอาชีพ", [d.enterprise.name_th, d.enterprise.province], blocks,
                        f"วันที่ {'.' * 30}")


def weekdays_text(d: PlacementData) -> str:
    return ",".join(SHORT_TH[s.weekday] for s in d.shifts)
