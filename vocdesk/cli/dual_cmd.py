"""`vocdesk dual risk|centres|centre`: the dual learners' early warning and the regional centres' table."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit


def _risk(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.risk import dual_risk

    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: dual_risk(uow, on, args.all))
    emit(args, rows, [f"{r.level}\t{r.score}\t{r.student_code}\t{r.learner}\t"
                      + ", ".join(f"{s.code}={s.value}" for s in r.signals) for r in rows])
    return 0


def _centres(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.centres import list_centres

    with opened_app(args) as opened:
        rows, _ = opened.context.run(list_centres)
    emit(args, rows, [f"{r.code}\t{r.name}\t{r.host_college}\t{','.join(r.provinces)}" for r in rows])
    return 0


def _centre(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.centres import save_centre

    provinces = args.provinces.split(",")
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: save_centre(uow, args.code, args.name, args.host, provinces))
    emit(args, row, [f"{row.code}\t{row.name}"])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="dual_action", metavar="ACTION", required=True)
    risk = sub.add_parser("risk", help="dual learners at risk, highest score first, each signal explained")
    risk.add_argument("--on", help="the day to judge on (default: today)")
    risk.add_argument("--all", action="store_true", help="also the placements with no signal")
    risk.set_defaults(dual_handler=_risk)
    centres = sub.add_parser("centres", help="the regional dual centres (code, name, host college, provinces)")
    centres.set_defaults(dual_handler=_centres)
    centre = sub.add_parser("centre", help="add or change a regional centre by its code")
    centre.add_argument("--code", required=True)
    centre.add_argument("--name", required=True)
    centre.add_argument("--host", default="", help="the host college")
    centre.add_argument("--provinces", default="", help="comma-separated province names")
    centre.set_defaults(dual_handler=_centre)
    for child in (risk, centres, centre):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.dual_handler(args))


COMMAND = Subcommand("dual", "dual follow-up: learners at risk, regional centres", _arguments, _dispatch)
