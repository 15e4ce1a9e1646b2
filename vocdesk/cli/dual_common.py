"""Helpers shared by the dual system's commands: `--json` output, Thai or ISO dates, findings and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict, is_dataclass
from typing import Any

from vocdesk.cli.common import print_json
from vocdesk.domain.thai_dates import parse_thai_date
from vocdesk.errors import ValidationFailed

FINDINGS_STOPPED = 1
"""Exit code when findings stopped the action and nothing was written (bad input stays 2)."""


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (the keys docs/dual.md lists)")


def cli_date(text: str, field: str) -> dt.date:
    """ISO or Thai dates (2569-11-02 is read as พ.ศ., 02/11/2569, 2 พ.ย. 2569)."""
    parsed = parse_thai_date(text)
    if parsed is None:
        raise ValidationFailed("invalid", field=field, value=text)
    return parsed.date


def plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def emit(args: argparse.Namespace, value: Any, lines: list[str]) -> None:
    """JSON with --json, else one line per record for a person reading the terminal."""
    if args.json:
        print_json(plain(value))
    else:
        print("\n".join(lines) if lines else "-")
