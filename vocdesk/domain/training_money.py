"""Money rules of the training centre: satang to Thai words (…บาทถ้วน), baht text, the Thai fiscal year."""

from __future__ import annotations

import datetime as dt

_DIGITS = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")


def _below_million(number: int, has_higher: bool) -> str:
    """0 ≤ number < 1,000,000; a final 1 reads เอ็ด when anything stands before it (11, 101, 1,000,001)."""
    words: list[str] = []
    digits = f"{number:06d}"
    for index, char in enumerate(digits):
        digit, place = int(char), 5 - index
        if digit == 0:
            continue
        if place == 1 and digit == 1:
            words.append("สิบ")
        elif place == 1 and digit == 2:
            words.append("ยี่สิบ")
        elif place == 0 and digit == 1 and (has_higher or number > 1):
            words.append("เอ็ด")
        else:
            words.append(_DIGITS[digit] + _PLACES[place])
    return "".join(words)


def number_words(number: int) -> str:
    """A whole number in Thai words: 21 → ยี่สิบเอ็ด, 1,000,000 → หนึ่งล้าน."""
    if number < 0:
        raise ValueError(number)
    if number == 0:
        return "ศูนย์"
    millions, rest = divmod(number, 1_000_000)
    head = number_words(millions) + "ล้าน" if millions else ""
    return head + _below_million(rest, bool(millions))


def baht_words(satang: int) -> str:
    """The amount as a Thai receipt writes it: 1500000 satang → หนึ่งหมื่นห้าพันบาทถ้วน; 50 → ห้าสิบสตางค์."""
    if satang < 0:
        raise ValueError(satang)
    baht, rest = divmod(satang, 100)
    if rest == 0:
        return f"{number_words(baht)}บาทถ้วน"
    return (f"{number_words(baht)}บาท" if baht else "") + f"{number_words(rest)}สตางค์"


def baht_text(satang: int) -> str:
    """1500050 → `15,000.50`."""
    baht, rest = divmod(satang, 100)
    return f"{baht:,}.{rest:02d}"


def parse_baht(text: str) -> int:
    """`1,500`, `1500.5`, `1500.50` → satang; ValueError for anything else (negative, three decimals)."""
    clean = text.strip().replace(",", "")
    whole, _, fraction = clean.partition(".")
    if not whole.isascii() or not whole.isdigit() or len(fraction) > 2 or (fraction and not fraction.isdigit()):
        raise ValueError(text)
    return int(whole) * 100 + int(fraction.ljust(2, "0") or 0)


def fiscal_year_be(day: dt.date) -> int:
    """Thai government fiscal year (1 October – 30 September), named by the พ.ศ. year in which it ends."""
    return day.year + 543 + (1 if day.month >= 10 else 0)
