"""`vocdesk dual plan edit|delete|move`: change a task of a programme's training plan after it was added."""

from __future__ import annotations

import argparse
from dataclasses import replace

from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, emit
from vocdesk.services.core.context import UnitOfWork

_FIELDS = {"semester": "semester", "main_task": "main_task", "sub_task": "sub_task", "hours": "hours",
           "level": "target_level", "courses": "course_codes"}
"""Option → task field; an option left out keeps the task's value."""


def _edit(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plan_edits import edit_plan_task, plan_task

    def work(uow: UnitOfWork) -> int:
        current = plan_task(uow, args.task)
        wanted = {field: getattr(args, option) for option, field in _FIELDS.items()
                  if getattr(args, option) is not None}
        return edit_plan_task(uow, args.task, replace(current, **wanted), current.version)

    with opened_app(args) as opened:
        changed, _ = opened.context.run(work)
    emit(args, {"id": args.task, "changed": changed}, [f"#{args.task}: {changed}"])
    return 0


def _delete(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plan_edits import delete_plan_task

    with opened_app(args) as opened:
        opened.context.run(lambda uow: delete_plan_task(uow, args.task))
    emit(args, {"id": args.task, "deleted": True}, [f"#{args.task}"])
    return 0


def _move(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plan_edits import move_plan_task

    with opened_app(args) as opened:
        moved, _ = opened.context.run(lambda uow: move_plan_task(uow, args.task, -1 if args.up else 1))
    emit(args, {"id": args.task, "moved": moved}, [f"#{args.task}: {'moved' if moved else 'not moved'}"])
    return 0


def add_plan_edit_actions(plan_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    edit = plan_sub.add_parser("edit", help="change a task of the plan (options left out keep their value)")
    edit.add_argument("task", type=int, metavar="TASK_ID")
    edit.add_argument("--semester", type=int, help="programme semester 1-6")
    edit.add_argument("--main-task")
    edit.add_argument("--sub-task")
    edit.add_argument("--hours", type=int)
    edit.add_argument("--level", type=int, help="target competence level 1-5")
    edit.add_argument("--courses", help="course codes, e.g. 20100-1001,20100-1002")
    edit.set_defaults(dual_handler=_edit)
    delete = plan_sub.add_parser("delete", help="remove a task from the plan")
    delete.add_argument("task", type=int, metavar="TASK_ID")
    delete.set_defaults(dual_handler=_delete)
    move = plan_sub.add_parser("move", help="move a task up or down within its semester")
    move.add_argument("task", type=int, metavar="TASK_ID")
    way = move.add_mutually_exclusive_group(required=True)
    way.add_argument("--up", action="store_true")
    way.add_argument("--down", action="store_true")
    move.set_defaults(dual_handler=_move)
    for child in (edit, delete, move):
        add_json(child)
