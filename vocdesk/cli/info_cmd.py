"""`vocdesk info`: paths, database (password masked), schema revision; row counts only for a signed-in `--user`."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

import vocdesk
from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.persistence.base import Base
from vocdesk.persistence.migrate import current_revision


def _handle(args: argparse.Namespace) -> int:
    """Usable for support without signing in: what is not personal always, how much data only after `--user`."""
    signed_in = bool(getattr(args, "user", None))
    with opened_app(args, sign_in=signed_in) as opened:
        ctx = opened.context
        info: dict[str, object] = {
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
            "signed_in": ctx.actor.username if signed_in else None,
        }
        if signed_in:
            with ctx.db.read() as session:
                info["row_counts"] = {
                    name: session.scalar(select(func.count()).select_from(table)) or 0
                    for name, table in sorted(Base.metadata.tables.items())
                }
        print_json(info)
    return 0


COMMAND = Subcommand("info", "print paths, database (password masked) and schema revision as JSON; "
                     "row counts too when signed in with --user", lambda parser: None, _handle)
