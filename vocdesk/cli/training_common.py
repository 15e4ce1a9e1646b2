"""Parsing and printing shared by the training-centre commands (`term`, `room`): ISO dates, day specs, windows."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vocdesk.errors import ValidationFailed


def iso_date(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed("invalid", field=field, value=text) from None


def days_arg(text: str) -> tuple[int, ...]:
    from vocdesk.domain.training import parse_days

    try:
        return parse_days(text)
    except ValueError:
        raise ValidationFailed("invalid", field="--days", value=text) from None


def window_arg(text: str) -> Any:
    from vocdesk.domain.training import parse_window

    try:
        return parse_window(text)
    except ValueError:
        raise ValidationFailed("invalid", field="--time", value=text) from None


def equipment_arg(items: list[str] | None) -> dict[str, int]:
    needs: dict[str, int] = {}
    for item in items or ():
        code, sep, count = item.partition("=")
        if not sep or not code.strip() or not count.strip().isascii() or not count.strip().isdigit():
            raise ValidationFailed("invalid", field="--equipment", value=item)
        needs[code.strip()] = needs.get(code.strip(), 0) + int(count)
    return needs


def conflict_json(clash: Any) -> dict[str, Any]:
    from vocdesk.domain.training import format_minutes

    return {"date": clash.day.isoformat(), "start": format_minutes(clash.start), "end": format_minutes(clash.end),
            "kind": clash.kind, "what": clash.what}


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the answer as JSON (for scripts)")


def money_arg(text: str, field: str) -> int:
    """Baht as typed (`1,500`, `1500.50`) → satang."""
    from vocdesk.domain.training_money import parse_baht

    try:
        return parse_baht(text)
    except ValueError:
        raise ValidationFailed("invalid", field=field, value=text) from None


def trainee_ref(session: Any, actor: Any, ref: str) -> Any:
    """`#12`, a national ID in any typed form or a passport number → the trainee row."""
    from vocdesk.services.training.trainees import find_trainee

    return find_trainee(session, actor, ref)
