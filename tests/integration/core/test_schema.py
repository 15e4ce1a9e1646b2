"""Migrations produce exactly the models' schema, and startup upgrades with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import vocdesk.persistence.models  # noqa: F401
from vocdesk.clock import FixedClock
from vocdesk.paths import AppPaths
from vocdesk.persistence.base import Base
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import current_revision, ensure_schema, head_revision, upgrade
from vocdesk.persistence.search_index import is_search_artifact


def test_migrations_equal_models(database: Database) -> None:
    with database.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": lambda name, _type, _parents: not is_search_artifact(name)}
        context = MigrationContext.configure(conn, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_head_read_without_alembic_matches_alembic(paths: AppPaths) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir))
    assert head_revision(paths.migrations_dir) == ScriptDirectory.from_config(config).get_current_head()


def test_startup_backs_up_before_upgrading(paths: AppPaths, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO department (code, name_th, name_en, is_technical, version) "
                          "VALUES ('D1', 'ช่างยนต์', '', 1, 1)"))
    # A newer release: the same migrations plus one that adds a table.
    newer = tmp_path / "newer_db"
    shutil.copytree(paths.migrations_dir, newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(paths.migrations_dir)
    (newer / "versions" / "9999_probe.py").write_text(
        f'"""Probe."""\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = "9999_probe"\n'
        f'down_revision = "{head}"\n\n\ndef upgrade():\n'
        f'    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))\n',
        encoding="utf-8",
    )
    stamp = FixedClock().now().strftime("%Y%m%d-%H%M%S")
    result = ensure_schema(db, newer, tmp_path / "backups", stamp)
    assert (result.before, result.after) == (head, "9999_probe")
    assert current_revision(db) == "9999_probe"
    assert result.backup is not None and result.backup.name.startswith(f"before-migration-{head}-")
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT name_th FROM department").fetchall() == [("ช่างยนต์",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "probe" not in tables  # the backup is the database as it was before the upgrade
    db.dispose()


def test_current_database_is_not_touched(paths: AppPaths, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'cur.sqlite3'}")
    first = ensure_schema(db, paths.migrations_dir, tmp_path / "b", "s")
    second = ensure_schema(db, paths.migrations_dir, tmp_path / "b", "s")
    assert first.before is None and first.after == head_revision(paths.migrations_dir)
    assert second.before == second.after and second.backup is None
    assert not (tmp_path / "b").exists()
    db.dispose()
