"""`vocdesk term set 2/2569 --from D --to D`: a term's first and last teaching days."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, iso_date


def _set(args: argparse.Namespace) -> int:
    from vocdesk.services.training.calendar_ import set_term

    first, last = iso_date(args.first, "--from"), iso_date(args.last, "--to")
    with opened_app(args) as opened:
        term, _ = opened.context.run(lambda uow: set_term(uow, args.term, first, last))
    answer = {"term": term.key, "from": term.first_day.isoformat(), "to": term.last_day.isoformat()}
    if args.json:
        print_json(answer)
    else:
        print(f"{answer['term']}: {answer['from']} – {answer['to']}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="term_command", metavar="ACTION", required=True)
    set_ = sub.add_parser("set", help="set a term's first and last teaching day")
    set_.add_argument("term", help="e.g. 2/2569")
    set_.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    set_.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    add_json(set_)
    set_.set_defaults(handler=_set)


COMMAND = Subcommand("term", "terms of the college year (training centre)", _add_arguments, _set)
