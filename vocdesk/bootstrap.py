"""Builds the application context: paths, configuration, database (migrated) and clock."""

from __future__ import annotations

from dataclasses import dataclass

from vocdesk.clock import Clock, SystemClock
from vocdesk.config import LocalConfig, resolve_database_url
from vocdesk.paths import AppPaths
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import MigrationResult, ensure_schema
from vocdesk.services.core.context import Actor, AppContext


@dataclass(frozen=True)
class Opened:
    """A ready context and what the schema check did on the way."""

    context: AppContext
    migration: MigrationResult
    config: LocalConfig


def open_app(
    home: str | None = None,
    db_url: str | None = None,
    *,
    actor: Actor | None = None,
    clock: Clock | None = None,
) -> Opened:
    """Resolve paths, open the database and bring its schema to the current revision."""
    paths = AppPaths.resolve(home).ensure()
    config = LocalConfig.load(paths.config_file)
    url = resolve_database_url(paths, db_url, config)
    db = Database(url)
    the_clock = clock or SystemClock()
    stamp = the_clock.now().strftime("%Y%m%d-%H%M%S")
    try:
        migration = ensure_schema(db, paths.migrations_dir, paths.backup_dir, stamp)
    except BaseException:
        db.dispose()
        raise
    context = AppContext(paths=paths, db=db, clock=the_clock, actor=actor or Actor.setup())
    return Opened(context=context, migration=migration, config=config)
