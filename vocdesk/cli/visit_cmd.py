"""`vocdesk visit add|list|due`: supervision visits (การนิเทศ) and the visits due in a semester."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit
from vocdesk.errors import ValidationFailed


def _add(args: argparse.Namespace) -> int:
    from vocdesk.domain.dual.allowances import baht_to_satang
    from vocdesk.services.dual.visits import VisitInput, add_visit, set_supervision_site

    data = VisitInput(args.placement, cli_date(args.date, "date"), args.teacher, args.mode, args.minutes,
                      args.state, args.observed, args.follow_up, baht_to_satang(args.travel), args.semester)
    with opened_app(args) as opened:
        ctx = opened.context
        if args.abroad is not None:
            if not args.semester:
                raise ValidationFailed("required", field="semester")
            ctx.run(lambda uow: set_supervision_site(uow, args.placement, args.semester, True, args.abroad))
        visit_id, _ = ctx.run(lambda uow: add_visit(uow, data))
    emit(args, {"id": visit_id, "placement": args.placement, "visited_on": data.visited_on}, [f"#{visit_id}"])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.visits import list_visits

    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: list_visits(uow, args.semester, args.teacher, args.placement))
    emit(args, rows, [f"#{r.id}\t{r.visited_on}\t{r.student_code}\t{r.teacher}\t{r.mode}\t{r.state}" for r in rows])
    return 0


def _due(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.visits_due import behind_by, visits_due

    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: visits_due(uow, args.semester, on))
    if args.teacher is not None:
        rows = [r for r in rows if r.supervisor_id == args.teacher]
    value = {"semester": args.semester, "placements": rows,
             "by_teacher": behind_by(rows, "teacher"), "by_department": behind_by(rows, "department")}
    emit(args, value, [f"{r.state}\t{r.student_code}\t{r.done}/{r.required}\t{r.next_due or '-'}\t{r.supervisor}"
                       for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="visit_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="record a visit that took place")
    add.add_argument("--placement", type=int, required=True)
    add.add_argument("--date", required=True, help="the day of the visit (ISO or พ.ศ.)")
    add.add_argument("--teacher", type=int, help="teacher id (default: the placement's supervising teacher)")
    add.add_argument("--mode", default="onsite", choices=("onsite", "online", "partner"))
    add.add_argument("--minutes", type=int, default=0, help="time spent, counted as workload")
    add.add_argument("--state", default="normal", choices=("normal", "follow", "lost"),
                     help="ปกติ / ต้องติดตาม / ขาดการติดต่อ")
    add.add_argument("--observed", default="")
    add.add_argument("--follow-up", default="")
    add.add_argument("--travel", default="0", help="travel cost in baht, for the claim sheet")
    add.add_argument("--abroad", metavar="COUNTRY", help="the placement trains abroad this semester")
    add.add_argument("--semester", help="the visit's semester (checked against the date; with --abroad: marks it)")
    add.set_defaults(visit_handler=_add)
    listing = sub.add_parser("list", help="visits, by semester, teacher or placement")
    listing.add_argument("--semester")
    listing.add_argument("--teacher", type=int)
    listing.add_argument("--placement", type=int)
    listing.set_defaults(visit_handler=_list)
    due = sub.add_parser("due", help="each placement's visits against the semester's plan; overdue first")
    due.add_argument("--semester", required=True, help="e.g. 2/2569")
    due.add_argument("--on", help="the day to judge on (default: today)")
    due.add_argument("--teacher", type=int, help="only this supervising teacher's placements")
    due.set_defaults(visit_handler=_due)
    for child in (add, listing, due):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.visit_handler(args))


COMMAND = Subcommand("visit", "supervision visits (การนิเทศ) and visits due", _arguments, _dispatch)
