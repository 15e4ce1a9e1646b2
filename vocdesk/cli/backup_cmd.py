"""`vocdesk backup create|list|verify|restore`: SQLite backups; PostgreSQL ones are the server's (pg_dump)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vocdesk.backup.engine import BackupSummary, read_manifest
from vocdesk.backup.restore import check_backup, main_is_readable, restore_file
from vocdesk.cli import Subcommand
from vocdesk.cli.auth import cli_proof, read_password
from vocdesk.cli.common import opened_app, print_json
from vocdesk.config import LocalConfig, resolve_database_url
from vocdesk.errors import DatabaseError, PermissionDenied, ValidationFailed
from vocdesk.paths import AppPaths
from vocdesk.services.core import backups


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    sub.add_parser("create", help="back up the database now (checked with integrity_check)")
    show = sub.add_parser("list", help="list backups with their date and record counts")
    show.add_argument("--folder", help="backup folder (default: the setting, else the home's backups folder)")
    verify = sub.add_parser("verify", help="full integrity check of a backup file")
    verify.add_argument("file")
    restore = sub.add_parser("restore", help="replace the database with a backup (shows it first; keeps a copy)")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _summary_json(summary: BackupSummary) -> dict[str, Any]:
    data = asdict(summary)
    data["path"] = str(summary.path)
    return data


def database_file(args: argparse.Namespace) -> Path:
    paths = AppPaths.resolve(args.home).ensure()
    url = resolve_database_url(paths, args.db, LocalConfig.load(paths.config_file))
    if not url.startswith("sqlite:///"):
        raise DatabaseError("backup_postgres")
    return Path(url.removeprefix("sqlite:///"))


def _confirm(args: argparse.Namespace, summary: BackupSummary) -> None:
    known = read_manifest(summary.path)
    shown = _summary_json(summary)
    shown["created_at"] = known.created_at if known else ""
    print("Will restore / จะกู้คืน:", file=sys.stderr)
    print_json(shown)
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise ValidationFailed("restore_not_confirmed")
    answer = input("Type 'yes' to replace the current database / พิมพ์ yes เพื่อยืนยัน: ")
    if answer.strip().lower() != "yes":
        raise ValidationFailed("restore_not_confirmed")


def _restore(args: argparse.Namespace) -> int:
    backup = Path(args.file).expanduser().resolve()
    db_path = database_file(args)
    summary = check_backup(backup)
    if main_is_readable(db_path):
        with opened_app(args) as opened:
            _confirm(args, summary)
            proof = cli_proof(args, opened.context, "backup.restore")
            result = backups.restore_backup(opened.context, backup, proof)
    else:
        print(f"VocDesk: the database {db_path} cannot be opened; restoring without it", file=sys.stderr)
        if not args.user:
            raise PermissionDenied("login_required")
        actor = backups.authorise_offline_restore(backup, args.user, read_password(args))
        _confirm(args, summary)
        paths = AppPaths.resolve(args.home).ensure()
        from vocdesk.bootstrap import open_app

        result = restore_file(backup, db_path, paths.backup_dir, _now())
        opened_after = open_app(args.home, args.db, actor=actor)
        try:
            backups.record_restore(opened_after.context, result)
        finally:
            opened_after.context.db.dispose()
    print_json({"restored": str(result.restored.path), "previous_database_kept_at": str(result.safety_copy or ""),
                "previous_database_was_readable": result.main_was_readable})
    return 0


def _now() -> Any:
    from vocdesk.clock import SystemClock

    return SystemClock().now().replace(tzinfo=None, microsecond=0)


def _handle(args: argparse.Namespace) -> int:
    action = args.backup_action
    if action == "restore":
        return _restore(args)
    if action == "verify":
        check = backups.verify_backup(Path(args.file).expanduser())
        print_json({**_summary_json(check.summary), "integrity": "ok", "checksum_matches": check.checksum_matches})
        return 0 if check.checksum_matches is not False else 1
    with opened_app(args) as opened:
        ctx = opened.context
        if action == "create":
            print_json(_summary_json(backups.create_backup(ctx)))
        else:
            folder = Path(args.folder).expanduser() if args.folder else None
            print_json([_summary_json(s) for s in backups.list_backups(ctx, folder)])
    return 0


COMMAND = Subcommand("backup", "create, list, verify or restore SQLite backups", _arguments, _handle)
