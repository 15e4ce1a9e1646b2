"""The code printed as a QR on a weekly logbook sheet, so a returned paper sheet opens the right placement and week."""

from __future__ import annotations

import datetime as dt
import re

PREFIX = "vocdesk-logbook"
_CODE = re.compile(rf"{PREFIX}:([0-9]{{1,10}}):([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})")


def sheet_code(placement_id: int, week: dt.date) -> str:
    return f"{PREFIX}:{placement_id}:{week.isoformat()}"


def parse_sheet_code(text: str) -> tuple[int, dt.date] | None:
    """(placement, Monday) from a scanned code; None for anything else (a scanner may add spaces or a newline)."""
    match = _CODE.fullmatch(text.strip())
    if match is None:
        return None
    try:
        return int(match[1]), dt.date.fromisoformat(match[2])
    except ValueError:
        return None
