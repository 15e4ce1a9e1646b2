"""Cell cleaners: trim (also non-breaking spaces), Thai digits, Excel's number forms of IDs, พ.ศ./ค.ศ. dates."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from vocdesk.domain.thai import (
    format_be_short,
    national_id_check_digit,
    normalize_national_id,
    parse_thai_date,
    to_ascii_digits,
)
from vocdesk.io.imports.common_forms import (
    CHECK_OFFSET,
    CHECK_WEIGHTS,
    ColumnCleaner,
    ascii_digits,
    emails,
    mobile_numbers,
    national_ids,
    tidy_text,
)
from vocdesk.io.imports.declaration import Cleaner, header_key
from vocdesk.io.imports.findings import CellProblem

Warnings = list[tuple[str, dict[str, Any]]]

_ODD_SPACES = re.compile(r"[\s\u00a0\u200b\u2007\u202f\ufeff\u2060]+")
_SCIENTIFIC = re.compile(r"([0-9]+)(?:\.([0-9]*))?[eE]\+?([0-9]{1,3})")
_DIGITS = re.compile(r"[0-9]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]+")
_PLAIN_NATIONAL_ID = re.compile(r"[0-9]{13}")
EMAIL_MAX = 120


BLANK_CHARS = (" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                "\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff")


def is_blank(value: Any) -> bool:
    """Empty cells, whitespace-only text (non-breaking and zero-width spaces included) and NaN count as blank."""
    if isinstance(value, str):
        return not value.strip(BLANK_CHARS)
    if value is None:
        return True
    return isinstance(value, float) and math.isnan(value)


def tidy(text: str) -> str:
    """Trim and collapse runs of any space (NBSP, zero-width, thin spaces) to one ASCII space."""
    text = text.strip(BLANK_CHARS)
    if "  " in text or not text.isprintable():  # NBSP, tabs and zero-width spaces are not printable
        return _ODD_SPACES.sub(" ", text).strip()
    return text


def text_of(value: Any) -> str:
    """A cell as text; whole numbers lose Excel's `.0` (a code typed into a number cell)."""
    if isinstance(value, str):
        return tidy(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def _scientific_digits(text_: str) -> str | None:
    """`1.2345E+4` → `12345`; None when the text no longer holds every digit (`6.6201E+10`) or is not whole."""
    match = _SCIENTIFIC.fullmatch(text_)
    if match is None:
        return None
    digits = match.group(1) + (match.group(2) or "")
    point = len(match.group(1)) + int(match.group(3))
    if point > len(digits) or digits[point:].strip("0"):
        return None
    return digits[:point].lstrip("0") or "0"


def text(max_length: int) -> Cleaner:
    def clean(value: Any, warnings: Warnings) -> str:
        result = tidy(value) if value.__class__ is str else text_of(value)
        if len(result) > max_length:
            raise CellProblem("import_too_long", value=result[:40], max=max_length)
        return result
    return ColumnCleaner(clean, tidy_text(max_length))


def code(max_length: int) -> Cleaner:
    """Codes (student, group): Thai digits → ASCII, spaces dropped, `6.62E+10` refused when digits were lost."""
    def clean(value: Any, warnings: Warnings) -> str:
        if value.__class__ is str and value.isascii() and value.isdigit() and len(value) <= max_length:
            return str(value)  # the common case: plain ASCII digits
        result = to_ascii_digits(text_of(value)).replace(" ", "")
        if _SCIENTIFIC.fullmatch(result):
            whole = _scientific_digits(result)
            if whole is None:
                raise CellProblem("import_number_digits_lost", value=result)
            result = whole
        if len(result) > max_length:
            raise CellProblem("import_too_long", value=result[:40], max=max_length)
        return result
    return ColumnCleaner(clean, ascii_digits(max_length))


def _national_id(value: Any, warnings: Warnings) -> str:
    """13 digits with a correct check digit; Excel floats and scientific text are recovered when complete."""
    if value.__class__ is str and _PLAIN_NATIONAL_ID.fullmatch(value):
        # Already 13 ASCII digits (nearly every cell of a std2018 export): the same check digit, without the
        # normalising and per-digit int() calls, which were about a tenth of a 50,000-row import.
        total = sum(map(int.__mul__, value[:12].encode(), CHECK_WEIGHTS)) - CHECK_OFFSET
        if (11 - total % 11) % 10 != ord(value[12]) - 48:
            raise CellProblem("import_national_id_checksum", value=value)
        return str(value)
    digits = normalize_national_id(value)
    if digits is None:
        shown = text_of(value)
        code_ = "import_number_digits_lost" if _SCIENTIFIC.fullmatch(to_ascii_digits(shown)) else \
            "import_national_id_format"
        raise CellProblem(code_, value=shown)
    if national_id_check_digit(digits[:12]) != int(digits[12]):
        raise CellProblem("import_national_id_checksum", value=digits)
    return digits


national_id = ColumnCleaner(_national_id, national_ids)


def date(value: Any, warnings: Warnings) -> dt.date:
    """พ.ศ. or ค.ศ. dates as text or date cells; a date cell in year 2400+ is a พ.ศ. year typed in: converted."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise CellProblem("import_date_invalid", value=text_of(value))
    parsed = parse_thai_date(value)
    if parsed is None:
        raise CellProblem("import_date_invalid", value=text_of(value))
    for code_ in parsed.warnings:
        warnings.append((f"import_{code_}", {"value": text_of(value), "date": format_be_short(parsed.date)}))
    return parsed.date


def decimal(minimum: float, maximum: float, places: int = 2) -> Cleaner:
    """A number in [minimum, maximum], rounded to `places` decimals as the database keeps it."""
    def clean(value: Any, warnings: Warnings) -> float:
        if isinstance(value, bool):
            raise CellProblem("import_number_invalid", value=text_of(value))
        if isinstance(value, int | float):
            number = float(value)
        else:
            try:
                number = float(to_ascii_digits(text_of(value)).replace(",", "."))
            except ValueError:
                raise CellProblem("import_number_invalid", value=text_of(value)) from None
        if not minimum <= number <= maximum:
            raise CellProblem("import_number_range", value=text_of(value), minimum=minimum, maximum=maximum)
        return round(number, places)
    return clean


def choice(accepted: Mapping[str, str], shown: str) -> Cleaner:
    """One of a fixed set: `accepted` maps spellings (compared like headers) to the stored code."""
    table = {header_key(spelling): stored for spelling, stored in accepted.items()}
    exact = {spelling: stored for spelling, stored in accepted.items()}

    def clean(value: Any, warnings: Warnings) -> str:
        found = exact.get(value) if isinstance(value, str) else None
        if found is None:
            found = table.get(header_key(to_ascii_digits(text_of(value))))
        if found is None:
            raise CellProblem("import_choice_invalid", value=text_of(value), choices=shown)
        return found
    return clean


def _phone(value: Any, warnings: Warnings) -> str:
    """Thai phone numbers: a number cell that lost its leading 0 gets it back; odd forms are kept with a warning."""
    if value.__class__ is str and len(value) == 10 and value.isascii() and value.isdigit() and value[0] == "0":
        return str(value)  # the common case: 0812345678
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = text_of(value)
        return "0" + digits if len(digits) in (8, 9) else digits
    result = to_ascii_digits(text_of(value))
    compact = _PHONE_SEPARATORS.sub("", result)
    if compact.startswith("+66"):
        compact = "0" + compact[3:]
    if _DIGITS.fullmatch(compact) and len(compact) in (9, 10) and compact.startswith("0"):
        return compact
    warnings.append(("import_phone_unusual", {"value": result}))
    return result[:30]


def _email(value: Any, warnings: Warnings) -> str:
    result = text_of(value).replace(" ", "")
    if not _EMAIL.fullmatch(result) or len(result) > EMAIL_MAX:
        raise CellProblem("import_email_invalid", value=result[:60])
    return result


phone = ColumnCleaner(_phone, mobile_numbers)
email = ColumnCleaner(_email, emails(EMAIL_MAX))
