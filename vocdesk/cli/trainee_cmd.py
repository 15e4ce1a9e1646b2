"""`vocdesk trainee add|import|list`: members of the public who train at the college, one record per person."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, iso_date


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.training.trainees import TraineeInput, save_trainee

    data = TraineeInput(args.first_name, args.last_name, args.national_id, args.passport, args.id_reason,
                        args.prefix, iso_date(args.birth_date, "--birth-date") if args.birth_date else None,
                        args.sex, args.phone, args.province, args.education, args.employment, args.consent)
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: save_trainee(uow, data))
    print_json({"id": row.id, "name": row.name}) if args.json else print(f"#{row.id} {row.name}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from vocdesk.cli.import_cmd import COMMAND as IMPORT

    args.kind, args.skip_invalid, args.errors_out = "trainees", False, args.errors_out
    return IMPORT.handler(args)


def _list(args: argparse.Namespace) -> int:
    from vocdesk.domain.thai_ids import mask_national_id
    from vocdesk.services.training.trainees import list_trainees

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = list_trainees(session, opened.context.actor, args.text or "")
    if args.json:
        print_json([{"id": r.id, "name": r.name, "national_id": mask_national_id(r.national_id or r.passport_no),
                     "phone": r.phone, "province": r.province} for r in rows])
    else:
        for r in rows:
            print(f"#{r.id:<6} {mask_national_id(r.national_id or r.passport_no):<20} {r.name}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="trainee_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="register a trainee (refused when the national ID is already registered)")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--national-id", default="")
    add.add_argument("--passport", default="", help="for foreigners without a Thai national ID")
    add.add_argument("--id-reason", default="", help="why a national ID with a wrong check digit is kept")
    add.add_argument("--prefix", default="")
    add.add_argument("--birth-date", help="YYYY-MM-DD")
    add.add_argument("--sex", default="", choices=("", "M", "F"))
    add.add_argument("--phone", default="")
    add.add_argument("--province", default="")
    add.add_argument("--education", default="")
    add.add_argument("--employment", default="", choices=("", "employed", "unemployed", "self_employed", "student"))
    add.add_argument("--consent", action="store_true", help="PDPA consent given")
    add_json(add)
    add.set_defaults(handler=_add)
    imp = sub.add_parser("import", help="import trainees from Excel/CSV (same checks as `vocdesk import trainees`)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and preview only; write nothing")
    imp.add_argument("--errors-out", type=Path, metavar="FILE.xlsx", help="write a workbook of the bad rows")
    add_json(imp)
    imp.set_defaults(handler=_import)
    listing = sub.add_parser("list", help="the trainee register (IDs masked)")
    listing.add_argument("text", nargs="?")
    add_json(listing)
    listing.set_defaults(handler=_list)


COMMAND = Subcommand("trainee", "trainees of the training centre", _add_arguments, _list)
