"""`vocdesk fixit job add|status|list`: keyboard-speed intake and the status flow from a terminal."""

from __future__ import annotations

import argparse

from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.community.jobs import JobInput, add_job

    with opened_app(args) as opened:
        ctx = opened.context
        day = cli_date(args.received, "received") if args.received else ctx.today()
        data = JobInput(args.point, day, args.owner, args.category, args.problem, args.phone, args.national_id,
                        args.id_reason, args.address, args.brand, args.model, args.age, args.terms)
        saved, _ = ctx.run(lambda uow: add_job(uow, data))
    emit(args, saved, [saved.label])
    return 0


def _status(args: argparse.Namespace) -> int:
    from vocdesk.services.community.progress import set_status

    with opened_app(args) as opened:
        saved, _ = opened.context.run(lambda uow: set_status(uow, args.job, args.status,
                                                             repair_status=args.repair_status, barrier=args.barrier))
    emit(args, saved, [f"{saved.label}\t{saved.status}\t{saved.repair_status}"])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.community.listing import list_jobs

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = list_jobs(session, opened.context.actor, point=args.point, status=args.status)
    emit(args, rows, [f"{r.label}\t{r.received_on}\t{r.category_name}\t{r.status}\t{r.repair_status}" for r in rows])
    return 0


def job_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="job_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="take in one item (one job)")
    add.add_argument("--point", required=True, help="service point code")
    add.add_argument("--owner", required=True, help="owner's name")
    add.add_argument("--category", required=True, help="ords:1..ords:40 or a Thai code such as motorcycle")
    add.add_argument("--problem", default="", help="the problem as the owner told it")
    add.add_argument("--phone", default="")
    add.add_argument("--national-id", default="", help="optional; a bad check digit needs --id-reason")
    add.add_argument("--id-reason", default="")
    add.add_argument("--address", default="", help="address or village")
    add.add_argument("--brand", default="")
    add.add_argument("--model", default="")
    add.add_argument("--age", type=int, help="the item's age in years")
    add.add_argument("--received", help="date received (default today)")
    add.add_argument("--terms", action="store_true", help="the owner acknowledged the service terms")
    add.set_defaults(job_handler=_add)
    status = sub.add_parser("status", help="move a job to its next status")
    status.add_argument("job", help="job number as on the claim slip, e.g. HY1-2569-0042")
    status.add_argument("status", help="diagnosing, washing, drying, repairing, checking or returned")
    status.add_argument("--repair-status", help="Fixed, Repairable, End of life or Unknown (ORDS)")
    status.add_argument("--barrier", help="for End of life: the ORDS repair barrier")
    status.set_defaults(job_handler=_status)
    listing = sub.add_parser("list", help="jobs, the newest first")
    listing.add_argument("--point")
    listing.add_argument("--status")
    listing.set_defaults(job_handler=_list)
    for child in (add, status, listing):
        add_json(child)
