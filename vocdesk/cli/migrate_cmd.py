"""`vocdesk migrate`: bring the database schema up to date (with a backup first on SQLite)."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json


def _handle(args: argparse.Namespace) -> int:
    with opened_app(args) as opened:
        result = opened.migration
        print_json({"before": result.before, "after": result.after,
                    "backup": str(result.backup) if result.backup else None})
    return 0


COMMAND = Subcommand("migrate", "upgrade the database schema (backs up SQLite first)", lambda parser: None, _handle)
