"""`sample-thai`: a report that needs no database, for tests, benchmarks and checking fonts."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column, OfficialLetter
from vocdesk.io.pdf.reports import ReportOptions, render_report

TITLE = "รายงานตัวอย่างภาษาไทย"
PARAGRAPH = (
    "วิทยาลัยเทคนิคขอเชิญผู้ใหญ่บ้านและผู้ปกครองนักเรียนทุกท่านเข้าร่วมประชุมประจำภาคเรียนที่ 1/2569 "
    "ณ หอประชุมวิทยาลัย เพื่อรับฟังนโยบายการจัดการเรียนการสอนระบบทวิภาคี การฝึกอาชีพในสถานประกอบการ "
    "และการดูแลช่วยเหลือผู้เรียน ตัวอย่างคำที่มีวรรณยุกต์และสระซ้อน: ปั้น ฟ้า ที่ นี่ ผู้ใหญ่ น้ำ ญี่ปุ่น "
    "ตั้งแต่ ปู่ ป่า ฝั่ง ฎีกา ฐาน กำไร (Latin text and digits 0123456789 mix in as well)."
)
COLUMNS = (
    Column("ที่", 3.6, "right"),
    Column("รหัสนักศึกษา", 6.6),
    Column("ชื่อ - นามสกุล", 14.2),
    Column("ระดับชั้น", 4.7, "centre"),
    Column("สาขาวิชา", 10.2),
    Column("กลุ่ม", 2.8, "centre"),
    Column("เกรดเฉลี่ย", 5.2, "right"),
    Column("สถานะ", 7.6),
    Column("โทรศัพท์", 7.6),
    Column("หมายเหตุ", 10.3),
)
_FIRST = ("สมชาย", "สมหญิง", "ปิยะพงษ์", "กนกวรรณ", "ธีรวัฒน์", "ณัฐธิดา", "วีระศักดิ์", "พิมพ์ชนก", "อภิสิทธิ์",
          "ศุภชัย", "จิราพร", "ภานุวัฒน์", "สุนิสา", "ชัยวัฒน์", "น้ำฝน", "ปั้นจั่น", "ฟ้าใส", "ณัฐวุฒิ", "ปวีณา")  # fmt: skip
_LAST = ("ใจดี", "รักเรียน", "ศรีสุข", "แก้วมณี", "ทองคำ", "บุญมา", "พึ่งบุญ", "สุขสวัสดิ์", "วงศ์ใหญ่", "ปั้นทอง",
         "น้ำใจดี", "ฟ้าประทาน", "ผู้ใหญ่ยิ่ง", "เจริญสุข", "ศักดิ์สิทธิ์")  # fmt: skip
_MAJORS = ("ช่างยนต์", "ช่างไฟฟ้ากำลัง", "ช่างอิเล็กทรอนิกส์", "การบัญชี", "เทคโนโลยีสารสนเทศ",
           "ช่างกลโรงงาน", "การโรงแรม", "อาหารและโภชนาการ")  # fmt: skip
_STATUS = ("กำลังศึกษา", "กำลังศึกษา", "กำลังศึกษา", "พักการเรียน", "สำเร็จการศึกษา")
_NOTES = ("", "", "", "ฝึกอาชีพระบบทวิภาคีที่สถานประกอบการ", "ค้างชำระค่าบำรุงการศึกษา", "ย้ายสถานศึกษา")


def sample_rows(count: int, seed: int = 2569) -> list[list[str]]:
    """`count` made-up learner rows (ten Thai and numeric columns), the same for the same seed."""
    pick = random.Random(seed)
    rows = []
    for number in range(1, count + 1):
        level = pick.choice(("ปวช.", "ปวส."))
        year = pick.randint(1, 3 if level == "ปวช." else 2)
        rows.append([
            str(number),
            f"{66 + pick.randint(0, 3)}{pick.randint(2, 3)}{pick.randint(1, 99999):05d}{pick.randint(0, 9)}",
            f"{pick.choice(('นาย', 'นางสาว'))}{pick.choice(_FIRST)} {pick.choice(_LAST)}",
            f"{level}{year}",
            pick.choice(_MAJORS),
            str(pick.randint(1, 4)),
            f"{pick.uniform(1.5, 4.0):.2f}",
            pick.choice(_STATUS),
            f"08{pick.randint(0, 9)}-{pick.randint(100, 999)}-{pick.randint(1000, 9999)}",
            pick.choice(_NOTES),
        ])  # fmt: skip
    return rows


class SampleThaiReport:
    """A heading, a wrapped Thai paragraph and a learner table over several pages."""

    name = "sample-thai"
    description_th = "ตัวอย่างรายงานภาษาไทย: ย่อหน้าที่ตัดคำ และตารางที่พิมพ์หัวตารางซ้ำทุกหน้า"
    description_en = "Thai sample: a word-wrapped paragraph and a table repeating its header on each page"

    def build(
        self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn, cancel: CancelFn
    ) -> Path:
        """`data_source` is the number of table rows (default 60) or ready-made rows."""
        rows: Sequence[Sequence[str]]
        if isinstance(data_source, int):
            rows = sample_rows(data_source)
        elif data_source is None:
            rows = sample_rows(60)
        else:
            rows = data_source
        return render_report(
            out_path,
            options,
            TITLE,
            lambda kit: [
                kit.heading(TITLE),
                kit.paragraph(PARAGRAPH, first_indent=36, space_after=8),
                kit.table(COLUMNS, rows),
            ],
            progress,
            cancel,
            landscape=True,
        )


def sample_letter() -> OfficialLetter:
    """A made-up letter from a college to an enterprise about dual-system training."""
    return OfficialLetter(
        reference="ศธ 0607.1/123",
        agency=("วิทยาลัยเทคนิคตัวอย่าง", "123 ถนนมิตรภาพ ตำบลในเมือง", "อำเภอเมือง จังหวัดขอนแก่น 40000"),
        date=dt.date(2020, 1, 31),
        subject="ขอความอนุเคราะห์รับนักศึกษาเข้าฝึกอาชีพในระบบทวิภาคี ภาคเรียนที่ 1 ปีการศึกษา 2563",
        salutation="กรรมการผู้จัดการ บริษัท ตัวอย่างยานยนต์ จำกัด",
        citation="บันทึกข้อตกลงความร่วมมือ ลงวันที่ 15 พฤศจิกายน 2562",
        enclosures=("รายชื่อนักศึกษา จำนวน 1 ฉบับ", "แผนการฝึกอาชีพ จำนวน 1 ชุด"),
        body=(
            "ด้วยวิทยาลัยเทคนิคตัวอย่าง ได้จัดการเรียนการสอนระบบทวิภาคีร่วมกับสถานประกอบการ ตามบันทึกข้อตกลง"
            "ความร่วมมือที่อ้างถึง เพื่อให้ผู้เรียนได้ฝึกทักษะวิชาชีพในสถานการณ์จริง",
            "ในการนี้ วิทยาลัยฯ จึงขอความอนุเคราะห์จากท่านรับนักศึกษาสาขาวิชาช่างยนต์ จำนวน 12 คน เข้าฝึกอาชีพ "
            "ตั้งแต่วันที่ 18 พฤษภาคม 2563 ถึงวันที่ 30 กันยายน 2563 ซึ่งผู้ใหญ่บ้านและผู้ปกครองให้ความเห็นชอบแล้ว",
            "จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ จักขอบคุณยิ่ง",
        ),
        signer_name="นายปั้นฟ้า ใจดี",
        signer_position=("ผู้อำนวยการวิทยาลัยเทคนิคตัวอย่าง",),
        contact=("งานทวิภาคี", "โทร. 0 4322 1234 โทรสาร 0 4322 1235"),
    )


class OfficialLetterReport:
    """An official letter (หนังสือภายนอก); `data_source` is an OfficialLetter, or None for the sample."""

    name = "official-letter"
    description_th = "หนังสือราชการภายนอก: ครุฑ ที่ ส่วนราชการ วันที่ เรื่อง เรียน เนื้อความ และลงนาม"
    description_en = "Official letter: Garuda space, reference, agency, date, subject, addressee, body, signature"

    def build(
        self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn, cancel: CancelFn
    ) -> Path:
        from vocdesk.io.pdf.letter import build_official_letter

        letter = data_source if isinstance(data_source, OfficialLetter) else sample_letter()
        return build_official_letter(
            letter, out_path, options.resources_dir, options.thai_digits, progress=progress, cancel=cancel
        )
