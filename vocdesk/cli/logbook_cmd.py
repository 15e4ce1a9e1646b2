"""`vocdesk logbook add|import|plan|missing`: logbook weeks from the paper sheet or a workbook, the plan, the gaps."""

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


def plan_tasks_of(texts: list[str]) -> list[tuple[int, int]]:
    """`12=6` or `12=5:30` (the plan sub-task #12, its hours this week) → (task id, minutes)."""
    done = []
    for text in texts:
        task, _, hours = text.partition("=")
        if not task.strip().isdigit() or not hours.strip():
            raise ValidationFailed("invalid", field="plan-task", value=text)
        done.append((int(task), minutes_of(hours)))
    return done


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.logbook import WeekInput
    from vocdesk.services.dual.logbook_tasks import TaskDone, record_week_with_tasks

    data = WeekInput(args.placement, cli_date(args.week, "week"), args.days, minutes_of(args.hours), args.tasks,
                     args.signed_by, cli_date(args.signed_on, "signed_on") if args.signed_on else None)
    done = [TaskDone(task, minutes) for task, minutes in plan_tasks_of(args.plan_task)]
    with opened_app(args) as opened:  # the week and its plan sub-tasks in one unit of work
        saved, _ = opened.context.run(lambda uow: record_week_with_tasks(uow, data, args.version,
                                                                         done if args.plan_task else None))
    emit(args, {"id": saved.id, "version": saved.version, "week": data.week_start},
         [f"#{saved.id} v{saved.version}"])
    return 0


def _import(args: argparse.Namespace) -> int:
    from vocdesk.cli.import_cmd import _handle

    return _handle(argparse.Namespace(**{**vars(args), "kind": "logbook"}))


def _plan(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.logbook_tasks import plan_progress

    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: plan_progress(uow, args.placement))
    emit(args, rows, [f"#{r.task_id}\t{r.semester}\t{r.main_task} {r.sub_task}".rstrip()
                      + f"\t{r.actual_hours:g}/{r.planned_hours} h\t{r.status}" for r in rows])
    return 0


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
    add.add_argument("--plan-task", action="append", default=[], metavar="ID=HOURS",
                     help="a training-plan sub-task done this week and its hours (repeat; see logbook plan)")
    add.set_defaults(logbook_handler=_add)
    imp = sub.add_parser("import", help="weeks from Excel/CSV (all or nothing; exit 1 when rows have errors)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--skip-invalid", action="store_true")
    imp.add_argument("--errors-out", type=Path, metavar="FILE.xlsx")
    imp.set_defaults(logbook_handler=_import)
    plan = sub.add_parser("plan", help="the placement's training-plan sub-tasks: planned against logged hours")
    plan.add_argument("--placement", type=int, required=True)
    plan.set_defaults(logbook_handler=_plan)
    missing = sub.add_parser("missing", help="weeks over and not entered, or entered without a signature")
    missing.add_argument("--on", help="the day to judge on (default: today)")
    missing.add_argument("--placement", type=int)
    missing.set_defaults(logbook_handler=_missing)
    for child in (add, imp, plan, missing):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.logbook_handler(args))


COMMAND = Subcommand("logbook", "the training logbook (บันทึกการฝึกอาชีพ): weeks entered, imported, missing",
                     _arguments, _dispatch)
