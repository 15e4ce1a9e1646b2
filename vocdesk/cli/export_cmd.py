"""`vocdesk export KIND --out FILE.xlsx`: the table with its search and sort, as a workbook that re-imports."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.messages import render


def _arguments(parser: argparse.ArgumentParser) -> None:
    from vocdesk.services.kinds.exports import export_kinds

    parser.add_argument("kind", help="what to export: " + ", ".join(export_kinds()))
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write")
    parser.add_argument("--search", default="", help="only rows matching this text (as the list's search box)")
    parser.add_argument("--sort", default="", help="learners: student_code, level_year, group, status; "
                        "equipment: code, name, acquired_on, cost, condition; teachers: by department and name")
    parser.add_argument("--desc", action="store_true", help="sort descending")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _handle(args: argparse.Namespace) -> int:
    from vocdesk.services.kinds.exports import ExportRequest, run_export

    with opened_app(args) as opened:
        result = run_export(opened.context, args.kind, args.out,
                            ExportRequest(text=args.search, sort=args.sort, descending=args.desc))
    if args.json:
        print_json({"kind": result.kind, "file": str(result.path), "rows": result.rows,
                    "columns": list(result.columns)})
    else:
        print(render("export_done", args.lang or "th", rows=result.rows, path=str(result.path)))
    return 0


COMMAND = Subcommand("export", "export a table to .xlsx (Thai headers; re-imports with `vocdesk import`)",
                     _arguments, _handle)
