"""`vocdesk fixit point|job|export-ords|point-report|point-export|point-merge`: points, jobs, ORDS, reports, files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit
from vocdesk.cli.fixit_files import file_arguments
from vocdesk.cli.fixit_jobs import job_arguments


def _point_add(args: argparse.Namespace) -> int:
    from vocdesk.services.community.points import PointInput, add_point

    allowance = None if args.allowance is None else round(args.allowance * 100)
    data = PointInput(args.code, args.name, args.kind, cli_date(args.start, "start"),
                      cli_date(args.end, "end") if args.end else None, args.place, args.province, args.teacher,
                      allowance)
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: add_point(uow, data))
    emit(args, row, [f"{row.code}\t{row.name}"])
    return 0


def _point_list(args: argparse.Namespace) -> int:
    from vocdesk.services.community.points import list_points

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = list_points(session, opened.context.actor)
    emit(args, rows, [f"{r.code}\t{r.name}\t{r.kind}\t{r.start_date}\t{r.end_date or '-'}\t{r.jobs}" for r in rows])
    return 0


def _export_ords(args: argparse.Namespace) -> int:
    from vocdesk.services.community.ords import export_ords

    start, end = cli_date(args.from_, "from"), cli_date(args.to, "to")
    with opened_app(args) as opened:
        ctx = opened.context
        schema = json.loads((ctx.paths.resources_dir / "ords" / "tableschema.json").read_text(encoding="utf-8"))
        done, _ = ctx.run(lambda uow: export_ords(uow, start, end, args.out, schema))
    emit(args, done, [f"{done.records} ORDS records, {done.unpowered} unpowered, in {args.out}"])
    return 0


def _point_report(args: argparse.Namespace) -> int:
    from vocdesk.services.community.daily import write_point_report_xlsx

    out = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_name(args.out.name + ".xlsx")
    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = write_point_report_xlsx(session, opened.context.actor, args.point, out)
    emit(args, {"point": args.point.strip().upper(), "rows": rows, "file": str(out)}, [f"{rows} rows → {out}"])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="fixit_action", metavar="ACTION", required=True)
    point = sub.add_parser("point", help="service points (a Fix it centre or a mobile point)")
    points = point.add_subparsers(dest="point_action", metavar="ACTION", required=True)
    add = points.add_parser("add", help="open a service point")
    add.add_argument("--code", required=True, help="short code printed in job numbers, e.g. HY1")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, help="fixit_centre, flood_relief, road_safety or community_day")
    add.add_argument("--start", required=True)
    add.add_argument("--end", help="leave out for a permanent centre")
    add.add_argument("--place", default="")
    add.add_argument("--province", default="")
    add.add_argument("--teacher", type=int, help="responsible teacher's id")
    add.add_argument("--allowance", type=float, help="parts allowance per item in baht (default: the setting)")
    add.set_defaults(fixit_handler=_point_add)
    listing = points.add_parser("list", help="every point with its number of jobs")
    listing.set_defaults(fixit_handler=_point_list)
    job = sub.add_parser("job", help="repair jobs")
    job_arguments(job)
    job.set_defaults(fixit_handler=lambda a: a.job_handler(a))
    ords = sub.add_parser("export-ords", help="Open Repair Data Standard v0.3 files for jobs received in a period")
    ords.add_argument("--from", dest="from_", required=True)
    ords.add_argument("--to", required=True)
    ords.add_argument("--out", type=Path, required=True, help="folder for the CSV files and datapackage.json")
    ords.set_defaults(fixit_handler=_export_ords)
    report = sub.add_parser("point-report", help="the point's daily aggregate for OVEC as .xlsx (the PDF: "
                                                 "`vocdesk report fixit-point-daily --param point=POINT`)")
    report.add_argument("point", metavar="POINT", help="service point code")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    report.set_defaults(fixit_handler=_point_report)
    for child in (add, listing, ords, report):
        add_json(child)
    file_arguments(sub)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.fixit_handler(args))


COMMAND = Subcommand("fixit", "Fix it Center: service points, repair jobs, ORDS export", _arguments, _dispatch)
