"""Schema upgrades: back the database up first, then run Alembic; skip Alembic when already current."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from vocdesk.errors import DatabaseError
from vocdesk.persistence.database import Database

_REVISION_RE = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"]([0-9a-z_]+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:['\"]([0-9a-z_]+)['\"]|None)", re.MULTILINE)


def head_revision(migrations_dir: Path) -> str:
    """Read the head revision from the migration files without importing Alembic (it costs ~0.5 s)."""
    revisions: dict[str, str | None] = {}
    for script in (migrations_dir / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        rev, down = _REVISION_RE.search(source), _DOWN_RE.search(source)
        if rev and down:
            revisions[rev.group(1)] = down.group(1)
    parents = {down for down in revisions.values() if down}
    heads = [rev for rev in revisions if rev not in parents]
    if len(heads) != 1:
        raise DatabaseError("migration_heads", heads=sorted(heads))
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class MigrationResult:
    """What `ensure_schema` did."""

    before: str | None
    after: str
    backup: Path | None


def sqlite_backup(db: Database, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's backup API to `target` (via a temporary name, checked)."""
    from vocdesk.backup.engine import copy_database

    source_path = db.engine.url.database
    if not source_path:
        raise DatabaseError("backup_not_sqlite")
    copy_database(Path(source_path), target)
    return target


def _alembic_config(migrations_dir: Path, connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.attributes["connection"] = connection
    return config


def upgrade(db: Database, migrations_dir: Path, revision: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(migrations_dir, conn), revision)


def ensure_schema(db: Database, migrations_dir: Path, backup_dir: Path, stamp: str) -> MigrationResult:
    """Bring the schema to head; an existing SQLite database is backed up before it is changed."""
    head = head_revision(migrations_dir)
    before = current_revision(db)
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    if before is not None and db.is_sqlite:
        backup = sqlite_backup(db, backup_dir / f"before-migration-{before}-{stamp}.sqlite3")
    upgrade(db, migrations_dir)
    return MigrationResult(before, head, backup)
