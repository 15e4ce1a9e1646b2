"""`vocdesk mou add|list`: MOUs (บันทึกข้อตกลงความร่วมมือ) with enterprises, and the signed scan kept beside the DB."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit

if TYPE_CHECKING:
    from vocdesk.services.core.context import UnitOfWork


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.mous import MouInput, add_mou, attach_scan

    data = MouInput(args.enterprise, cli_date(args.start, "start"), cli_date(args.end, "end") if args.end else None,
                    args.number, cli_date(args.signed, "signed") if args.signed else None, args.level,
                    args.levels, args.majors, args.modes, args.places)
    with opened_app(args) as opened:
        ctx = opened.context

        def work(uow: UnitOfWork) -> tuple[int, str]:
            mou_id = add_mou(uow, data)
            digest = attach_scan(uow, ctx.paths.data_dir, mou_id, args.scan) if args.scan else ""
            return mou_id, digest

        (mou_id, digest), _ = ctx.run(work)
    emit(args, {"id": mou_id, "scan_sha256": digest}, [f"#{mou_id} {digest}".strip()])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.mous import list_mous

    with opened_app(args) as opened:
        rows, _ = opened.context.run(list_mous)
    emit(args, rows, [f"#{r.id}\t{r.number}\t{r.enterprise}\t{r.start_date}\t{r.end_date or '-'}" for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="mou_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="record an MOU with an enterprise")
    add.add_argument("--enterprise", type=int, required=True, help="enterprise id (see `enterprise list`)")
    add.add_argument("--start", required=True)
    add.add_argument("--end", help="leave out for an MOU without an end date")
    add.add_argument("--number", default="")
    add.add_argument("--signed")
    add.add_argument("--level", type=int, default=1, help="cooperation level 1–3")
    add.add_argument("--levels", default="pvc,pvs")
    add.add_argument("--majors", default="")
    add.add_argument("--modes", default="dual")
    add.add_argument("--places", type=int, default=0, help="places offered per year")
    add.add_argument("--scan", type=Path, help="the signed scan (kept under the data folder with its SHA-256)")
    add.set_defaults(mou_handler=_add)
    listing = sub.add_parser("list", help="every MOU, the soonest to end first")
    listing.set_defaults(mou_handler=_list)
    for child in (add, listing):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.mou_handler(args))


COMMAND = Subcommand("mou", "MOUs with enterprises (บันทึกข้อตกลงความร่วมมือ)", _arguments, _dispatch)
