"""`vocdesk check`: SQLite integrity and foreign keys, the audit chain, malformed settings; exit 1 on any problem."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from vocdesk.backup.checks import check_file
from vocdesk.cli import Subcommand
from vocdesk.cli.backup_cmd import database_file
from vocdesk.cli.common import opened_app, print_json
from vocdesk.errors import DatabaseError
from vocdesk.messages import render
from vocdesk.services.core.backups import database_check


def _handle(args: argparse.Namespace) -> int:
    try:
        db_path = database_file(args)
    except DatabaseError:
        db_path = None  # PostgreSQL: the server checks its storage; the audit chain is still ours to check
    if db_path is not None and db_path.exists():
        # Before signing in: a damaged file cannot be opened, and saying so reveals nothing.
        result = check_file(db_path, full=True)
        if not result.ok:
            print_json({"integrity": result.verdict})
            raise DatabaseError("database_damaged", detail=result.verdict)
    with opened_app(args) as opened:
        report = database_check(opened.context)
    shown = asdict(report)
    for problem in shown["setting_problems"]:  # what to do, in the --lang language, beside the code
        problem["message"] = render(problem["code"], args.lang or "th", **problem["params"])
    print_json({**shown, "healthy": report.healthy})
    return 0 if report.healthy else 1


COMMAND = Subcommand("check", "check the database file and the audit trail", lambda parser: None, _handle)
