"""Command-line interface: argument parsing and subcommand dispatch (GUI start is main.py's job)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import vocdesk
from vocdesk.errors import VocDeskError
from vocdesk.messages import describe

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Subcommand:
    """One `vocdesk NAME` command: how to add its arguments and how to run it."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    handler: Handler


def _subcommands() -> list[Subcommand]:
    """The commands the areas' manifests name (`Area.commands`: modules `vocdesk/cli/*_cmd.py` with one `COMMAND`)."""
    import importlib

    from vocdesk.services.core.areas import areas, unique

    modules = [(module, area.name) for area in areas() for module in area.commands]
    unique(modules, "command module")
    commands = [importlib.import_module(f"vocdesk.cli.{module}").COMMAND for module, _area in modules]
    unique([(command.name, command.name) for command in commands], "command")
    return sorted(commands, key=lambda command: command.name)


def _global_parser(**kwargs: Any) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vocdesk",
        description="VocDesk — ระบบงานทะเบียนและบริหารวิทยาลัยอาชีวศึกษา. Without a command, opens the window.",
        **kwargs,
    )
    _add_global_options(parser)
    return parser


def parse_window_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options for opening the window when `argv` names no command, without importing any command module.

    Opening the window is the common case; building the full parser imports every subcommand (and with them
    the database stack), which would delay the first paint. None means: parse fully with `build_parser`.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    parser = _global_parser(add_help=False)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except SystemExit:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _subcommands():
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.add_arguments(child)
        child.set_defaults(handler=command.handler)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"VocDesk {vocdesk.__version__}")
    parser.add_argument("--home", help="folder for all data, settings, logs and backups (overrides VOCDESK_HOME)")
    parser.add_argument("--db", help="database URL, e.g. postgresql://user@server/vocdesk (default: local SQLite)")
    parser.add_argument("--lang", choices=("th", "en"), default=None, help="language of messages")
    parser.add_argument("--user", help="act as this VocDesk user (required once an administrator exists)")
    parser.add_argument("--password-file", help="read the password from this file's first line (for scripts; "
                        "else VOCDESK_PASSWORD, else a prompt)")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen on a fresh home, migrate, open and close the main window, exit 0")


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; expected errors become one clear line and exit code 2."""
    try:
        return int(args.handler(args))
    except VocDeskError as error:
        print(describe(error, args.lang or "th"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ยกเลิก / cancelled", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    return run(args)
