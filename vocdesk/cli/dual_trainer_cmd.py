"""`vocdesk trainer add|list`: trainers (ครูฝึก) of enterprises with their certificate and current load."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.core.context import UnitOfWork
    from vocdesk.services.dual.trainers import add_certificate, add_trainer

    def work(uow: UnitOfWork) -> tuple[int, str]:
        trainer = add_trainer(uow, args.enterprise, args.name, args.position, args.phone, args.email,
                              args.qualification)
        until = add_certificate(uow, trainer, cli_date(args.certified, "certified"), args.kind,
                                args.certificate) if args.certified else None
        return trainer, until.isoformat() if until else ""

    with opened_app(args) as opened:
        (trainer_id, until), _ = opened.context.run(work)
    emit(args, {"id": trainer_id, "certificate_until": until or None}, [f"#{trainer_id} {args.name} {until}"])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.trainers import list_trainers

    with opened_app(args) as opened:
        rows, _ = opened.context.run(list_trainers)
    emit(args, rows, [f"#{r.id}\t{r.name}\t{r.enterprise}\t{r.certificate_until or '-'}\t{r.learners_now}"
                      for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="trainer_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a trainer of an enterprise, with a certificate if given")
    add.add_argument("--enterprise", type=int, required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--position", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--qualification", default="")
    add.add_argument("--certified", help="date of the trainer certificate (course or test)")
    add.add_argument("--kind", default="course", choices=("course", "test"))
    add.add_argument("--certificate", default="", help="certificate number")
    add.set_defaults(trainer_handler=_add)
    listing = sub.add_parser("list", help="trainers with certificate end and learners now")
    listing.set_defaults(trainer_handler=_list)
    for child in (add, listing):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.trainer_handler(args))


COMMAND = Subcommand("trainer", "trainers of enterprises (ครูฝึก)", _arguments, _dispatch)
