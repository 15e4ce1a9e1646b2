"""`vocdesk volunteer shift add|checkin|checkout`: อาชีวะอาสา shifts and who served on them."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit
from vocdesk.errors import ValidationFailed

if TYPE_CHECKING:
    from vocdesk.services.community.volunteer import ShiftSaved
    from vocdesk.services.core.context import UnitOfWork


def _time(text: str, field: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        raise ValidationFailed("invalid", field=field, value=text) from None


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.community.volunteer import add_shift, count_services

    start, end = _time(args.start, "start"), _time(args.end, "end")
    counts: dict[str, int] = {}
    for item in args.service or []:
        kind, _, count = item.partition("=")
        if not count.strip().isdigit():
            raise ValidationFailed("invalid", field="service", value=item)
        counts[kind.strip()] = counts.get(kind.strip(), 0) + int(count)
    with opened_app(args) as opened:
        def work(uow: UnitOfWork) -> ShiftSaved:
            saved = add_shift(uow, args.point, cli_date(args.day, "day"), start, end, args.note)
            if counts:
                count_services(uow, saved.id, counts)
            return saved

        saved, _ = opened.context.run(work)
    emit(args, saved, [f"#{saved.id}"])
    return 0


def _now(args: argparse.Namespace, ctx_now: dt.datetime) -> dt.time:
    return _time(args.at, "at") if args.at else ctx_now.time().replace(second=0, microsecond=0, tzinfo=None)


def _checkin(args: argparse.Namespace) -> int:
    from vocdesk.services.community.volunteer import check_in

    with opened_app(args) as opened:
        ctx = opened.context
        at = _now(args, ctx.clock.now())
        attendance, _ = ctx.run(lambda uow: check_in(uow, args.shift, at, learner=args.learner,
                                                     teacher_id=args.teacher))
    emit(args, {"shift": args.shift, "attendance": attendance, "at": at}, [f"#{args.shift} {at:%H:%M}"])
    return 0


def _checkout(args: argparse.Namespace) -> int:
    from vocdesk.services.community.volunteer import check_out

    with opened_app(args) as opened:
        ctx = opened.context
        at = _now(args, ctx.clock.now())
        minutes, _ = ctx.run(lambda uow: check_out(uow, args.shift, at, learner=args.learner,
                                                   teacher_id=args.teacher))
    emit(args, {"shift": args.shift, "at": at, "minutes": minutes}, [f"#{args.shift} {minutes} min"])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="volunteer_object", metavar="OBJECT", required=True)
    shift = sub.add_parser("shift", help="shifts at a volunteer service point")
    actions = shift.add_subparsers(dest="shift_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a shift (an end before the start is on the next day: "
                                               "20:00-02:00)")
    add.add_argument("--point", required=True, help="service point code")
    add.add_argument("--day", required=True)
    add.add_argument("--start", required=True, help="HH:MM")
    add.add_argument("--end", required=True, help="HH:MM")
    add.add_argument("--note", default="")
    add.add_argument("--service", action="append", metavar="KIND=COUNT",
                     help="services given, e.g. motorcycle=40 rest_stop=85 (repeatable)")
    add.set_defaults(shift_handler=_add)
    for name, handler, text in (("checkin", _checkin, "a learner or teacher starts serving"),
                                ("checkout", _checkout, "a learner or teacher stops: minutes go to the ledger")):
        child = actions.add_parser(name, help=text)
        child.add_argument("shift", type=int, help="shift id")
        who = child.add_mutually_exclusive_group(required=True)
        who.add_argument("--learner", help="student code")
        who.add_argument("--teacher", type=int, help="teacher id")
        child.add_argument("--at", help="HH:MM (default now)")
        child.set_defaults(shift_handler=handler)
        add_json(child)
    add_json(add)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.shift_handler(args))


COMMAND = Subcommand("volunteer", "อาชีวะอาสา volunteer service points: shifts, check-in and out", _arguments,
                     _dispatch)
