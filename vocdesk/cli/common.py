"""Helpers shared by subcommands: opening the app context and printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from vocdesk.bootstrap import Opened, open_app


@contextmanager
def opened_app(args: argparse.Namespace) -> Iterator[Opened]:
    opened = open_app(args.home, args.db)
    try:
        yield opened
    finally:
        opened.context.db.dispose()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
