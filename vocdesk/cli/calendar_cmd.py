"""`vocdesk calendar export --room ROOM --out FILE.ics`: a facility's bookings for calendar programs."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json


def _export(args: argparse.Namespace) -> int:
    from vocdesk.services.training.calendar_export import export_facility_calendar

    with opened_app(args) as opened, opened.context.db.read() as session:
        context = opened.context
        result = export_facility_calendar(session, context.actor, args.room, Path(args.out), context.clock.now())
    answer = {"room": result.room, "events": result.events, "out": str(args.out),
              "from": result.first.isoformat() if result.first else None,
              "to": result.last.isoformat() if result.last else None}
    if args.json:
        print_json(answer)
    else:
        print(f"{answer['room']}: {answer['events']} bookings → {answer['out']}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write a facility's bookings as an iCalendar (.ics) file")
    export.add_argument("--room", required=True, help="the facility's code")
    export.add_argument("--out", required=True, help="FILE.ics")
    add_json(export)
    export.set_defaults(handler=_export)


COMMAND = Subcommand("calendar", "iCalendar export of bookings (training centre)", _add_arguments, _export)
