"""Buddhist Era (พ.ศ.) dates: parsing typed and Excel input into ISO dates, and Thai display formats."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vocdesk.domain.thai_ids import to_ascii_digits, to_thai_digits

BE_OFFSET = 543
BE_YEAR_MIN = 2400
"""A four-digit year at or above this is read as พ.ศ.; below it as ค.ศ."""

WARN_BE_YEAR_IN_DATE_CELL = "be_year_in_date_cell"
WARN_BE_YEAR_IN_ISO_DATE = "be_year_in_iso_date"
WARN_CE_YEAR_ASSUMED = "ce_year_assumed"
WARN_WEEKDAY_MISMATCH = "weekday_mismatch"

MONTHS_TH = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
             "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_TH_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
# Monday first, as datetime.date.weekday() counts.
WEEKDAYS_TH = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")
_WEEKDAYS_TH_ABBR = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december")


_DROP_FOR_KEY = str.maketrans("", "", " .\t\n\u00a0")


def _month_key(text: str) -> str:
    return text.translate(_DROP_FOR_KEY).lower()


_THAI_MONTHS: dict[str, int] = {_month_key(name): n for n, name in enumerate(MONTHS_TH, 1)}
_THAI_MONTHS.update({_month_key(name): n for n, name in enumerate(MONTHS_TH_ABBR, 1)})
_THAI_MONTHS.update({"กรกฏาคม": 7, "กุมภาพันธ": 2})  # frequent misspellings
_EN_MONTHS: dict[str, int] = {name: n for n, name in enumerate(_MONTHS_EN, 1)}
_EN_MONTHS.update({name[:3]: n for n, name in enumerate(_MONTHS_EN, 1)})
_EN_MONTHS["sept"] = 9

_SPACES = re.compile(r"[\s\u00a0\u200b\u202f\ufeff]+")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?")
_NUMERIC = re.compile(r"([0-9]{1,2}) ?([/.\-]) ?([0-9]{1,2}) ?\2 ?([0-9]{4}|[0-9]{2})")
_WEEKDAY_PREFIX = re.compile(r"^(?:วัน(จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์) ?)?(?:วันที่|ที่)? ?")
_NAMED = re.compile(r"([0-9]{1,2})[ \-/]?([^0-9]+?)[ \-/]?([0-9]{4}|[0-9]{2})")
_ERA = re.compile(r"(?:^|(?<=[ .]))(พ\.? ?ศ\.?|ค\.? ?ศ\.?|b\.? ?e\.?|c\.? ?e\.?|a\.? ?d\.?)$", re.IGNORECASE)
_WEEKDAY_NUMBER = {"จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6}


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date (ISO, Gregorian) with warning codes the caller should show or log."""

    date: dt.date
    warnings: tuple[str, ...] = ()


def _build(year: int, month: int, day: int, warnings: list[str]) -> ParsedDate | None:
    try:
        return ParsedDate(dt.date(year, month, day), tuple(warnings))
    except ValueError:
        return None  # 31/02, 29/02 in a common year, month 13...


def _from_date_value(value: dt.date) -> ParsedDate | None:
    day = value.date() if isinstance(value, dt.datetime) else value
    if day.year < BE_YEAR_MIN:
        return ParsedDate(day)
    return _build(day.year - BE_OFFSET, day.month, day.day, [WARN_BE_YEAR_IN_DATE_CELL])


def _year_to_ce(text: str, era: str | None, english_month: bool) -> tuple[int, list[str]] | None:
    """CE year for a typed year: 2 digits are พ.ศ. 25xx, 4 digits at/above 2400 are พ.ศ."""
    year = int(text)
    stated = None if era is None else ("be" if _month_key(era) in ("พศ", "be") else "ce")
    if len(text) == 2:
        return None if english_month or stated == "ce" else (2500 + year - BE_OFFSET, [])
    if year >= BE_YEAR_MIN:
        return None if stated == "ce" else (year - BE_OFFSET, [])
    if year < 1000 or stated == "be":
        return None
    return year, ([] if stated == "ce" else [WARN_CE_YEAR_ASSUMED])


