"""`vocdesk room free|book|setup`: the spare-room finder, one-off or weekly bookings, and making a place bookable."""

from __future__ import annotations

import argparse
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, conflict_json, days_arg, equipment_arg, iso_date, window_arg


def _free(args: argparse.Namespace) -> int:
    from vocdesk.services.training.finder import FreeQuery, find_free

    query = FreeQuery(iso_date(args.first, "--from"), iso_date(args.last, "--to"), days_arg(args.days),
                      window_arg(args.time), args.seats, args.kind, equipment_arg(args.equipment))
    with opened_app(args) as opened, opened.context.db.read() as session:
        answer = find_free(session, opened.context.actor, query)
    result = {"occurrences": len(answer.occurrences),
              "skipped": [{"date": s.day.isoformat(), "reason": s.reason} for s in answer.skipped],
              "rooms": [{"code": r.code, "free": r.free, "conflicts": [conflict_json(c) for c in r.conflicts]}
                        for r in answer.rooms]}
    if args.json:
        print_json(result)
    else:
        print(f"{result['occurrences']} occurrences; skipped {len(answer.skipped)}")
        for room in answer.rooms:
            print(f"{room.code:<12} {'FREE' if room.free else f'{len(room.conflicts)} conflicts'}  {room.name_th}")
    return 0


def _book(args: argparse.Namespace) -> int:
    from vocdesk.services.training.booking import BookingRequest, book

    first = iso_date(args.first, "--from")
    last = iso_date(args.last, "--to") if args.last else first
    days = days_arg(args.days) if args.days else (first.weekday(),)
    request = BookingRequest(args.room, first, last, days, window_arg(args.time), args.purpose, args.people,
                             skip_conflicts=args.skip_conflicts,
                             state="requested" if args.request else "booked", requested_by=args.by or "")
    with opened_app(args) as opened:
        result, _ = opened.context.run(lambda uow: book(uow, request))
    answer: dict[str, Any] = {
        "written": result.written, "series": result.series_key,
        "sessions": [{"date": d.isoformat(), "start": args.time.split("-")[0], "end": args.time.split("-")[1],
                      "room": result.room} for d in result.sessions],
        "skipped": [{"date": s.day.isoformat(), "reason": s.reason} for s in result.skipped],
        "conflicts": [conflict_json(c) for c in result.conflicts]}
    if args.json:
        print_json(answer)
    else:
        print(f"{'booked' if result.written else 'NOT booked'}: {len(result.sessions)} sessions, "
              f"{len(result.skipped)} skipped, {len(result.conflicts)} conflicts")
        for clash in answer["conflicts"]:
            print(f"  {clash['date']} {clash['start']}-{clash['end']} {clash['kind']}: {clash['what']}")
    return 0 if result.written else 1


def _setup(args: argparse.Namespace) -> int:
    from vocdesk.services.training.facilities import FacilityInput, set_facility

    data = FacilityInput(args.room, args.seats, args.buffer_before, args.buffer_after, args.hours, args.approver)
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: set_facility(uow, data))
    answer = {"code": row.code, "seats": row.seats, "buffer_before": row.buffer_before_min,
              "buffer_after": row.buffer_after_min, "hours": row.bookable_hours, "approver": row.approver_role}
    print_json(answer) if args.json else print(f"{row.code}: bookable")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="room_command", metavar="ACTION", required=True)
    free = sub.add_parser("free", help="which facilities are free on every occurrence, and why the others are not")
    free.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    free.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    free.add_argument("--days", required=True, help="e.g. sat,sun or mon-fri")
    free.add_argument("--time", required=True, help="HH:MM-HH:MM")
    free.add_argument("--seats", type=int)
    free.add_argument("--kind", choices=("room", "workshop", "lab", "hall", "outdoor"))
    free.add_argument("--equipment", action="append", metavar="CATEGORY=N", help="asset category code and count")
    add_json(free)
    free.set_defaults(handler=_free)
    booking = sub.add_parser("book", help="book a facility once or weekly; any clash writes nothing (exit 1)")
    booking.add_argument("room")
    booking.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    booking.add_argument("--to", dest="last", help="YYYY-MM-DD (default: the --from date)")
    booking.add_argument("--days", help="weekdays for a series, e.g. sat")
    booking.add_argument("--time", required=True, help="HH:MM-HH:MM")
    booking.add_argument("--purpose", required=True)
    booking.add_argument("--people", type=int)
    booking.add_argument("--skip-conflicts", action="store_true", help="book the other dates, list the clashes")
    booking.add_argument("--request", action="store_true", help="an outside body's request awaiting approval")
    booking.add_argument("--by", help="who asks (outside body)")
    add_json(booking)
    booking.set_defaults(handler=_book)
    setup = sub.add_parser("setup", help="make a location bookable: seats, buffers, hours, approver")
    setup.add_argument("room")
    setup.add_argument("--seats", type=int)
    setup.add_argument("--buffer-before", type=int, default=0, help="minutes of set-up")
    setup.add_argument("--buffer-after", type=int, default=0, help="minutes of cleaning")
    setup.add_argument("--hours", default="", help="e.g. mon-fri=17:00-21:00;sat=08:00-16:00 (empty: any time)")
    setup.add_argument("--approver", default="training_staff", help="role approving outside requests")
    add_json(setup)
    setup.set_defaults(handler=_setup)


COMMAND = Subcommand("room", "bookable facilities: free rooms, bookings (training centre)", _add_arguments, _free)
