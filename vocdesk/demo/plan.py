"""What the demo college teaches: its departments and the reference programmes it runs, with enrolment weights."""

from __future__ import annotations

from dataclasses import dataclass

COLLEGE_CODE = "1370990001"
COLLEGE_NAME_TH = "วิทยาลัยเทคนิคบ้านโป่งสาธิต"
COLLEGE_NAME_EN = "Ban Pong Demonstration Technical College (demo data)"
COLLEGE_PROVINCE_CODE = "70"  # ราชบุรี
NEIGHBOUR_PROVINCE_CODES = ("71", "72", "73", "74", "75", "76")
ENTRY_MONTH_DAY = (5, 16)
"""Semester 1 opens about mid-May; learners enter on this day of their entry year."""
GROUP_SIZE = 40


@dataclass(frozen=True)
class DemoDepartment:
    code: str
    name_th: str
    name_en: str
    is_technical: bool


@dataclass(frozen=True)
class DemoProgramme:
    """A reference programme (found by level and Thai major name) run by one department.

    `local_code` stands in for the OVEC code in group and student codes when the reference list has no confirmed
    code: level digit + 99 + a number, a ประเภทวิชา (99) OVEC does not use.
    """

    level: str
    major_name_th: str
    department: str
    abbreviation: str
    weight: int
    male_share: float
    local_code: str


DEPARTMENTS = (
    DemoDepartment("01", "แผนกวิชาช่างยนต์", "Automotive", True),
    DemoDepartment("02", "แผนกวิชาช่างกลโรงงาน", "Machine Shop", True),
    DemoDepartment("03", "แผนกวิชาช่างเชื่อมโลหะ", "Welding", True),
    DemoDepartment("04", "แผนกวิชาช่างไฟฟ้ากำลัง", "Electrical Power", True),
    DemoDepartment("05", "แผนกวิชาช่างอิเล็กทรอนิกส์", "Electronics", True),
    DemoDepartment("06", "แผนกวิชาช่างก่อสร้าง", "Construction", True),
    DemoDepartment("07", "แผนกวิชาเมคคาทรอนิกส์", "Mechatronics", True),
    DemoDepartment("08", "แผนกวิชาการบัญชี", "Accounting", False),
    DemoDepartment("09", "แผนกวิชาการตลาด", "Marketing", False),
    DemoDepartment("10", "แผนกวิชาคอมพิวเตอร์ธุรกิจ", "Business Computing", False),
    DemoDepartment("11", "แผนกวิชาเทคโนโลยีสารสนเทศ", "Information Technology", False),
    DemoDepartment("12", "แผนกวิชาการจัดการโลจิสติกส์", "Logistics", False),
    DemoDepartment("13", "แผนกวิชาสามัญสัมพันธ์", "General Education", False),
)
GENERAL_EDUCATION = "13"

PROGRAMMES = (
    DemoProgramme("pvc", "ช่างยนต์", "01", "ชย", 14, 0.95, "29901"),
    DemoProgramme("pvc", "ช่างกลโรงงาน", "02", "ชก", 7, 0.95, "29902"),
    DemoProgramme("pvc", "ช่างเชื่อมโลหะ", "03", "ชช", 5, 0.95, "29903"),
    DemoProgramme("pvc", "ช่างไฟฟ้ากำลัง", "04", "ชฟ", 12, 0.93, "29904"),
    DemoProgramme("pvc", "ช่างอิเล็กทรอนิกส์", "05", "ชอ", 6, 0.85, "29905"),
    DemoProgramme("pvc", "ช่างก่อสร้าง", "06", "ชส", 4, 0.80, "29906"),
    DemoProgramme("pvc", "เมคคาทรอนิกส์และหุ่นยนต์", "07", "มค", 4, 0.85, "29907"),
    DemoProgramme("pvc", "การบัญชี", "08", "บช", 8, 0.20, "29908"),
    DemoProgramme("pvc", "การตลาด", "09", "กต", 4, 0.35, "29909"),
    DemoProgramme("pvc", "เทคโนโลยีธุรกิจดิจิทัล", "10", "ธด", 8, 0.40, "29910"),
    DemoProgramme("pvc", "เทคโนโลยีสารสนเทศ", "11", "ทส", 5, 0.60, "29911"),
    DemoProgramme("pvs", "เทคนิคเครื่องกล", "01", "ทค", 7, 0.92, "39901"),
    DemoProgramme("pvs", "เทคโนโลยียานยนต์ไฟฟ้า", "01", "ยฟ", 2, 0.90, "39902"),
    DemoProgramme("pvs", "เทคนิคการผลิต", "02", "ทผ", 4, 0.92, "39903"),
    DemoProgramme("pvs", "เทคนิคโลหะ", "03", "ทล", 2, 0.92, "39904"),
    DemoProgramme("pvs", "ไฟฟ้า", "04", "ฟฟ", 6, 0.90, "39905"),
    DemoProgramme("pvs", "อิเล็กทรอนิกส์", "05", "อล", 3, 0.85, "39906"),
    DemoProgramme("pvs", "โยธา", "06", "ยธ", 2, 0.80, "39907"),
    DemoProgramme("pvs", "เมคคาทรอนิกส์และหุ่นยนต์", "07", "มค", 3, 0.85, "39908"),
    DemoProgramme("pvs", "การบัญชี", "08", "บช", 4, 0.20, "39909"),
    DemoProgramme("pvs", "การตลาด", "09", "กต", 2, 0.35, "39910"),
    DemoProgramme("pvs", "เทคโนโลยีธุรกิจดิจิทัล", "10", "ธด", 4, 0.40, "39911"),
    DemoProgramme("pvs", "เทคโนโลยีสารสนเทศ", "11", "ทส", 3, 0.60, "39912"),
    DemoProgramme("pvs", "การจัดการโลจิสติกส์และซัพพลายเชน", "12", "ลจ", 3, 0.50, "39913"),
)

YEAR_WEIGHTS = {"pvc": (37, 33, 30), "pvs": (53, 47)}
"""Share of a programme's learners in each year (drop-outs thin the later years)."""

# Learner status codes (Thai: กำลังศึกษา, พักการเรียน, ลาออก, พ้นสภาพ) with their share among learners past year 1.
STUDYING, SUSPENDED, WITHDRAWN, DISMISSED = "studying", "suspended", "withdrawn", "dismissed"
STATUS_SHARES = ((SUSPENDED, 0.03), (WITHDRAWN, 0.04), (DISMISSED, 0.03))
STATUS_REASONS = {
    STUDYING: "รับเข้าศึกษา",
    SUSPENDED: "ขอพักการเรียนเพื่อช่วยงานครอบครัว",
    WITHDRAWN: "ลาออกเพื่อไปศึกษาต่อที่สถานศึกษาอื่น",
    DISMISSED: "ไม่ลงทะเบียนเรียนเกินกำหนด",
}

# Teacher position types (Thai: ข้าราชการครู, พนักงานราชการ, ครูอัตราจ้าง, ลูกจ้าง/เจ้าหน้าที่สนับสนุน).
CIVIL_SERVANT, GOVERNMENT_EMPLOYEE, CONTRACT_TEACHER, SUPPORT_STAFF = (
    "civil_servant", "government_employee", "contract_teacher", "support_staff")
TEACHING_POSITIONS = ((CIVIL_SERVANT, 50), (GOVERNMENT_EMPLOYEE, 14), (CONTRACT_TEACHER, 36))
LEARNERS_PER_TEACHER = 24
SUPPORT_SHARE = 0.08
GENERAL_EDUCATION_SHARE = 0.18
