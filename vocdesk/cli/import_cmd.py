"""`vocdesk import KIND FILE`: check, preview (--dry-run) or import an Excel/CSV file; exit 0 saved or clean,
1 rows had errors and nothing was saved, 2 the file was refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.errors import FileRefused
from vocdesk.messages import describe, render

EXIT_OK, EXIT_ROW_ERRORS, EXIT_REFUSED = 0, 1, 2


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", help="what the file holds, e.g. learners")
    parser.add_argument("file", type=Path, help=".xlsx, .xlsm or .csv (UTF-8 or TIS-620)")
    parser.add_argument("--dry-run", action="store_true", help="check and preview only; write nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows even when other rows have errors")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--scheme", choices=("isco08", "isco88", "tsco"),
                        help="demand: the occupation scheme of the file's codes and titles (else recognised)")
    parser.add_argument("--errors-out", type=Path, metavar="FILE.xlsx",
                        help="write a workbook listing each bad row with its problems")


def _print_text(report: Any, language: str) -> None:
    counts = {"errors": len(report.errors), "warnings": len(report.warnings)}
    print(render("import_summary", language, **{**report.as_json(language), **counts}))
    for finding in report.findings:
        print("  " + render("import_finding_line", language, row=finding.row, column=finding.column,
                            message=finding.message(language)))


def _options(args: argparse.Namespace) -> dict[str, str] | None:
    """Kind-specific options; commands that hand their arguments to this one (trainee, enterprise, logbook
    import) have none of them."""
    scheme = getattr(args, "scheme", None)
    return {"scheme": scheme} if scheme else None


def _handle(args: argparse.Namespace) -> int:
    from vocdesk.io.imports.error_workbook import write_error_workbook
    from vocdesk.services.kinds.imports import import_file

    language = args.lang or "th"
    with opened_app(args) as opened:
        try:
            run = import_file(opened.context, args.kind, args.file, commit=not args.dry_run,
                              skip_invalid=args.skip_invalid,
                              options=_options(args))
        except FileRefused as refused:
            if args.json:
                print_json({"kind": args.kind, "file": args.file.name, "refused": True, "code": refused.code,
                            "message": describe(refused, language)})
            print(describe(refused, language), file=sys.stderr)
            return EXIT_REFUSED
    report = run.report
    if args.errors_out is not None and report.errors:
        write_error_workbook(args.errors_out, run.parsed, report.findings, language)
    if args.json:
        print_json(report.as_json(language))
    else:
        _print_text(report, language)
        if report.committed:
            print(render("import_done", language, imported=report.imported, updated=report.updated))
        elif args.dry_run:
            print(render("import_dry_run", language))
        if args.errors_out is not None and report.errors:
            print(render("import_errors_written", language, path=str(args.errors_out)))
    if report.errors and not report.committed:
        if not args.json and not args.dry_run:
            print(render("import_blocked", language), file=sys.stderr)
        return EXIT_ROW_ERRORS
    return EXIT_OK


COMMAND = Subcommand("import", "import an Excel/CSV file (check with --dry-run first)", _arguments, _handle)
