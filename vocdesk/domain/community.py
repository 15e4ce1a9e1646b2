"""Community-service rules: ORDS v0.3 code lists, Thai item categories, the repair status flow and job numbers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vocdesk.domain.academic import fiscal_year_of
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed

ORDS_COUNTRY = "THA"
DEFAULT_PARTS_ALLOWANCE_SATANG = 15_000  # ฿150 per item, seen in flood-relief reports (a setting)

# The 40 ORDS v0.3 product categories (id -> English name), as OpenRepairData_v0.3_Product_Categories.csv lists them.
ORDS_CATEGORIES: dict[int, str] = dict(enumerate((
    "Aircon/dehumidifier", "Battery/charger/adapter", "Decorative or safety lights", "Desktop computer",
    "Digital compact camera", "DSLR/video camera", "Fan", "Flat screen", "Hair & beauty item",
    "Handheld entertainment device", "Headphones", "Hi-Fi integrated", "Hi-Fi separates", "Kettle", "Lamp", "Laptop",
    "Large home electrical", "Misc", "Mobile", "Musical instrument", "Paper shredder", "PC accessory",
    "Portable radio", "Power tool", "Printer/scanner", "Projector", "Sewing machine", "Small home electrical",
    "Small kitchen item", "Tablet", "Toaster", "Toy", "TV and gaming-related accessories", "Vacuum", "Watch/clock",
    "Coffee maker", "Food processor", "Games console", "Hair dryer", "Iron",
), start=1))
MISC_ID = 18
# The same categories as a Thai clerk names them (what screens, slips and partner_product_category show).
ORDS_CATEGORIES_TH: dict[int, str] = dict(enumerate((
    "เครื่องปรับอากาศ/เครื่องลดความชื้น", "แบตเตอรี่/ที่ชาร์จ/อะแดปเตอร์", "ไฟประดับหรือไฟฉุกเฉิน", "คอมพิวเตอร์ตั้งโต๊ะ",
    "กล้องดิจิทัลคอมแพค", "กล้อง DSLR/กล้องวิดีโอ", "พัดลม", "จอแบน/ทีวีจอแบน", "อุปกรณ์ทำผมและความงาม",
    "เครื่องเล่นพกพา", "หูฟัง", "เครื่องเสียงแบบรวม", "เครื่องเสียงแยกชิ้น", "กาต้มน้ำไฟฟ้า", "โคมไฟ",
    "คอมพิวเตอร์โน้ตบุ๊ก", "เครื่องใช้ไฟฟ้าขนาดใหญ่", "อื่น ๆ", "โทรศัพท์มือถือ", "เครื่องดนตรี", "เครื่องทำลายเอกสาร",
    "อุปกรณ์ต่อพ่วงคอมพิวเตอร์", "วิทยุพกพา", "เครื่องมือไฟฟ้า", "เครื่องพิมพ์/สแกนเนอร์", "เครื่องฉายภาพ", "จักรเย็บผ้า",
    "เครื่องใช้ไฟฟ้าขนาดเล็ก", "เครื่องใช้ในครัวขนาดเล็ก", "แท็บเล็ต", "เครื่องปิ้งขนมปัง", "ของเล่น",
    "อุปกรณ์เสริมทีวีและเกม", "เครื่องดูดฝุ่น", "นาฬิกา", "เครื่องชงกาแฟ", "เครื่องเตรียมอาหาร/เครื่องปั่น",
    "เครื่องเล่นเกม", "ไดร์เป่าผม", "เตารีด",
), start=1))

# Thai categories ORDS lacks: code -> (Thai name, ORDS category id or None for the unpowered summary).
THAI_CATEGORIES: dict[str, tuple[str, int | None]] = {
    "motorcycle": ("รถจักรยานยนต์", None),
    "pickup": ("รถกระบะ", None),
    "car": ("รถยนต์", None),
    "van": ("รถตู้", None),
    "bicycle": ("จักรยาน", None),
    "farm_machinery": ("เครื่องจักรกลการเกษตร", None),
    "water_pump": ("เครื่องสูบน้ำ", MISC_ID),
    "rice_cooker": ("หม้อหุงข้าว", 29),
    "refrigerator": ("ตู้เย็น", 17),
    "washing_machine": ("เครื่องซักผ้า", 17),
    "furniture": ("เฟอร์นิเจอร์", None),
}

# Status flow; washing and drying are for flood items only (may be skipped). Each status -> next allowed ones.
STATUSES = ("received", "diagnosing", "washing", "drying", "repairing", "checking", "returned")
_NEXT: dict[str, frozenset[str]] = {
    "received": frozenset({"diagnosing"}),
    "diagnosing": frozenset({"washing", "repairing", "checking"}),
    "washing": frozenset({"drying"}),
    "drying": frozenset({"repairing", "checking"}),
    "repairing": frozenset({"checking"}),
    "checking": frozenset({"repairing", "returned"}),
    "returned": frozenset(),
}
STATUS_TH = {"received": "รับเรื่อง", "diagnosing": "ตรวจอาการ", "washing": "ล้างดินโคลน", "drying": "ตากแห้ง",
             "repairing": "ซ่อม", "checking": "ตรวจสอบ", "returned": "ส่งคืนแล้ว"}
REPAIR_STATUSES = ("Fixed", "Repairable", "End of life", "Unknown")
REPAIR_STATUS_TH = {"Fixed": "ซ่อมได้", "Repairable": "ซ่อมต่อได้", "End of life": "ซ่อมไม่ได้", "Unknown": "ยังไม่ทราบ"}
END_OF_LIFE = "End of life"
# ORDS v0.3's own code list (its table schema says "Too worn out", where DOMAIN.md quoted "Item too worn out").
BARRIERS = ("Spare parts not available", "Spare parts too expensive", "No way to open product",
            "Repair information not available", "Lack of equipment", "Too worn out")
POINT_KINDS = ("fixit_centre", "flood_relief", "road_safety", "community_day")
_PROVIDER = re.compile(r"^[a-z]+$")


@dataclass(frozen=True)
class Category:
    """An item category as the clerk picks it, with its ORDS mapping (None: the unpowered summary)."""

    code: str
    name: str
    ords_id: int | None

    @property
    def ords_name(self) -> str | None:
        return None if self.ords_id is None else ORDS_CATEGORIES[self.ords_id]


def category(code: str) -> Category:
    """`ords:7` for an ORDS category, or a Thai code such as `motorcycle`."""
    if code.startswith("ords:") and code[5:].isdigit() and int(code[5:]) in ORDS_CATEGORIES:
        number = int(code[5:])
        return Category(code, ORDS_CATEGORIES_TH[number], number)
    if code in THAI_CATEGORIES:
        name, ords_id = THAI_CATEGORIES[code]
        return Category(code, name, ords_id)
    raise ValidationFailed("community.category", field="category", value=code)


def all_categories() -> list[Category]:
    return [category(f"ords:{n}") for n in ORDS_CATEGORIES] + [category(c) for c in THAI_CATEGORIES]


def check_transition(current: str, new: str) -> None:
    if new not in STATUSES:
        raise ValidationFailed("invalid", field="status", value=new)
    if new not in _NEXT[current]:
        raise ValidationFailed("community.status_flow", field="status", value=new, current=current)


def check_outcome(repair_status: str, barrier: str | None) -> None:
    """The ORDS repair status, and a barrier only (and always optional) for End of life."""
    if repair_status not in REPAIR_STATUSES:
        raise ValidationFailed("invalid", field="repair_status", value=repair_status)
    if barrier is not None:
        if repair_status != END_OF_LIFE:
            raise ValidationFailed("community.barrier_not_eol", field="barrier", value=barrier)
        if barrier not in BARRIERS:
            raise ValidationFailed("invalid", field="barrier", value=barrier)


def is_provider(provider: str) -> bool:
    """ORDS ids are `<provider>-<number>`: the provider is lower-case letters only."""
    return _PROVIDER.fullmatch(provider) is not None


def check_provider(provider: str) -> str:
    if not is_provider(provider):
        raise ValidationFailed("community.provider", field="provider", value=provider)
    return provider


def job_label(point_code: str, fiscal_year: int, number: int) -> str:
    """What the claim slip shows: `HY1-2569-0042`."""
    return f"{point_code}-{fiscal_year}-{number:04d}"


def job_fiscal_year(received_on: dt.date) -> int:
    return fiscal_year_of(received_on)


# Personal data in free text: 13-digit IDs (with or without dashes), phone numbers, e-mail addresses.
_PERSONAL = (
    re.compile(r"\d[\s-]?\d{4}[\s-]?\d{5}[\s-]?\d{2}[\s-]?\d"),
    re.compile(r"(?:\+66|0)\d{1,2}[\s-]?\d{3}[\s-]?\d{3,4}"),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
)


_PREFIXES = ("เด็กชาย", "เด็กหญิง", "นางสาว", "ด.ช.", "ด.ญ.", "น.ส.", "นาง", "นาย")


def _name_parts(names: tuple[str, ...]) -> list[str]:
    """Each part, and the part without a title written onto it (นางสาวมาลี → มาลี), longest first."""
    parts: set[str] = set()
    for name in (n.strip() for n in names):
        parts.add(name)
        parts.update(name[len(p):] for p in _PREFIXES if name.startswith(p))
    return sorted((p for p in parts if len(p) >= 2), key=len, reverse=True)


def scrub_problem(text: str, owner_names: tuple[str, ...] = ()) -> str:
    """The problem as told, with IDs, phones, e-mails and the owner's name parts removed; Thai stays as it is."""
    clean = to_ascii_digits(text)
    for pattern in _PERSONAL:
        clean = pattern.sub("[…]", clean)
    for name in _name_parts(owner_names):
        clean = clean.replace(name, "[…]")
    return " ".join(clean.split())
