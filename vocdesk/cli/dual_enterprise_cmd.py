"""`vocdesk enterprise add|import|list`: the one enterprise register shared with teachers' development records."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, emit


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise

    data = EnterpriseInput(args.tax_id, args.name, args.branch, args.tsic, args.tsic_name, args.province,
                           args.address, args.contact, args.phone, args.email, args.size)
    with opened_app(args) as opened:
        new_id, _ = opened.context.run(lambda uow: add_enterprise(uow, data))
    emit(args, {"id": new_id, "tax_id": data.tax_id, "name_th": data.name_th}, [f"#{new_id} {data.name_th}"])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.enterprises import list_enterprises

    with opened_app(args) as opened:
        rows, _ = opened.context.run(list_enterprises)
    emit(args, rows, [f"#{r.id}\t{r.tax_id}\t{r.branch}\t{r.name_th}\t{r.province}" for r in rows])
    return 0


def _import(args: argparse.Namespace) -> int:
    """The standard import pipeline with the `enterprises` kind (same options, JSON and exit codes)."""
    from vocdesk.cli.import_cmd import _handle

    args.kind = "enterprises"
    return _handle(args)


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="enterprise_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add an enterprise (tax ID checked; a duplicate is refused)")
    add.add_argument("--tax-id", required=True, help="13-digit juristic tax ID")
    add.add_argument("--name", required=True, help="Thai name")
    add.add_argument("--branch", default="00000")
    add.add_argument("--tsic", default="", help="TSIC 2552 code")
    add.add_argument("--tsic-name", default="")
    add.add_argument("--province", default="")
    add.add_argument("--address", default="")
    add.add_argument("--contact", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--size", default="", choices=("", "micro", "small", "medium", "large"))
    add.set_defaults(enterprise_handler=_add)
    listing = sub.add_parser("list", help="every enterprise")
    listing.set_defaults(enterprise_handler=_list)
    imported = sub.add_parser("import", help="import enterprises from Excel/CSV (check with --dry-run first)")
    imported.add_argument("file", type=Path, help=".xlsx, .xlsm or .csv")
    imported.add_argument("--dry-run", action="store_true", help="check and preview only; write nothing")
    imported.add_argument("--skip-invalid", action="store_true", help="import the valid rows despite errors")
    imported.add_argument("--errors-out", type=Path, metavar="FILE.xlsx", help="workbook of the bad rows")
    imported.set_defaults(enterprise_handler=_import)
    for child in (add, listing, imported):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.enterprise_handler(args))


COMMAND = Subcommand("enterprise", "enterprises shared by the dual system and teachers (สถานประกอบการ)",
                     _arguments, _dispatch)
