"""`vocdesk calendar export (--room ROOM | --course CODE) --out FILE.ics`: bookings for calendar programs."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json


def _export(args: argparse.Namespace) -> int:
    from vocdesk.services.training.calendar_export import export_course_calendar, export_facility_calendar

    export, code = (export_facility_calendar, args.room) if args.room else (export_course_calendar, args.course)
    with opened_app(args) as opened, opened.context.db.read() as session:
        context = opened.context
        result = export(session, context.actor, code, Path(args.out), context.clock.now())
    answer: dict[str, object] = {"room": result.code} if args.room else {"course": result.code,
                                                                          "runs": list(result.runs)}
    answer |= {"events": result.events, "out": str(args.out),
               "from": result.first.isoformat() if result.first else None,
               "to": result.last.isoformat() if result.last else None}
    if args.json:
        print_json(answer)
    else:
        print(f"{result.code}: {result.events} bookings → {args.out}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write a facility's or a course's bookings as an iCalendar (.ics) file")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--room", help="the facility's code")
    which.add_argument("--course", help="the course's code: every run's booked sessions")
    export.add_argument("--out", required=True, help="FILE.ics")
    add_json(export)
    export.set_defaults(handler=_export)


COMMAND = Subcommand("calendar", "iCalendar export of bookings (training centre)", _add_arguments, _export)
