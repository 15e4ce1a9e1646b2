"""Changing a training plan after it was written: edit, remove and reorder tasks, each audited, refused for those
who only see, and through `vocdesk dual plan edit|delete|move`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories.dual import learners
from tests.integration.dual.test_dual_cli import run_cli
from vocdesk.bootstrap import open_app
from vocdesk.errors import Conflict, PermissionDenied, ValidationFailed
from vocdesk.persistence.models import AuditEvent, Learner
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.dual.plan_edits import delete_plan_task, edit_plan_task, move_plan_task, plan_task
from vocdesk.services.dual.plans import PlanTaskInput, add_plan_task, plan_tasks

TASKS = [(3, "งานบำรุงรักษา", "ตรวจระบบเบรก", 60), (3, "งานบำรุงรักษา", "เปลี่ยนผ้าเบรก", 40),
         (3, "งานไฟฟ้า", "ตรวจไฟชาร์จ", 20), (4, "งานไฟฟ้า", "ตรวจระบบสตาร์ท", 30)]


def _plan(ctx: AppContext) -> tuple[int, list[int]]:
    learners(ctx, "6630201")
    with ctx.db.read() as session:
        programme = session.scalars(select(Learner.programme_id).where(Learner.student_code == "6630201")).one()
    ids = [ctx.run(lambda uow, s=s, m=m, b=b, h=h: add_plan_task(uow, PlanTaskInput(programme, s, m, b, h)))[0]
           for s, m, b, h in TASKS]
    return programme, ids


def _subs(ctx: AppContext, programme: int) -> list[tuple[int, str]]:
    return [(t.semester, t.sub_task) for t in ctx.run(lambda uow: plan_tasks(uow, programme))[0]]


def _actions(ctx: AppContext) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("plan.%"))
                                    .order_by(AuditEvent.id)))


def test_a_task_is_edited_moved_and_removed_and_each_change_is_audited(ctx: AppContext) -> None:
    programme, ids = _plan(ctx)
    task = ctx.run(lambda uow: plan_task(uow, ids[1]))[0]
    changed = ctx.run(lambda uow: edit_plan_task(uow, ids[1], PlanTaskInput(
        programme, 3, "งานบำรุงรักษา", "เปลี่ยนผ้าเบรกหน้า", 45, 4, "20101-2002"), task.version))[0]
    assert changed == 4  # sub-task, hours, level, course codes
    again = ctx.run(lambda uow: plan_task(uow, ids[1]))[0]
    assert (again.sub_task, again.hours, again.target_level, again.course_codes) == (
        "เปลี่ยนผ้าเบรกหน้า", 45, 4, "20101-2002")
    with pytest.raises(Conflict):  # saved against the version read before the edit
        ctx.run(lambda uow: edit_plan_task(uow, ids[1], PlanTaskInput(programme, 3, "x"), task.version))
    assert ctx.run(lambda uow: move_plan_task(uow, ids[2], -1))[0] is True
    assert _subs(ctx, programme)[:3] == [(3, "ตรวจระบบเบรก"), (3, "ตรวจไฟชาร์จ"), (3, "เปลี่ยนผ้าเบรกหน้า")]
    assert ctx.run(lambda uow: move_plan_task(uow, ids[0], -1))[0] is False  # first of its semester
    assert ctx.run(lambda uow: move_plan_task(uow, ids[1], 1))[0] is False  # last of semester 3 stays there
    ctx.run(lambda uow: delete_plan_task(uow, ids[0]))
    assert _subs(ctx, programme) == [(3, "ตรวจไฟชาร์จ"), (3, "เปลี่ยนผ้าเบรกหน้า"), (4, "ตรวจระบบสตาร์ท")]
    assert _actions(ctx) == ["plan.create"] * 4 + ["plan.edit", "plan.move", "plan.move", "plan.delete"]


def test_moving_a_task_to_another_semester_puts_it_last_there(ctx: AppContext) -> None:
    programme, ids = _plan(ctx)
    ctx.run(lambda uow: edit_plan_task(uow, ids[0], PlanTaskInput(programme, 4, "งานบำรุงรักษา", "ตรวจระบบเบรก",
                                                                       60)))
    assert _subs(ctx, programme)[-2:] == [(4, "ตรวจระบบสตาร์ท"), (4, "ตรวจระบบเบรก")]


def test_a_bad_edit_names_its_field_and_changes_nothing(ctx: AppContext) -> None:
    programme, ids = _plan(ctx)
    before = _subs(ctx, programme)
    for data, field in ((PlanTaskInput(programme, 3, "  "), "main_task"),
                        (PlanTaskInput(programme, 7, "งาน"), "semester"),
                        (PlanTaskInput(programme, 3, "งาน", hours=-1), "hours"),
                        (PlanTaskInput(programme, 3, "งาน", target_level=6), "target_level")):
        with pytest.raises(ValidationFailed) as refused:
            ctx.run(lambda uow, d=data: edit_plan_task(uow, ids[0], d))
        assert refused.value.params["field"] == field
    assert _subs(ctx, programme) == before and _actions(ctx) == ["plan.create"] * 4


@pytest.mark.parametrize("role", ["executive", "auditor"])
def test_those_who_only_see_the_plan_cannot_change_it(ctx: AppContext, role: str) -> None:
    programme, ids = _plan(ctx)
    ctx.actor = Actor("viewer", role)
    assert len(ctx.run(lambda uow: plan_tasks(uow, programme))[0]) == 4
    for change in (lambda uow: edit_plan_task(uow, ids[0], PlanTaskInput(programme, 3, "งาน")),
                   lambda uow: delete_plan_task(uow, ids[0]), lambda uow: move_plan_task(uow, ids[1], -1)):
        with pytest.raises(PermissionDenied):
            ctx.run(change)


def test_the_plan_commands_edit_move_and_delete(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    programme, ids = _plan(opened.context)
    opened.context.db.dispose()
    edited = run_cli(home, "dual", "plan", "edit", str(ids[2]), "--hours", "25", "--courses", "20101-2003", "--json")
    assert edited.returncode == 0, edited.stderr
    assert json.loads(edited.stdout) == {"id": ids[2], "changed": 2}
    moved = run_cli(home, "dual", "plan", "move", str(ids[2]), "--up", "--json")
    assert json.loads(moved.stdout) == {"id": ids[2], "moved": True}
    assert run_cli(home, "dual", "plan", "delete", str(ids[0]), "--json").returncode == 0
    shown = json.loads(run_cli(home, "dual", "plan", "show", "--programme", str(programme), "--json").stdout)
    assert [(t["sub_task"], t["hours"], t["course_codes"]) for t in shown][:2] == [
        ("ตรวจไฟชาร์จ", 25, "20101-2003"), ("เปลี่ยนผ้าเบรก", 40, "")]
    missing = run_cli(home, "dual", "plan", "edit", "999", "--hours", "1", "--json")
    assert missing.returncode == 2 and missing.stdout == ""
