"""Training days as Thai colleges write them: `จ-ศ`, `อ,พ,พฤ`, `จ.-ศ.`, `Mon-Fri`; 0 is Monday."""

from __future__ import annotations

import re

from vocdesk.errors import ValidationFailed

_NAMES = {
    "จ": 0, "จันทร์": 0, "mon": 0, "อ": 1, "อังคาร": 1, "tue": 1, "พ": 2, "พุธ": 2, "wed": 2,
    "พฤ": 3, "พฤหัส": 3, "พฤหัสบดี": 3, "thu": 3, "ศ": 4, "ศุกร์": 4, "fri": 4,
    "ส": 5, "เสาร์": 5, "sat": 5, "อา": 6, "อาทิตย์": 6, "sun": 6,
}
SHORT_TH = ("จ", "อ", "พ", "พฤ", "ศ", "ส", "อา")


def _day(token: str, whole: str) -> int:
    key = token.strip().strip(".").replace("วัน", "").strip().lower()
    if key not in _NAMES:
        raise ValidationFailed("dual.weekdays_invalid", field="weekdays", value=whole)
    return _NAMES[key]


def parse_weekdays(text: str) -> tuple[int, ...]:
    """The weekdays named, in week order; a range `จ-ศ` includes both ends."""
    found: set[int] = set()
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        if "-" in part:
            first, last = (_day(t, text) for t in part.split("-", 1))
            if last < first:
                raise ValidationFailed("dual.weekdays_invalid", field="weekdays", value=text)
            found.update(range(first, last + 1))
        else:
            found.add(_day(part, text))
    if not found:
        raise ValidationFailed("dual.weekdays_invalid", field="weekdays", value=text)
    return tuple(sorted(found))


def format_weekdays(days: tuple[int, ...]) -> str:
    return ",".join(SHORT_TH[d] for d in days)
