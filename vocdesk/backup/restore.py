"""Put a backup in place of the main database, keeping a safety copy of what it replaces."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from vocdesk.backup.engine import (
    BackupSummary,
    connect_readonly,
    integrity_verdict,
    summarise,
    write_backup,
)
from vocdesk.errors import DatabaseError
from vocdesk.io.atomic import atomic_path

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What was restored and where the replaced database was kept."""

    restored: BackupSummary
    safety_copy: Path | None
    main_was_readable: bool


def check_backup(path: Path) -> BackupSummary:
    """Summary of a backup after a full integrity check; raise if the file is damaged."""
    conn = connect_readonly(path)
    try:
        verdict = integrity_verdict(conn)
    finally:
        conn.close()
    if verdict != "ok":
        raise DatabaseError("backup_integrity", detail=verdict)
    return summarise(path)


def main_is_readable(db_path: Path) -> bool:
    if not db_path.exists():
        return False
    try:
        conn = connect_readonly(db_path)
    except DatabaseError:
        return False
    try:
        return integrity_verdict(conn, quick=True) == "ok"
    finally:
        conn.close()


def _checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file so that deleting it afterwards loses nothing."""
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _keep_damaged(db_path: Path, safety_folder: Path, now: dt.datetime) -> Path:
    """A damaged database cannot go through the backup API: keep its files byte for byte for later rescue."""
    folder = safety_folder / f"damaged-{now.strftime('%Y%m%d-%H%M%S')}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *SIDE_FILES):
        part = Path(str(db_path) + suffix)
        if part.exists():
            shutil.copy2(part, folder / part.name)
    return folder


def restore_file(backup: Path, db_path: Path, safety_folder: Path, now: dt.datetime) -> RestoreResult:
    """Replace `db_path` with `backup`. No other program may have the database open meanwhile.

    Order: check the backup; safety-copy the current database (backup API if readable, raw files if not);
    copy the backup beside the target and check it; remove the old log files; rename into place.
    """
    summary = check_backup(backup)
    readable = main_is_readable(db_path)
    safety: Path | None = None
    if readable:
        _checkpoint(db_path)
        safety = write_backup(db_path, safety_folder, "before-restore", now).path
    elif db_path.exists():
        safety = _keep_damaged(db_path, safety_folder, now)
    staged = db_path
    try:
        with atomic_path(db_path) as staged:
            src = connect_readonly(backup)
            try:
                dst = sqlite3.connect(staged)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=WAL")
                    verdict = integrity_verdict(dst)
                finally:
                    dst.close()
            finally:
                src.close()
            if verdict != "ok":
                raise DatabaseError("backup_integrity", detail=verdict)
            for suffix in SIDE_FILES:  # a stale log would be replayed onto the restored file and corrupt it
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    finally:
        if staged != db_path:
            for suffix in SIDE_FILES:
                Path(str(staged) + suffix).unlink(missing_ok=True)
    return RestoreResult(summary, safety, readable)


def read_account(backup: Path, username: str) -> tuple[str, bool, str] | None:
    """(role, disabled, password hash) of `username` in a backup file, to authorise a restore when the main
    database cannot be opened; None when the backup has no such user."""
    conn = connect_readonly(backup)
    try:
        row = conn.execute("SELECT role, disabled, password_hash FROM user_account WHERE username = ?",
                           (username.strip().lower(),)).fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return (str(row[0]), bool(row[1]), str(row[2])) if row else None
