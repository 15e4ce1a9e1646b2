"""`vocdesk timetable import FILE --term 2/2569 [--create-rooms] [--dry-run]`: a term's timetable (FET or Excel)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json


def _import(args: argparse.Namespace) -> int:
    from vocdesk.services.training.timetable_import import import_timetable, read_timetable

    language = args.lang or "th"
    with opened_app(args) as opened:
        ctx = opened.context
        parsed = read_timetable(ctx.actor, Path(args.file))
        report, _ = ctx.run(lambda uow: import_timetable(uow, parsed, args.term, create_rooms=args.create_rooms,
                                                         commit=not args.dry_run))
    answer = {"term": report.term, "committed": report.committed, "rows": report.rows, "lessons": report.lessons,
              "added": report.added, "removed": report.removed, "unchanged": report.unchanged,
              "unknown_rooms": list(report.unknown_rooms), "created_rooms": list(report.created_rooms),
              "errors": [f.as_dict(language) for f in report.findings if f.is_error],
              "warnings": [f.as_dict(language) for f in report.findings if not f.is_error]}
    if args.json:
        print_json(answer)
    else:
        state = "imported" if report.committed else "dry run" if args.dry_run and not report.errors else "NOT imported"
        print(f"{report.term}: {state}; {report.lessons} lessons (+{report.added} −{report.removed})")
        for finding in report.findings:
            print(f"  row {finding.row} {finding.column}: {finding.message(language)}")
    return 1 if report.errors else 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="timetable_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="replace a term's timetable from FET's CSV export or an Excel sheet")
    imp.add_argument("file")
    imp.add_argument("--term", required=True, help="e.g. 2/2569 (set it first with `vocdesk term set`)")
    imp.add_argument("--create-rooms", action="store_true", help="create unknown rooms (bookable, no buffers)")
    imp.add_argument("--dry-run", action="store_true", help="show findings and changes, write nothing")
    add_json(imp)
    imp.set_defaults(handler=_import)


COMMAND = Subcommand("timetable", "the term's weekly timetable (training centre)", _add_arguments, _import)
