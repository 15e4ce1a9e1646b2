"""Thai print dates for reports and letters, built on the domain's พ.ศ. formatters."""

from __future__ import annotations

import datetime as dt

from vocdesk.domain.thai import format_be_long, format_be_official, to_thai_digits

__all__ = ["format_be_long", "format_be_official", "printed_on", "to_thai_digits"]


def printed_on(day: dt.date, thai_digits: bool = False) -> str:
    """The footer's print date: `พิมพ์เมื่อ 24 พฤศจิกายน 2569`."""
    return f"พิมพ์เมื่อ {format_be_long(day, thai_digits=thai_digits)}"
