"""`vocdesk report`: list the PDF reports, or build one into a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.services.core.context import UnitOfWork


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="?", help="report name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the reports with their descriptions")
    parser.add_argument("--out", type=Path, help="PDF file to write")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="report parameter, e.g. window_days=60 or academic_year=2569 (repeatable)")
    parser.add_argument("--thai-digits", action="store_true", help="print page numbers and dates in Thai digits")


def _handle(args: argparse.Namespace) -> int:
    from vocdesk.errors import ValidationFailed
    from vocdesk.services.kinds.reports import all_reports

    registry = all_reports()
    english = (args.lang or "th") == "en"
    if args.list or not args.name:
        for report in registry:
            print(f"{report.name}\t{report.description_en if english else report.description_th}")
        return 0
    report = registry.get(args.name)
    if args.out is None:
        raise ValidationFailed("required", field="--out")
    params: dict[str, str] = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValidationFailed("invalid", field="--param", value=item)
        params[key.strip()] = value.strip()
    from vocdesk.io.pdf import ReportOptions
    from vocdesk.services.core.settings import college_profile
    from vocdesk.services.kinds.reports import ReportRequest

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            college = college_profile(session).name_th
        options = ReportOptions(ctx.paths.resources_dir, college_name=college, printed=ctx.today(),
                                thai_digits=args.thai_digits)
        builtin = report.name in ("sample-thai", "official-letter")  # they print sample data without a database
        data = None if builtin else ReportRequest(ctx, params)
        path = report.build(data, args.out, options, lambda done, total: None, lambda: False)
        ctx.run(lambda uow: _record(uow, report.name, path))
    print(path, file=sys.stdout)
    return 0


def _record(uow: UnitOfWork, name: str, path: Path) -> None:
    """Printing personal data is recorded like an export (PDPA)."""
    uow.audit("report.print", "report", name, {"file": [None, path.name]})


COMMAND = Subcommand("report", "list PDF reports or build one (vocdesk report NAME --out FILE.pdf)",
                     _arguments, _handle)
