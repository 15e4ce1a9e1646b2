"""Teacher register rules: position types, titles, development topics, TPQI levels and field checks."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from vocdesk.domain.thai_ids import normalize_national_id, normalize_tax_id


class PositionType(enum.Enum):
    """How a person is employed; the values are the stored codes."""

    CIVIL_SERVANT = "civil_servant"
    GOVERNMENT_EMPLOYEE = "government_employee"
    CONTRACT_TEACHER = "contract_teacher"
    SUPPORT_STAFF = "support_staff"

    @property
    def label_th(self) -> str:
        return _POSITION_TEXT[self][0]

    @property
    def label_en(self) -> str:
        return _POSITION_TEXT[self][1]

    @property
    def teaches(self) -> bool:
        """Support staff do not count toward teachers in post."""
        return self is not PositionType.SUPPORT_STAFF

    @property
    def has_contracts(self) -> bool:
        """Government employees and contract teachers work on dated contracts; civil servants do not."""
        return self in (PositionType.GOVERNMENT_EMPLOYEE, PositionType.CONTRACT_TEACHER)


_POSITION_TEXT = {
    PositionType.CIVIL_SERVANT: ("ข้าราชการครู", "Civil-servant teacher"),
    PositionType.GOVERNMENT_EMPLOYEE: ("พนักงานราชการ", "Government employee"),
    PositionType.CONTRACT_TEACHER: ("ครูอัตราจ้าง", "Contract teacher"),
    PositionType.SUPPORT_STAFF: ("บุคลากรสนับสนุน", "Support staff"),
}
# Words people type for each position type in files and forms.
POSITION_ALIASES = {
    PositionType.CIVIL_SERVANT: ("ข้าราชการครู", "ข้าราชการ", "civil_servant", "civil servant"),
    PositionType.GOVERNMENT_EMPLOYEE: ("พนักงานราชการ", "พนักงานราชการครู", "government_employee",
                                       "government employee"),
    PositionType.CONTRACT_TEACHER: ("ครูอัตราจ้าง", "ครูจ้างสอน", "ครูพิเศษสอน", "ลูกจ้างชั่วคราว",
                                    "contract_teacher", "contract teacher"),
    PositionType.SUPPORT_STAFF: ("บุคลากรสนับสนุน", "เจ้าหน้าที่", "ลูกจ้าง", "support_staff", "support staff",
                                 "support"),
}
_POSITION_LOOKUP = {re.sub(r"\s+", "", alias).lower(): kind
                    for kind, aliases in POSITION_ALIASES.items() for alias in aliases}


def parse_position_type(text: str) -> PositionType | None:
    """`ครูจ้างสอน`, `พนักงานราชการ`, `civil_servant`… → PositionType; None when not recognised."""
    return _POSITION_LOOKUP.get(re.sub(r"\s+", "", text).lower())


class DevelopmentTopic(enum.Enum):
    """What a development activity with an enterprise was about."""

    RESEARCH = "research"
    CURRICULUM = "curriculum"
    TECHNOLOGY = "technology"
    TRAINER_COURSE = "trainer_course"

    @property
    def label_th(self) -> str:
        return _TOPIC_TEXT[self][0]

    @property
    def label_en(self) -> str:
        return _TOPIC_TEXT[self][1]


_TOPIC_TEXT = {
    DevelopmentTopic.RESEARCH: ("วิจัยร่วมกับสถานประกอบการ", "Research with an enterprise"),
    DevelopmentTopic.CURRICULUM: ("ร่วมออกแบบหลักสูตร", "Curriculum design"),
    DevelopmentTopic.TECHNOLOGY: ("ฝึกประสบการณ์/อัปเดตเทคโนโลยี", "Technology update"),
    DevelopmentTopic.TRAINER_COURSE: ("หลักสูตรครูฝึก", "Trainer course"),
}

ACADEMIC_TITLES = ("", "ครูผู้ช่วย", "ครู", "ครูชำนาญการ", "ครูชำนาญการพิเศษ", "ครูเชี่ยวชาญ", "ครูเชี่ยวชาญพิเศษ")
"""วิทยฐานะ of civil-servant teachers (empty for other positions)."""
QUALIFICATION_KINDS = ("degree", "occupational")
"""A degree (วุฒิการศึกษา) or an occupational certificate such as a TPQI level (คุณวุฒิวิชาชีพ)."""
TPQI_LEVELS = range(1, 9)
"""Thailand Professional Qualification Institute levels run from 1 to 8."""
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class FieldProblem:
    """A field that broke a rule: the message code and its parameters."""

    field: str
    code: str
    value: str = ""


def check_national_id(value: str) -> tuple[str, FieldProblem | None]:
    """The 13-digit ID (spaces and dashes removed), or a problem naming why it is refused."""
    digits = normalize_national_id(value)
    if digits is None or len(digits) != 13:
        return value, FieldProblem("national_id", "teacher_national_id_format", value)
    from vocdesk.domain.thai_ids import is_valid_national_id

    if not is_valid_national_id(digits):
        return digits, FieldProblem("national_id", "teacher_national_id_checksum", digits)
    return digits, None


def check_tax_id(value: str) -> tuple[str, FieldProblem | None]:
    """A juristic tax ID (13 digits with its check digit); empty is allowed (a partner without one yet)."""
    if not value.strip():
        return "", None
    from vocdesk.domain.thai_ids import is_valid_tax_id

    digits = normalize_tax_id(value)
    if digits is None or not is_valid_tax_id(digits):
        return value, FieldProblem("tax_id", "enterprise_tax_id", value)
    return digits, None


def check_email(value: str) -> FieldProblem | None:
    value = value.strip()
    return None if not value or _EMAIL.fullmatch(value) else FieldProblem("email", "teacher_email", value)


def check_period(start: dt.date, end: dt.date, field: str = "end_date") -> FieldProblem | None:
    return FieldProblem(field, "date_order", end.isoformat()) if end < start else None


def check_tpqi_level(kind: str, level: int | None) -> FieldProblem | None:
    """Occupational certificates carry a level 1–8; degrees carry none."""
    if kind not in QUALIFICATION_KINDS:
        return FieldProblem("kind", "invalid", kind)
    if kind == "occupational" and (level is None or level not in TPQI_LEVELS):
        return FieldProblem("level", "teacher_tpqi_level", str(level))
    return None


def check_hours(hours: float) -> FieldProblem | None:
    """Development hours: more than 0 and at most a year of full days."""
    return None if 0 < hours <= 24 * 366 else FieldProblem("hours", "teacher_development_hours", str(hours))


@dataclass(frozen=True)
class DevelopmentStanding:
    """A teacher's development hours in one academic year against the target."""

    teacher_id: int
    hours: float
    target: float

    @property
    def short_by(self) -> float:
        return max(0.0, self.target - self.hours)

    @property
    def met(self) -> bool:
        return self.hours + 1e-9 >= self.target


def development_standings(teacher_ids: list[int], hours: dict[int, float], target: float
                          ) -> list[DevelopmentStanding]:
    """Every teacher's hours (0 when they have none) against `target`."""
    return [DevelopmentStanding(tid, round(hours.get(tid, 0.0), 2), target) for tid in teacher_ids]
