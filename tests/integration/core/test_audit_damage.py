"""Damaged audit values (a disk fault, a hand edit) are reported as tampered — record, column, why — never a traceback.

Each column of the audit trail is damaged in turn, with what its backend lets a hand edit store there: on SQLite any
type and any bytes, on PostgreSQL only values of the column's type.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from vocdesk.bootstrap import open_app
from vocdesk.persistence.audit_chain import chain_head
from vocdesk.services.core.audit import list_audit, verify_audit
from vocdesk.services.core.backups import database_check
from vocdesk.services.core.context import AppContext

ROOT = Path(__file__).resolve().parents[3]
TARGET = 3
TEXT_COLUMNS = ("actor", "action", "entity", "entity_id", "changes_json", "prev_hash", "hash")
SQLITE_DAMAGE = {  # column → (SQL value, is it unreadable as the column's type)
    "at": [("'not a time'", True), ("12345", True), ("X'FFFE00'", True), ("'2026-01-01 00:00:00.000000'", False)],
    **{c: [("X'C3'", True), ("CAST(X'C3A9FF' AS TEXT)", True), ("42", False), ("''", False)]
        for c in TEXT_COLUMNS},
}
POSTGRES_DAMAGE = {
    "at": [("TIMESTAMP '2001-02-03 04:05:06'", False)],
    **{c: [("'x'", False), ("''", False)] for c in TEXT_COLUMNS},
}


def _fill(ctx: AppContext, how_many: int = 6) -> None:
    for number in range(how_many):
        ctx.run(lambda uow, n=number: uow.audit("learner.update", "learner", n, {"phone": ["0811111111", "099"]}))


def _damage(ctx: AppContext, column: str, value: str) -> None:
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_event SET {column} = {value} WHERE id = {TARGET}"))


def _restore(ctx: AppContext, column: str, original: object) -> None:
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_event SET {column} = :v WHERE id = {TARGET}"), {"v": original})


def test_each_column_damaged_in_turn_is_a_finding_not_an_exception(ctx: AppContext) -> None:
    _fill(ctx)
    damage = SQLITE_DAMAGE if ctx.db.is_sqlite else POSTGRES_DAMAGE
    with ctx.db.engine.connect() as conn:
        originals = dict(conn.execute(text(f"SELECT * FROM audit_event WHERE id = {TARGET}")).mappings().one())
    tried = 0
    for column, values in damage.items():
        for value, unreadable in values:
            _damage(ctx, column, value)
            verdict, _ = ctx.run(lambda uow: verify_audit(uow))
            assert not verdict.ok and verdict.problem is not None, (column, value)
            assert verdict.problem.event_id in (TARGET, TARGET + 1), (column, value)  # or the next link
            if unreadable:
                assert (verdict.problem.event_id, verdict.problem.reason, verdict.problem.column) == (
                    TARGET, "unreadable_value", column), (column, value)
            report = database_check(ctx)
            assert not report.healthy and report.audit_problem is not None
            if unreadable:
                assert f"({column}:" in report.audit_problem
            listed, _ = ctx.run(lambda uow: list_audit(uow))
            damaged = [row for row in listed if row.damaged]
            assert [row.id for row in damaged] == ([TARGET] if unreadable else []), (column, value)
            with ctx.db.read() as session:
                assert chain_head(session)
            _restore(ctx, column, originals[column])
            tried += 1
    verdict, _ = ctx.run(lambda uow: verify_audit(uow))
    assert verdict.ok and tried == sum(len(v) for v in damage.values())


def test_audit_verify_and_check_on_the_command_line_name_the_damaged_record(tmp_path: Path) -> None:
    home = tmp_path / "home"
    opened = open_app(str(home), None)
    _fill(opened.context)
    with opened.context.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_event SET at = 'garbled by a disk fault' WHERE id = {TARGET}"))
    opened.context.db.dispose()
    for command in (("audit", "verify"), ("check",)):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *command],
                                capture_output=True, text=True, check=False, timeout=120)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        report = json.loads(result.stdout)
        if command[0] == "audit":
            assert report["ok"] is False
            assert report["problem"] == {"event_id": TARGET, "reason": "unreadable_value", "column": "at",
                                         "detail": "not a date and time"}
        else:
            assert report["healthy"] is False and report["audit_problem"].startswith(f"#{TARGET} unreadable_value (at")


def test_a_readable_chain_still_verifies_and_lists(ctx: AppContext) -> None:
    _fill(ctx, 3)
    verdict, _ = ctx.run(lambda uow: verify_audit(uow))
    listed, _ = ctx.run(lambda uow: list_audit(uow))
    assert verdict.ok and [row.id for row in listed] == [3, 2, 1] and not any(row.damaged for row in listed)
