"""Backups of the SQLite database: manual, automatic (every 30 minutes when data changed), before risky
actions, rotation, verification and restore. On PostgreSQL the server's own backups (pg_dump) apply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vocdesk.backup.checks import CheckResult, RunMarker, startup_check
from vocdesk.backup.engine import (
    IGNORED_ACTIONS,
    BackupSummary,
    backup_files,
    created_from_name,
    file_sha256,
    manifest_path,
    read_manifest,
    summarise,
    write_backup,
)
from vocdesk.backup.restore import RestoreResult, check_backup, read_account, restore_file
from vocdesk.backup.rotation import RotationPolicy, backups_to_keep
from vocdesk.errors import DatabaseError, PermissionDenied, ValidationFailed
from vocdesk.persistence.audit_chain import GENESIS
from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.security.passwords import PasswordHashing
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.login import ReauthProof, require_proof
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_registry import SettingProblem, setting_problems
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting

FOLDER = SettingSpec("backup.folder", str, "", "โฟลเดอร์สำรองข้อมูล", "Backup folder")
COUNTS: dict[str, SettingSpec[int]] = {spec.key: spec for spec in (
    SettingSpec("backup.interval_minutes", int, 30, "สำรองข้อมูลทุก (นาที)", "Back up every (minutes)", 0, 100_000),
    SettingSpec("backup.keep_last", int, 8, "เก็บชุดล่าสุด", "Keep the latest", 0, 10_000),
    SettingSpec("backup.keep_daily", int, 12, "เก็บรายวัน", "Keep daily", 0, 10_000),
    SettingSpec("backup.keep_weekly", int, 10, "เก็บรายสัปดาห์", "Keep weekly", 0, 10_000),
    SettingSpec("backup.keep_monthly", int, 9, "เก็บรายเดือน", "Keep monthly", 0, 10_000))}
BACKUP_SETTINGS = (FOLDER, *COUNTS.values())


@dataclass(frozen=True)
class BackupSettings:
    """Where backups go (a USB disk or second drive is best), how often, and how many are kept."""

    folder: Path
    interval: dt.timedelta
    policy: RotationPolicy


def backup_settings(ctx: AppContext) -> BackupSettings:
    with ctx.db.read() as session:
        folder = setting(session, FOLDER)
        values = {key: setting(session, spec) for key, spec in COUNTS.items()}
    return BackupSettings(
        folder=Path(folder) if folder else ctx.paths.backup_dir,
        interval=dt.timedelta(minutes=values["backup.interval_minutes"]),
        policy=RotationPolicy(values["backup.keep_last"], values["backup.keep_daily"], values["backup.keep_weekly"],
                              values["backup.keep_monthly"]),
    )


def save_backup_settings(uow: UnitOfWork, folder: str | None = None, **counts: int) -> None:
    """Administrator: choose the backup folder (checked by writing a probe file) and rotation counts."""
    require(uow.actor, "backup.settings")
    if folder is not None and folder.strip():
        path = Path(folder.strip()).expanduser()
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / ".vocdesk-write-test"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as error:
            raise ValidationFailed("backup_folder_unusable", field="backup.folder", path=str(path),
                                   detail=error.strerror or str(error)) from error
        store_setting(uow, FOLDER, str(path.resolve()))
    for name, value in counts.items():
        key = f"backup.{name}"
        if key not in COUNTS:
            raise ValidationFailed("invalid", field=key)
        store_setting(uow, COUNTS[key], value)


def sqlite_path(ctx: AppContext) -> Path:
    """The database file, or a clear refusal on PostgreSQL (backups there are the server's job)."""
    if not ctx.db.is_sqlite or not ctx.db.engine.url.database:
        raise DatabaseError("backup_postgres")
    return Path(ctx.db.engine.url.database)


def _local_now(ctx: AppContext) -> dt.datetime:
    return ctx.clock.now().replace(tzinfo=None, microsecond=0)


def rotate(folder: Path, policy: RotationPolicy) -> list[Path]:
    """Delete backups (and manifests) the policy no longer keeps; return what was deleted."""
    dated = [(path, created_from_name(path)) for path in backup_files(folder)]
    keep = backups_to_keep([(p, at) for p, at in dated if at is not None], policy)
    removed = []
    for path, at in dated:
        if at is not None and path not in keep:
            path.unlink(missing_ok=True)
            manifest_path(path).unlink(missing_ok=True)
            removed.append(path)
    return removed


def _write(ctx: AppContext, reason: str) -> BackupSummary:
    settings = backup_settings(ctx)
    summary = write_backup(sqlite_path(ctx), settings.folder, reason, _local_now(ctx))
    rotate(settings.folder, settings.policy)
    return summary


def create_backup(ctx: AppContext, reason: str = "manual") -> BackupSummary:
    """A backup the user asked for; recorded in the audit trail."""
    require(ctx.actor, "backup.create")
    summary = _write(ctx, reason)
    ctx.run(lambda uow: uow.audit("backup.create", "backup", summary.path.name, {"reason": reason}))
    return summary


def backup_before(ctx: AppContext, reason: str) -> BackupSummary | None:
    """Call before imports, rollovers, exports and restores; None on PostgreSQL (server backups apply)."""
    if not ctx.db.is_sqlite:
        return None
    return _write(ctx, f"before-{reason}")


def _data_head(ctx: AppContext) -> str:
    with ctx.db.read() as session:
        query = select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        for prefix in IGNORED_ACTIONS:
            query = query.where(AuditEvent.action.not_like(f"{prefix}%"))
        return session.scalar(query) or GENESIS


def maybe_auto_backup(ctx: AppContext) -> BackupSummary | None:
    """The GUI timer calls this: back up when data changed since the newest backup and the interval passed."""
    if not ctx.db.is_sqlite:
        return None
    settings = backup_settings(ctx)
    head = _data_head(ctx)
    newest = next(iter(backup_files(settings.folder)), None)
    if newest is None:
        return _write(ctx, "auto") if head != GENESIS else None
    made = created_from_name(newest)
    if made is not None and _local_now(ctx) - made < settings.interval:
        return None
    known = read_manifest(newest) or summarise(newest)
    return None if known.data_head == head else _write(ctx, "auto")


def list_backups(ctx: AppContext, folder: Path | None = None) -> list[BackupSummary]:
    require(ctx.actor, "backup.view")
    chosen = folder or backup_settings(ctx).folder
    return [read_manifest(path) or summarise(path) for path in backup_files(chosen)]


@dataclass(frozen=True)
class BackupCheck:
    """A backup's integrity check and whether its bytes still match the manifest written with it."""

    summary: BackupSummary
    checksum_matches: bool | None


def verify_backup(path: Path) -> BackupCheck:
    """Full integrity check; raises DatabaseError when SQLite finds damage."""
    summary = check_backup(path)
    manifest = read_manifest(path)
    matches = None if manifest is None or not manifest.sha256 else manifest.sha256 == file_sha256(path)
    return BackupCheck(summary, matches)


def restore_backup(ctx: AppContext, backup: Path, proof: ReauthProof | None) -> RestoreResult:
    """Administrator, with the password re-entered: replace the database with `backup` and migrate it."""
    from vocdesk.persistence.migrate import ensure_schema

    require(ctx.actor, "backup.restore")
    db_path = sqlite_path(ctx)
    check_backup(backup)
    ctx.run(lambda uow: require_proof(uow, proof, "backup.restore"))
    safety_folder = backup_settings(ctx).folder
    ctx.db.dispose()
    result = restore_file(backup, db_path, safety_folder, _local_now(ctx))
    ensure_schema(ctx.db, ctx.paths.migrations_dir, ctx.paths.backup_dir, _local_now(ctx).strftime("%Y%m%d-%H%M%S"))
    record_restore(ctx, result)
    return result


def record_restore(ctx: AppContext, result: RestoreResult) -> None:
    """Write into the restored database who restored what, so its own audit trail shows the event."""
    changes = {"file": result.restored.path.name, "audit_count": result.restored.audit_count,
               "replaced_kept_at": str(result.safety_copy or ""), "main_was_readable": result.main_was_readable}
    ctx.run(lambda uow: uow.audit("backup.restore", "backup", result.restored.path.name, changes))



def authorise_offline_restore(backup: Path, username: str, password: str) -> Actor:
    """When the main database cannot be opened, an administrator *of the backup* may restore it."""
    account = read_account(backup, username)
    if account is None or not PasswordHashing().verify(account[2], password):
        raise PermissionDenied("login_failed")
    role, disabled, _hash = account
    if role != "administrator" or disabled:
        raise PermissionDenied("restore_not_admin", user=username)
    return Actor(username=username.strip().lower(), role=role)


def start_session_checks(ctx: AppContext) -> CheckResult | None:
    """At start (GUI): quick check, or a full one weekly / after an unclean exit; then mark 'running'.

    None on PostgreSQL, where the server checks its own storage.
    """
    if not ctx.db.is_sqlite:
        return None
    result = startup_check(sqlite_path(ctx), ctx.paths.data_dir, ctx.clock.now())
    RunMarker(ctx.paths.data_dir).start(ctx.clock.now())
    return result


def end_session(ctx: AppContext) -> None:
    """At a clean exit: remove the 'running' marker so the next start does not assume a crash."""
    RunMarker(ctx.paths.data_dir).stop()


@dataclass(frozen=True)
class DatabaseCheck:
    """`vocdesk check`: SQLite's full integrity check and foreign keys (None on PostgreSQL), the audit chain, and
    stored settings that break their declaration (key, code, parameters)."""

    integrity: str | None
    foreign_key_problems: int | None
    audit_problem: str | None
    audit_checkpoint: str
    setting_problems: tuple[SettingProblem, ...] = ()

    @property
    def healthy(self) -> bool:
        return (self.integrity in (None, "ok") and not self.foreign_key_problems and self.audit_problem is None
                and not self.setting_problems)


def database_check(ctx: AppContext) -> DatabaseCheck:
    """Full check for the auditor or administrator; run it when the quick start-up check is not enough."""
    from vocdesk.backup.checks import check_file
    from vocdesk.backup.engine import connect_readonly
    from vocdesk.persistence.audit_chain import current_checkpoint, verify_chain

    require(ctx.actor, "check.run")
    integrity = foreign_keys = None
    if ctx.db.is_sqlite:
        path = sqlite_path(ctx)
        integrity = check_file(path, full=True).verdict
        conn = connect_readonly(path)
        try:
            foreign_keys = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        finally:
            conn.close()
    with ctx.db.read() as session:
        problem = verify_chain(session)
        checkpoint = current_checkpoint(session)
        settings = tuple(setting_problems(session))
    return DatabaseCheck(integrity, foreign_keys, str(problem) if problem else None, str(checkpoint), settings)
