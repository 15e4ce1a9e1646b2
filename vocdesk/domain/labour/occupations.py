"""Occupation schemes: ISCO-08, ISCO-88 and the Thai TSCO 2544 (built on ISCO-88) — major groups and code checks."""

from __future__ import annotations

import re

SCHEMES = ("isco08", "isco88", "tsco")
_CODE = re.compile(r"[0-9]{1,4}")
ISCO08_MAJOR = {
    "0": ("Armed forces occupations", "ทหาร"),
    "1": ("Managers", "ผู้จัดการ ข้าราชการระดับอาวุโส และผู้บัญญัติกฎหมาย"),
    "2": ("Professionals", "ผู้ประกอบวิชาชีพด้านต่าง ๆ"),
    "3": ("Technicians and associate professionals", "ช่างเทคนิคสาขาต่าง ๆ และผู้ปฏิบัติงานที่เกี่ยวข้อง"),
    "4": ("Clerical support workers", "เสมียน"),
    "5": ("Service and sales workers", "พนักงานบริการและพนักงานขายในร้านค้าและตลาด"),
    "6": ("Skilled agricultural, forestry and fishery workers", "ผู้ปฏิบัติงานที่มีฝีมือในด้านการเกษตร ป่าไม้ และประมง"),
    "7": ("Craft and related trades workers", "ผู้ปฏิบัติงานด้านความสามารถทางฝีมือและธุรกิจอื่น ๆ ที่เกี่ยวข้อง"),
    "8": ("Plant and machine operators, and assemblers", "ผู้ควบคุมเครื่องจักรโรงงานและเครื่องจักร และผู้ปฏิบัติงานด้านการประกอบ"),
    "9": ("Elementary occupations", "อาชีพขั้นพื้นฐานต่าง ๆ ด้านการขายและการให้บริการ"),
}
ISCO88_MAJOR = {
    "0": ("Armed forces", "ทหาร"),
    "1": ("Legislators, senior officials and managers", "ผู้บัญญัติกฎหมาย ข้าราชการระดับอาวุโส และผู้จัดการ"),
    "2": ("Professionals", "ผู้ประกอบวิชาชีพด้านต่าง ๆ"),
    "3": ("Technicians and associate professionals", "ช่างเทคนิคสาขาต่าง ๆ และอาชีพที่เกี่ยวข้องกับอาชีพต่าง ๆ"),
    "4": ("Clerks", "เสมียน เจ้าหน้าที่"),
    "5": ("Service workers and shop and market sales workers", "พนักงานบริการ พนักงานขายในร้านค้าและตลาด"),
    "6": ("Skilled agricultural and fishery workers", "ผู้ปฏิบัติงานที่มีฝีมือในด้านการเกษตรและการประมง"),
    "7": ("Craft and related trades workers", "ผู้ปฏิบัติงานโดยใช้ฝีมือในธุรกิจต่าง ๆ และอาชีพอื่น ๆ ที่เกี่ยวข้อง"),
    "8": ("Plant and machine operators and assemblers", "ผู้ควบคุมเครื่องจักรในโรงงาน เครื่องจักร และผู้ปฏิบัติงานด้านการประกอบ"),
    "9": ("Elementary occupations", "อาชีพพื้นฐานต่าง ๆ ในด้านการขายและการให้บริการ"),
}
MAJOR_GROUPS = {"isco08": ISCO08_MAJOR, "isco88": ISCO88_MAJOR, "tsco": ISCO88_MAJOR}
SCHEME_WORDS = {"isco08": "isco08", "isco-08": "isco08", "isco 08": "isco08", "isco88": "isco88",
                "isco-88": "isco88", "isco 88": "isco88", "tsco": "tsco", "tsco2544": "tsco", "tsco 2544": "tsco"}


def _key(text: str) -> str:
    return re.sub(r"[\s,.\-]+", " ", text.strip().casefold()).replace(" ", "")


_BY_LABEL: dict[str, dict[str, str]] = {
    scheme: {_key(label): code for code, labels in groups.items() for label in labels}
    for scheme, groups in MAJOR_GROUPS.items()
}


def scheme_of(text: str) -> str | None:
    """"ISCO-08" → "isco08"; None when the text names no known scheme."""
    return SCHEME_WORDS.get(text.strip().casefold())


def valid_code(scheme: str, code: str) -> bool:
    """A 1–4 digit code whose major group exists in the scheme (unit groups below it are not checked offline)."""
    return bool(_CODE.fullmatch(code)) and code[0] in MAJOR_GROUPS[scheme]


def code_of_label(scheme: str, label: str) -> str | None:
    """The major-group code a published title names in the scheme ("Clerks" → "4" in ISCO-88), or None."""
    return _BY_LABEL[scheme].get(_key(label))


def schemes_of_label(label: str) -> list[str]:
    """Which schemes have a major group with this exact title (both ISCO editions share some titles)."""
    return [scheme for scheme in ("isco08", "isco88") if _key(label) in _BY_LABEL[scheme]]
