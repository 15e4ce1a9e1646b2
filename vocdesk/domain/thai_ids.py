"""Thai digits and 13-digit Thai identity numbers: normalising Excel/typed input, checksum, display, masking."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import TypeAlias

from vocdesk.errors import ValidationFailed

IdValue: TypeAlias = str | int | float | Decimal
"""What an ID can arrive as: typed text, or an Excel number cell read as int/float."""

_THAI_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ASCII_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# Separators people and spreadsheets put inside an ID: spaces of every kind, hyphens and dashes.
_SEPARATORS = re.compile(r"[\s\u00a0\u2007\u202f\u200b\u2060\ufeff\-\u2010-\u2015\u2212]+")
_PLAIN = re.compile(r"[0-9]+")
# A number Excel wrote as text: "1103700012345.0", "1.103700012345E+12".
_NUMERIC_TEXT = re.compile(r"([0-9]+)(?:\.([0-9]*))?(?:[eE]\+?([0-9]{1,3}))?")


def to_ascii_digits(text: str) -> str:
    """Replace Thai digits ๐–๙ with 0–9; everything else is kept."""
    return text.translate(_THAI_TO_ASCII)


def to_thai_digits(text: str) -> str:
    """Replace 0–9 with Thai digits ๐–๙; everything else is kept."""
    return text.translate(_ASCII_TO_THAI)


def _digits_of_number_text(text: str) -> str | None:
    """Integer digits of a plain/float/scientific number text, or None if it is not a whole number
    or if the text no longer carries every digit (scientific notation that was rounded)."""
    match = _NUMERIC_TEXT.fullmatch(text)
    if match is None:
        return None
    whole, fraction, exponent = match.group(1), match.group(2) or "", match.group(3)
    digits = whole + fraction
    point = len(whole) + (int(exponent) if exponent else 0)
    if point > len(digits):
        return None  # digits after the mantissa were lost: do not invent zeros
    if digits[point:].strip("0"):
        return None  # a fractional part: not an identity number
    return digits[:point]


def _digits_of(value: IdValue) -> tuple[str, bool] | None:
    """(digit string, came from a number) for any accepted input form, without length checks."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (str(value), True) if value >= 0 else None
    if isinstance(value, float):
        finite = math.isfinite(value)
    elif isinstance(value, Decimal):
        finite = value.is_finite()
    elif isinstance(value, str):
        return _digits_of_text(value)
    else:
        return None
    if not finite or value < 0 or value != int(value):
        return None
    return str(int(value)), True


def _digits_of_text(value: str) -> tuple[str, bool] | None:
    text = to_ascii_digits(value).strip().strip("\u200b\ufeff")
    if "." in text or "e" in text or "E" in text:
        digits = _digits_of_number_text(text)
        return (digits, True) if digits is not None else None
    compact = _SEPARATORS.sub("", text)
    if not _PLAIN.fullmatch(compact):
        return None
    return compact, compact == text


def normalize_national_id(value: IdValue) -> str | None:
    """The 13 ASCII digits of a national ID typed or imported in any common form, else None.

    Accepts dashes, spaces (also non-breaking), Thai digits, and Excel's float or scientific
    forms as text or as numbers. The checksum is not checked here: see `is_valid_national_id`.
    """
    found = _digits_of(value)
    if found is None or len(found[0]) != 13:
        return None
    return found[0]


def normalize_tax_id(value: IdValue) -> str | None:
    """Like `normalize_national_id`, but a bare 12-digit number gets its leading 0 back.

    Juristic-person tax IDs start with 0, which a spreadsheet number cell drops.
    """
    found = _digits_of(value)
    if found is None:
        return None
    digits, from_number = found
    if len(digits) == 12 and from_number:
        digits = "0" + digits
    return digits if len(digits) == 13 else None


def _check_digit(first12: str) -> int:
    total = sum(int(digit) * (13 - index) for index, digit in enumerate(first12))
    return (11 - total % 11) % 10


def national_id_check_digit(first12: str) -> int:
    """The check digit for the first 12 digits (ASCII or Thai digits)."""
    digits = to_ascii_digits(first12)
    if not re.fullmatch(r"[0-9]{12}", digits):
        raise ValidationFailed(field="national_id", value=first12)
    return _check_digit(digits)


def _has_valid_checksum(digits: str | None) -> bool:
    return digits is not None and _check_digit(digits[:12]) == int(digits[12])


def is_valid_national_id(value: IdValue) -> bool:
    """True when the value normalises to 13 digits whose last digit is the correct check digit."""
    return _has_valid_checksum(normalize_national_id(value))


def is_valid_tax_id(value: IdValue) -> bool:
    """True for a 13-digit tax ID (juristic person or individual) with a correct check digit."""
    return _has_valid_checksum(normalize_tax_id(value))


def format_national_id(value: IdValue) -> str:
    """`#-####-#####-##-#` for anything that normalises to 13 digits; other values come back as text
    unchanged (passport and foreign numbers are legitimate and must still display)."""
    digits = normalize_national_id(value)
    if digits is None:
        return str(value).strip()
    return f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"


def mask_national_id(value: IdValue) -> str:
    """`1-1037-xxxxx-xx-5`: the first five and the last digit stay visible (PDPA lists).

    A value that is not a 13-digit ID (e.g. a passport number) shows only its last character.
    """
    digits = normalize_national_id(value)
    if digits is None:
        text = str(value).strip()
        return "x" * (len(text) - 1) + text[-1:] if len(text) > 1 else "x" * len(text)
    return f"{digits[0]}-{digits[1:5]}-xxxxx-xx-{digits[12]}"
