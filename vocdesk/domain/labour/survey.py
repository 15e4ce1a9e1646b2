"""The graduate-employment survey's vocabulary: statuses, rounds, salary bands, yes/no and Thai spellings."""

from __future__ import annotations

STATUSES: tuple[tuple[str, str, str], ...] = (
    ("employed_private", "ทำงานภาคเอกชน", "Employed, private sector"),
    ("employed_government", "รับราชการ/รัฐวิสาหกิจ", "Employed, government or state enterprise"),
    ("self_employed", "ประกอบอาชีพอิสระ", "Self-employed"),
    ("further_study", "ศึกษาต่อ", "Further study"),
    ("ordained", "อุปสมบท", "Ordained"),
    ("military_service", "เกณฑ์ทหาร", "Military service"),
    ("unemployed", "ว่างงาน", "Unemployed"),
    ("not_seeking", "ไม่ประสงค์ทำงาน", "Not seeking work"),
    ("unreachable", "ติดต่อไม่ได้", "Unreachable"),
)
"""(code, Thai, English) in the order the survey form lists them."""
STATUS_CODES = tuple(code for code, _th, _en in STATUSES)
STATUS_TH = {code: th for code, th, _en in STATUSES}
STATUS_WORDS: dict[str, str] = {
    **{code: code for code in STATUS_CODES}, **{th: code for code, th, _en in STATUSES},
    **{en: code for code, _th, en in STATUSES},
    "ทำงานเอกชน": "employed_private", "ทำงานบริษัท": "employed_private", "ลูกจ้างเอกชน": "employed_private",
    "รับราชการ": "employed_government", "รัฐวิสาหกิจ": "employed_government", "ข้าราชการ": "employed_government",
    "อาชีพอิสระ": "self_employed", "ธุรกิจส่วนตัว": "self_employed", "ค้าขาย": "self_employed",
    "เรียนต่อ": "further_study", "บวช": "ordained", "ทหาร": "military_service", "รับราชการทหาร": "military_service",
    "ไม่มีงานทำ": "unemployed", "ยังไม่มีงานทำ": "unemployed", "ไม่ต้องการทำงาน": "not_seeking",
    "ติดต่อไม่ได้/ไม่ตอบ": "unreachable", "ไม่ตอบ": "unreachable",
}
ROUNDS = (6, 12)
"""Survey rounds, in months after graduation."""
ROUND_WORDS = {"6": 6, "6 เดือน": 6, "6เดือน": 6, "12": 12, "12 เดือน": 12, "12เดือน": 12, "1 ปี": 12, "1ปี": 12}
SALARY_BANDS: tuple[tuple[str, str], ...] = (
    ("lt10k", "ต่ำกว่า 10,000"), ("10-15k", "10,000–15,000"), ("15-20k", "15,001–20,000"),
    ("20-30k", "20,001–30,000"), ("gt30k", "มากกว่า 30,000"),
)
"""(code, Thai) monthly baht bands; the survey asks a band, never the exact pay."""
SALARY_WORDS: dict[str, str] = {**{code: code for code, _th in SALARY_BANDS}, **{th: code for code, th in SALARY_BANDS},
                                "ต่ำกว่า10,000": "lt10k", "10,000-15,000": "10-15k", "15,001-20,000": "15-20k",
                                "20,001-30,000": "20-30k", "มากกว่า30,000": "gt30k"}
SALARY_TH = dict(SALARY_BANDS)
YES_WORDS = {"ใช่": True, "ตรง": True, "ตรงสาขา": True, "yes": True, "y": True, "true": True, "1": True, "✓": True,
             "ไม่ใช่": False, "ไม่ตรง": False, "ไม่ตรงสาขา": False, "no": False, "n": False, "false": False, "0": False}
WORKING = frozenset({"employed_private", "employed_government", "self_employed"})
"""Statuses for which employer, occupation, in-field and salary mean something."""


def cohort_label(cohort_year_ce: int) -> str:
    """The cohort as colleges name it: the พ.ศ. year of graduation ("รุ่นปี 2567")."""
    return str(cohort_year_ce + 543)
