"""Backups: consistent while another process writes, restorable even over a damaged database, rotated to about
a year, automatic only when data changed, checked at start; PostgreSQL is refused with a clear message."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories.core import Findings, Zygote, check_database, fresh_database
from vocdesk.backup.checks import RunMarker, startup_check
from vocdesk.backup.engine import backup_files, write_backup
from vocdesk.backup.restore import restore_file
from vocdesk.backup.rotation import RotationPolicy, backups_to_keep
from vocdesk.clock import FixedClock
from vocdesk.errors import DatabaseError, PermissionDenied
from vocdesk.persistence.models import Department
from vocdesk.services.core import backups
from vocdesk.services.core.context import AppContext

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer helper forks (POSIX)")
def test_backups_taken_during_writes_all_restore_sound(tmp_path: Path) -> None:
    db_file = fresh_database(tmp_path, "live")
    made: list[Path] = []

    def take_backups() -> None:
        for number in range(12):
            made.append(write_backup(db_file, tmp_path / "b", "auto", dt.datetime(2026, 11, 24, 9, 0, number)).path)

    zygote = Zygote()
    try:
        acknowledged = zygote.writing_while(db_file, tmp_path, take_backups)
    finally:
        zygote.close()
    counts = []
    for number, backup in enumerate(made):
        restored = tmp_path / f"restored-{number}.sqlite3"
        restore_file(backup, restored, tmp_path / "safety", dt.datetime(2026, 11, 24, 10, 0, number))
        findings = Findings()
        check_database(restored, [], findings)
        assert findings.problems == [], backup.name
        with closing(sqlite3.connect(restored)) as conn:
            counts.append(conn.execute("SELECT count(*) FROM department").fetchone()[0])
    assert counts == sorted(counts) and counts[-1] > counts[0]  # each is a later snapshot of a growing database
    final = Findings()
    check_database(db_file, acknowledged, final)
    assert final.lost == [] and final.problems == []


def _cli(home: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VOCDESK_PASSWORD", "VOCDESK_HOME", "VOCDESK_DB_URL")}
    if password:
        env["VOCDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120, env=env)


def test_restore_over_a_damaged_database_from_the_cli(tmp_path: Path) -> None:
    home, pw = tmp_path / "h", tmp_path / "pw"
    pw.write_text("Admin-pass-2569\n", encoding="utf-8")
    first = _cli(home, "user", "add", "somchai", "--role", "administrator", "--new-password-file", str(pw))
    assert first.returncode == 0 and "setup user" in first.stderr
    denied = _cli(home, "user", "list")
    assert denied.returncode == 2 and "--user" in denied.stderr
    made = _cli(home, "--user", "somchai", "backup", "create", password="Admin-pass-2569")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)["path"]
    database = home / "data" / "vocdesk.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[:100] = b"\xff" * 100
    database.write_bytes(bytes(raw))
    broken = _cli(home, "--user", "somchai", "user", "list", password="Admin-pass-2569")
    assert broken.returncode == 2 and "damaged" in broken.stderr and "Traceback" not in broken.stderr
    wrong = _cli(home, "--user", "somchai", "backup", "restore", backup, "--yes", password="guess-guess-1")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    restored = _cli(home, "--user", "somchai", "backup", "restore", backup, "--yes", password="Admin-pass-2569")
    assert restored.returncode == 0, restored.stderr
    outcome = json.loads(restored.stdout[restored.stdout.rindex("{\n  \"restored\""):])
    assert outcome["previous_database_was_readable"] is False
    assert any(Path(outcome["previous_database_kept_at"]).iterdir())  # the damaged file is kept for rescue
    assert '"user_account": 1' in restored.stdout  # what was going to be restored was shown first
    listed = _cli(home, "--user", "somchai", "user", "list", password="Admin-pass-2569")
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["username"] == "somchai"
    checked = _cli(home, "--user", "somchai", "check", password="Admin-pass-2569")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = json.loads(checked.stdout)
    assert report["integrity"] == "ok" and report["foreign_key_problems"] == 0 and report["healthy"]
    trail = _cli(home, "--user", "somchai", "audit", "list", "--action", "backup.restore", password="Admin-pass-2569")
    assert json.loads(trail.stdout)[0]["actor"] == "somchai"


def _sqlite_only(ctx: AppContext) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("SQLite backups")


def test_restore_needs_password_again_and_keeps_what_it_replaced(ctx: AppContext) -> None:
    _sqlite_only(ctx)
    ctx.run(lambda uow: uow.session.add(Department(code="AUTO", name_th="ช่างยนต์")))
    first = backups.create_backup(ctx)
    ctx.run(lambda uow: uow.session.add(Department(code="ELEC", name_th="ช่างไฟฟ้า")))
    assert first.counts["department"] == 1
    from vocdesk.services.core.context import Actor

    ctx.actor = Actor("somchai", "administrator")
    from vocdesk.services.core.users import create_first_administrator

    ctx.run(lambda uow: create_first_administrator(uow, "somchai", "Admin-pass-2569"))
    with pytest.raises(PermissionDenied) as caught:
        backups.restore_backup(ctx, first.path, None)
    assert caught.value.code == "reauth_required"
    from vocdesk.services.core.login import proof_or_raise, reauthenticate

    proof = proof_or_raise(ctx.run(lambda uow: reauthenticate(uow, "Admin-pass-2569", "backup.restore"))[0])
    result = backups.restore_backup(ctx, first.path, proof)
    with ctx.db.read() as session:
        assert session.scalars(select(Department.code)).all() == ["AUTO"]
    assert result.safety_copy is not None and result.main_was_readable
    with closing(sqlite3.connect(result.safety_copy)) as kept:
        assert sorted(r[0] for r in kept.execute("SELECT code FROM department")) == ["AUTO", "ELEC"]


def test_auto_backup_only_when_data_changed_and_interval_passed(ctx: AppContext, clock: FixedClock) -> None:
    _sqlite_only(ctx)
    assert backups.maybe_auto_backup(ctx) is None  # nothing written yet
    ctx.run(lambda uow: uow.audit("department.create", "department", 1))
    assert backups.maybe_auto_backup(ctx) is not None
    clock.advance(minutes=10)
    ctx.run(lambda uow: uow.audit("department.create", "department", 2))
    assert backups.maybe_auto_backup(ctx) is None  # too soon
    clock.advance(minutes=21)
    assert backups.maybe_auto_backup(ctx) is not None
    clock.advance(minutes=45)
    assert backups.maybe_auto_backup(ctx) is None  # nothing changed since
    assert len(backup_files(ctx.paths.backup_dir)) == 2


def test_backup_folder_setting_is_used_and_checked(ctx: AppContext, tmp_path: Path) -> None:
    _sqlite_only(ctx)
    usb = tmp_path / "usb" / "vocdesk"
    ctx.run(lambda uow: backups.save_backup_settings(uow, str(usb), keep_daily=3))
    made = backups.create_backup(ctx)
    assert made.path.parent == usb.resolve()
    assert backups.backup_settings(ctx).policy.keep_daily == 3
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception) as caught:
        ctx.run(lambda uow: backups.save_backup_settings(uow, str(blocker / "sub")))
    assert getattr(caught.value, "code", "") == "backup_folder_unusable"


def test_postgresql_backups_are_refused_with_a_clear_message(ctx: AppContext) -> None:
    if ctx.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    with pytest.raises(DatabaseError) as caught:
        backups.create_backup(ctx)
    assert caught.value.code == "backup_postgres"
    assert backups.maybe_auto_backup(ctx) is None and backups.backup_before(ctx, "import") is None


def test_rotation_keeps_about_a_year() -> None:
    start = dt.datetime(2025, 11, 24, 9, 0)
    items = [(n, start + dt.timedelta(days=n, hours=h)) for n in range(366) for h in (0, 4)]
    kept = backups_to_keep(items, RotationPolicy())
    kept_times = sorted(at for item, at in items if item in kept)
    newest = items[-1][1]
    assert newest in kept_times
    assert len({(at.year, at.month) for at in kept_times}) >= 11
    assert 320 <= (newest - kept_times[0]).days <= 366  # 12 days + 10 weeks + 9 months: about a year
    assert len(kept) <= 8 + 12 + 10 + 9
    days = {at.date() for at in kept_times if (newest - at).days < 12}
    assert len(days) == 12  # one for each of the last 12 days


def test_rotation_deletes_old_files_on_disk(tmp_path: Path) -> None:
    source = tmp_path / "src.sqlite3"
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("CREATE TABLE t (x)")
    for day in range(40):
        write_backup(source, tmp_path / "b", "auto", dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=day))
    removed = backups.rotate(tmp_path / "b", RotationPolicy(keep_last=2, keep_daily=5, keep_weekly=0, keep_monthly=0))
    assert len(removed) == 35 and len(backup_files(tmp_path / "b")) == 5
    assert len(list((tmp_path / "b").glob("*.json"))) == 5


def test_verify_notices_a_changed_backup(tmp_path: Path) -> None:
    source = tmp_path / "src.sqlite3"
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(2000)])
        conn.commit()
    made = write_backup(source, tmp_path / "b", "manual", dt.datetime(2026, 1, 1, 9))
    assert backups.verify_backup(made.path).checksum_matches is True
    raw = bytearray(made.path.read_bytes())
    raw[-50] ^= 0xFF
    made.path.write_bytes(bytes(raw))
    try:
        assert backups.verify_backup(made.path).checksum_matches is False
    except DatabaseError as error:
        assert error.code == "backup_integrity"


def test_full_check_after_unclean_exit_and_weekly(tmp_path: Path) -> None:
    db_file = tmp_path / "d.sqlite3"
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("CREATE TABLE t (x)")
    now = dt.datetime(2026, 11, 24, 9, 0)
    assert startup_check(db_file, tmp_path, now).reason == "weekly"  # never checked in full before
    assert startup_check(db_file, tmp_path, now + dt.timedelta(days=1)).kind == "quick"
    RunMarker(tmp_path).start(now)  # ... and the app is killed, so the marker stays
    after_crash = startup_check(db_file, tmp_path, now + dt.timedelta(days=2))
    assert (after_crash.kind, after_crash.reason, after_crash.ok) == ("full", "unclean_exit", True)
    RunMarker(tmp_path).stop()
    assert startup_check(db_file, tmp_path, now + dt.timedelta(days=8)).kind == "quick"  # full one was on day 2
    assert startup_check(db_file, tmp_path, now + dt.timedelta(days=9)).reason == "weekly"
