"""The referral letter (หนังสือส่งตัว) sending a learner to the enterprise, as an official letter."""

from __future__ import annotations

from vocdesk.domain.thai_dates import format_be_long
from vocdesk.io.pdf.model import OfficialLetter
from vocdesk.services.dual.document_data import PlacementData


def referral_letter(d: PlacementData) -> OfficialLetter:
    p = d.placement
    signer = d.base.mou.college_signatory if d.base else ""
    supervisor = f"{d.supervisor.first_name_th} {d.supervisor.last_name_th}" if d.supervisor else "ครูนิเทศก์"
    return OfficialLetter(
        reference=f"ศธ ............/{p.id}",
        agency=[d.college, f"จังหวัด{d.college_province}" if d.college_province else ""],
        date=d.today,
        subject="ขอส่งตัวนักศึกษาเข้ารับการฝึกอาชีพระบบทวิภาคี",
        salutation=f"ผู้จัดการ{d.enterprise.name_th}",
        body=[f"ตามที่{d.enterprise.name_th} ได้ให้ความร่วมมือกับ{d.college} ในการจัดการอาชีวศึกษาระบบทวิภาคี นั้น",
              f"{d.college} ขอส่งตัว {d.learner_name} รหัสประจำตัว {d.learner.student_code} สาขาวิชา"
              f"{d.programme.major_name_th} เข้ารับการฝึกอาชีพ ตั้งแต่วันที่ {format_be_long(p.start_date)} "
              f"ถึงวันที่ {format_be_long(p.end_date)} โดยมี{d.trainer.name} เป็นครูฝึก และ{supervisor} "
              "เป็นครูนิเทศก์ของสถานศึกษา",
              "จึงเรียนมาเพื่อโปรดพิจารณา และขอขอบคุณในความร่วมมือมา ณ โอกาสนี้"],
        signer_name=signer or "........................................",
        signer_position=[f"ผู้อำนวยการ{d.college}"],
        enclosures=["สัญญาการฝึกอาชีพ", "แผนการฝึกอาชีพ"],
        contact=["งานทวิภาคี", f"{d.college}"],
    )
