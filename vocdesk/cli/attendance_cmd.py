"""`vocdesk attendance mark RUN --date D (--trainee REF … | --all)`: check trainees in for one session."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, iso_date, trainee_ref


def _mark(args: argparse.Namespace) -> int:
    from vocdesk.services.training.attendance import mark
    from vocdesk.services.training.enrolment import run_trainees

    day = iso_date(args.date, "--date")
    with opened_app(args) as opened:
        actor = opened.context.actor
        with opened.context.db.read() as session:
            if args.all:
                ids = [r.trainee_id for r in run_trainees(session, actor, args.run) if r.state == "enrolled"]
            else:
                ids = [trainee_ref(session, actor, ref).id for ref in args.trainee or ()]
        count, _ = opened.context.run(lambda uow: mark(uow, args.run, day, ids, not args.absent, args.minutes))
    answer = {"run": args.run, "date": day.isoformat(), "present": not args.absent, "trainees": count}
    print_json(answer) if args.json else print(f"{args.run} {day}: {count} {'absent' if args.absent else 'present'}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    mark = sub.add_parser("mark", help="check trainees in (or out with --absent) for the run's session on a date")
    mark.add_argument("run", help="CODE/N")
    mark.add_argument("--date", required=True, help="YYYY-MM-DD")
    mark.add_argument("--trainee", action="append", help="national ID, passport number or #id (repeatable)")
    mark.add_argument("--all", action="store_true", help="every enrolled trainee")
    mark.add_argument("--absent", action="store_true", help="take the check-in back")
    mark.add_argument("--minutes", type=int, help="minutes attended when late (default: the whole session)")
    add_json(mark)
    mark.set_defaults(handler=_mark)


COMMAND = Subcommand("attendance", "attendance of training-centre runs", _add_arguments, _mark)
