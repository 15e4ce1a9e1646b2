"""Builders for learner tests: a seeded register, valid national IDs, messy import rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.data.import_catalogue import GROUP_CODE
from tests.data.import_files import national_id, wrong_checksum
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.models import LearningGroup, Programme
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.learners.register import LearnerInput


def valid_id(first12: str) -> str:
    return first12 + str(national_id_check_digit(first12))


def seed(uow: UnitOfWork) -> tuple[int, int, int]:
    """One ปวช. programme with a year-1 and a year-3 group, and one ปวส. programme."""
    pvc = Programme(level="pvc", type_name_th="อุตสาหกรรม", major_code="20101", major_name_th="ช่างยนต์",
                    curriculum_year=2562)
    pvs = Programme(level="pvs", type_name_th="อุตสาหกรรม", major_code="30101", major_name_th="เทคนิคเครื่องกล",
                    curriculum_year=2563)
    uow.session.add_all([pvc, pvs])
    uow.session.flush()
    g1 = LearningGroup(group_code="692010101", name="ชย.1/1", level="pvc", year=1, programme_id=pvc.id,
                       entry_year_be=2569)
    g3 = LearningGroup(group_code="672010101", name="ชย.3/1", level="pvc", year=3, programme_id=pvc.id,
                       entry_year_be=2567)
    uow.session.add_all([g1, g3])
    uow.session.flush()
    return pvc.id, g1.id, g3.id


def somchai(programme_id: int, group_id: int | None, **changes: object) -> LearnerInput:
    base = LearnerInput(student_code="69201010001", national_id=valid_id("110370001234"), first_name_th="สมชาย",
                        last_name_th="ใจดี", level="pvc", year=1, programme_id=programme_id, group_id=group_id,
                        entry_semester="1/2569", prefix="นาย", first_name_en="Somchai", last_name_en="Jaidee",
                        gender="male", birth_date=dt.date(2010, 6, 1), guardian_name="นางสมศรี ใจดี",
                        guardian_relation="มารดา", guardian_phone="0812345678", province="ราชบุรี")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


HEADER = ["ลำดับ", "รหัสนักเรียน", "เลขประจำตัวประชาชน", "ชื่อ-นามสกุล", "เพศ", "วัน/เดือน/ปีเกิด", "ระดับชั้น",
          "สาขาวิชา", "สาขางาน", "กลุ่มเรียน", "สถานะ", "เกรดเฉลี่ย", "เบอร์โทร", "หมายเหตุ"]


TITLES = ["วิทยาลัยเทคนิคตัวอย่าง", "รายชื่อนักเรียน ระดับ ปวช. ปีการศึกษา 2569"]


def messy_rows() -> list[list[object]]:
    nbsp = "\u00a0"
    return [
        # row 4: ID typed into a number cell, พ.ศ. date as text, phone with dashes
        [1, "66201010001", int(national_id(1)), "นายสมชาย ใจดี", "ชาย", "15/03/2551", "ปวช.1", "ช่างยนต์", None,
         GROUP_CODE, "กำลังศึกษา", 3.25, "081-234-5678", None],
        # row 5: code as a number, ID as complete scientific text, a พ.ศ. year typed into a date cell
        [2, 66201010002.0, f"{int(national_id(2)):.12E}", "นางสาวสมหญิง รักเรียน", "หญิง", dt.date(2551, 7, 1),
         "ปวช.1", "ช่างยนต์", None, GROUP_CODE, "กำลังศึกษา", None, None, None],
        [None] * 14,  # row 6: blank
        # row 7: the student code of row 4 again
        [3, "66201010001", national_id(3), "นายซ้ำ ซ้อน", "ชาย", None, "ปวช.1", "ช่างยนต์", None, GROUP_CODE,
         None, None, None, None],
        # row 8: wrong check digit
        [4, "66201010004", wrong_checksum(national_id(4)), "นายเลข ผิด", "ชาย", None, "ปวช.1", "ช่างยนต์", None,
         GROUP_CODE, None, None, None, None],
        # row 9: a major that is not in the catalogue (typo)
        [5, "66201010005", national_id(5), "นายสาขา ผิด", "ชาย", None, "ปวช.1", "ช่างยนน์", None, GROUP_CODE,
         None, None, None, None],
        # row 10: ID shown in scientific notation: digits lost
        [6, "66201010006", "1.1017E+12", "นายเลข หาย", "ชาย", None, "ปวช.1", "ช่างยนต์", None, GROUP_CODE,
         None, None, None, None],
        # row 11: Thai digits in the code, non-breaking spaces around the name, Thai month name
        [7, "๖๖๒๐๑๐๑๐๐๐๗", national_id(7), f"{nbsp}นางสาวมาลี{nbsp} ศรีสุข{nbsp}", "หญิง", "1 มกราคม 2551",
         "ปวช. 1", "ช่างไฟฟ้ากำลัง", None, "6620401", "กำลังศึกษา", "3.5", None, None],
        # row 12: GPAX out of range
        [8, "66201010008", national_id(8), "นายเกรด เกิน", "ชาย", None, "ปวช.1", "ช่างยนต์", None, GROUP_CODE,
         None, 4.5, None, None],
        # row 13: a name that cannot be split, and no national ID
        [9, "66201010009", None, "สมศรี", "หญิง", None, "ปวช.1", "ช่างยนต์", None, GROUP_CODE, None, None, None,
         None],
    ]
