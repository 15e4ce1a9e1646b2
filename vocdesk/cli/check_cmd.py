"""`vocdesk check`: full SQLite integrity and foreign-key check plus the audit chain; exit 1 on any problem."""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import asdict
from pathlib import Path

from vocdesk.backup.checks import check_file
from vocdesk.backup.engine import connect_readonly
from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.errors import DatabaseError
from vocdesk.services.audit import verify_audit
from vocdesk.services.permissions import require


def _foreign_key_problems(path: str) -> int:
    conn = connect_readonly(Path(path))
    try:
        return len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError:
        return -1
    finally:
        conn.close()


def _handle(args: argparse.Namespace) -> int:
    from vocdesk.cli.backup_cmd import database_file

    report: dict[str, object] = {}
    try:
        db_path = database_file(args)
    except DatabaseError:
        db_path = None  # PostgreSQL: the server checks its storage; the audit chain is still ours to check
    if db_path is not None:
        result = check_file(db_path, full=True)
        report["integrity"] = result.verdict
        if not result.ok:
            print_json(report)
            raise DatabaseError("database_damaged", detail=result.verdict)
        report["foreign_key_problems"] = _foreign_key_problems(str(db_path))
    with opened_app(args) as opened:
        ctx = opened.context
        require(ctx.actor, "check.run")
        verdict, _ = ctx.run(verify_audit)
        report["audit"] = {"ok": verdict.ok, "checkpoint": str(verdict.checkpoint),
                           "problem": asdict(verdict.problem) if verdict.problem else None}
    print_json(report)
    healthy = verdict.ok and report.get("foreign_key_problems", 0) == 0
    return 0 if healthy else 1


COMMAND = Subcommand("check", "check the database file and the audit trail", lambda parser: None, _handle)
