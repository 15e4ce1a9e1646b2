"""`vocdesk info`: paths, database (password masked), schema revision and row counts as JSON."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

import vocdesk
from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.persistence.base import Base
from vocdesk.persistence.migrate import current_revision


def _handle(args: argparse.Namespace) -> int:
    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            counts = {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in sorted(Base.metadata.tables.items())
            }
        print_json({
            "version": vocdesk.__version__,
            "paths": {
                "data": str(ctx.paths.data_dir),
                "config": str(ctx.paths.config_dir),
                "logs": str(ctx.paths.log_dir),
                "backups": str(ctx.paths.backup_dir),
            },
            "database": ctx.db.masked_url,
            "backend": ctx.db.engine.dialect.name,
            "schema_revision": current_revision(ctx.db),
            "row_counts": counts,
        })
    return 0


COMMAND = Subcommand("info", "print paths, database, schema revision and row counts as JSON",
                     lambda parser: None, _handle)
