"""Helpers shared by subcommands: opening the app context and printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the database stack costs ~0.5 s to import: `--help` and `--version` must not pay for it
    from vocdesk.bootstrap import Opened


@contextmanager
def opened_app(args: argparse.Namespace, *, sign_in: bool = True) -> Iterator[Opened]:
    """Open the app acting as the signed-in `--user` (or the setup actor on a database with no administrator);
    with `sign_in=False` nobody acts (role `none`, refused everywhere)."""
    from sqlalchemy.exc import DatabaseError as DriverDatabaseError
    from sqlalchemy.exc import OperationalError

    from vocdesk.bootstrap import open_app
    from vocdesk.cli.auth import resolve_actor
    from vocdesk.errors import DatabaseError
    from vocdesk.services.core.context import Actor

    try:
        opened = open_app(args.home, args.db)
    except DriverDatabaseError as error:  # e.g. "file is not a database": say how to recover, no traceback
        if isinstance(error, OperationalError):
            raise
        raise DatabaseError("database_damaged", detail=str(error.orig)) from error
    try:
        opened.context.actor = resolve_actor(args, opened.context) if sign_in else Actor(username="", role="none")
        yield opened
    finally:
        opened.context.db.dispose()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
