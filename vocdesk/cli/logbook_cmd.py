"""`vocdesk logbook add|import|missing`: training logbook weeks from the paper sheet, a workbook, and the gaps."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit
from vocdesk.errors import ValidationFailed


def minutes_of(text: str) -> int:
    """`38`, `37.5` or `37:30` hours → minutes."""
    from vocdesk.domain.thai_ids import to_ascii_digits

    plain = to_ascii_digits(text).strip()
    try:
        if ":" in plain:
            hours, minutes = plain.split(":", 1)
            if not minutes.isascii() or not 0 <= int(minutes) < 60:
                raise ValueError(plain)
            return int(hours) * 60 + int(minutes)
        return round(float(plain) * 60)
    except ValueError:
        raise ValidationFailed("invalid", field="hours", value=text) from None


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.logbook import WeekInput, record_week

    data = WeekInput(args.placement, cli_date(args.week, "week"), args.days, minutes_of(args.hours), args.tasks,
                     args.signed_by, cli_date(args.signed_on, "signed_on") if args.signed_on else None)
    with opened_app(args) as opened:
        saved, _ = opened.context.run(lambda uow: record_week(uow, data, args.version))
    emit(args, {"id": saved.id, "version": saved.version, "week": data.week_start},
         [f"#{saved.id} v{saved.version}"])
    return 0


def _import(args: argparse.Namespace) -> int:
    from vocdesk.cli.import_cmd import _handle

    return _handle(argparse.Namespace(**{**vars(args), "kind": "logbook"}))


def _missing(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.logbook import logbook_missing

    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: logbook_missing(uow, on, args.placement))
    emit(args, rows, [f"#{r.placement_id}\t{r.student_code}\tmissing {len(r.missing)}\tunsigned {len(r.unsigned)}"
                      for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="logbook_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="record one week (a correction needs --version, the version you saw)")
    add.add_argument("--placement", type=int, required=True)
    add.add_argument("--week", required=True, help="the Monday the week starts")
    add.add_argument("--days", type=int, required=True, help="days present")
    add.add_argument("--hours", required=True, help="hours trained, e.g. 38 or 37:30")
    add.add_argument("--tasks", default="")
    add.add_argument("--signed-by", default="", help="the trainer who signed the sheet")
    add.add_argument("--signed-on")
    add.add_argument("--version", type=int, help="correct the week recorded with this version")
    add.set_defaults(logbook_handler=_add)
    imp = sub.add_parser("import", help="weeks from Excel/CSV (all or nothing; exit 1 when rows have errors)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--skip-invalid", action="store_true")
    imp.add_argument("--errors-out", type=Path, metavar="FILE.xlsx")
    imp.set_defaults(logbook_handler=_import)
    missing = sub.add_parser("missing", help="weeks over and not entered, or entered without a signature")
    missing.add_argument("--on", help="the day to judge on (default: today)")
    missing.add_argument("--placement", type=int)
    missing.set_defaults(logbook_handler=_missing)
    for child in (add, imp, missing):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.logbook_handler(args))


COMMAND = Subcommand("logbook", "the training logbook (บันทึกการฝึกอาชีพ): weeks entered, imported, missing",
                     _arguments, _dispatch)