def _parse_text(text: str) -> ParsedDate | None:
    if match := _ISO.fullmatch(text):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if year >= BE_YEAR_MIN:
            return _build(year - BE_OFFSET, month, day, [WARN_BE_YEAR_IN_ISO_DATE])
        return _build(year, month, day, [])
    if match := _NUMERIC.fullmatch(text):
        year_ce = _year_to_ce(match.group(4), None, english_month=False)
        return _build(year_ce[0], int(match.group(3)), int(match.group(1)), year_ce[1]) if year_ce else None
    match = _NAMED.fullmatch(text)
    if match is None:
        return None
    middle = match.group(2).strip(" -/")
    era_match = _ERA.search(middle)
    era = era_match.group(1) if era_match else None
    if era_match:
        middle = middle[: era_match.start()]
    key = _month_key(middle)
    month_number = _THAI_MONTHS.get(key) or _EN_MONTHS.get(key)
    year_ce = _year_to_ce(match.group(3), era, key in _EN_MONTHS) if month_number else None
    if month_number is None or year_ce is None:
        return None
    return _build(year_ce[0], month_number, int(match.group(1)), year_ce[1])


def parse_thai_date(value: object) -> ParsedDate | None:
    """Read a date typed or imported by Thai users; None when it is not a real date.

    Text forms: `31/01/2563` (also `-` and `.`), `31 ม.ค. 63`, `31 มกราคม 2563`,
    `วันที่ 31 มกราคม พ.ศ. 2563`, Thai digits, ISO `2020-01-31`, English month names.
    Two-digit years are พ.ศ. 25xx; four-digit years from 2400 are พ.ศ., lower ones ค.ศ.
    (warning `ce_year_assumed` unless the text says ค.ศ., or it is ISO). Excel date cells
    (date/datetime) whose year is 2400 or later were typed in พ.ศ. and are shifted back with
    warning `be_year_in_date_cell`.
    """
    if isinstance(value, dt.date):
        return _from_date_value(value)
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", to_ascii_digits(value)).strip()
    prefix = _WEEKDAY_PREFIX.match(text)
    weekday = prefix.group(1) if prefix else None
    parsed = _parse_text(text[prefix.end():] if prefix else text)
    if parsed and weekday and parsed.date.weekday() != _WEEKDAY_NUMBER[weekday]:
        return ParsedDate(parsed.date, (*parsed.warnings, WARN_WEEKDAY_MISMATCH))
    return parsed


def format_be_short(day: dt.date, thai_digits: bool = False) -> str:
    """`31/01/2563`."""
    text = f"{day.day:02d}/{day.month:02d}/{day.year + BE_OFFSET}"
    return to_thai_digits(text) if thai_digits else text


def format_be_long(day: dt.date, thai_digits: bool = False, abbreviated: bool = False) -> str:
    """`31 มกราคม 2563`, or `31 ม.ค. 2563` when abbreviated."""
    month = (MONTHS_TH_ABBR if abbreviated else MONTHS_TH)[day.month - 1]
    text = f"{day.day} {month} {day.year + BE_OFFSET}"
    return to_thai_digits(text) if thai_digits else text


def format_be_official(day: dt.date, thai_digits: bool = True) -> str:
    """`๓๑ มกราคม ๒๕๖๓` as official letters write it (Thai digits unless turned off)."""
    return format_be_long(day, thai_digits=thai_digits)


def thai_weekday_name(day: dt.date, abbreviated: bool = False) -> str:
    """`วันศุกร์` (or `ศ.`) for the real Gregorian date, whatever era it is displayed in."""
    return (_WEEKDAYS_TH_ABBR if abbreviated else WEEKDAYS_TH)[day.weekday()]
