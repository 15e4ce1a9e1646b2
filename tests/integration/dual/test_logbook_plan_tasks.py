"""Logbook weeks linked to the training plan on both backends: the sub-tasks done each week, planned against actual
hours; a task outside the placement's plan or more task hours than the week's are refused and nothing is kept."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.factories.dual_followup import started
from tests.integration.dual.test_dual_cli import run_cli
from vocdesk.bootstrap import open_app
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.logbook import WeekInput, record_week
from vocdesk.services.dual.logbook_tasks import TaskDone, plan_progress, set_week_tasks
from vocdesk.services.dual.plans import PlanTaskInput, add_plan_task, set_plan_semesters

D = dt.date


def _plan(ctx: AppContext) -> tuple[int, int, int, int]:
    """A placement training semester 3 of its programme: two sub-tasks there, one in semester 4."""
    (placement,) = started(ctx, "6680201")
    with ctx.unit_of_work() as uow:
        programme = uow.session.query(Programme).one().id
    engine, brakes, later = (ctx.run(lambda uow, s=s, m=m, h=h: add_plan_task(
        uow, PlanTaskInput(programme, s, "งานบริการรถยนต์", m, h)))[0]
        for s, m, h in ((3, "ถอดประกอบเครื่องยนต์", 12), (3, "ตรวจระบบเบรก", 6), (4, "งานไฟฟ้ารถยนต์", 10)))
    ctx.run(lambda uow: set_plan_semesters(uow, placement, (3,)))
    return placement, engine, brakes, later


def test_weeks_give_hours_to_plan_sub_tasks_and_progress_compares_them(ctx: AppContext) -> None:
    placement, engine, brakes, _later = _plan(ctx)
    first = ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * 60)))[0]
    second = ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 9), 2, 16 * 60)))[0]
    ctx.run(lambda uow: set_week_tasks(uow, first.id, [TaskDone(engine, 8 * 60), TaskDone(brakes, 6 * 60)]))
    ctx.run(lambda uow: set_week_tasks(uow, second.id, [TaskDone(engine, 150)]))
    rows = ctx.run(lambda uow: plan_progress(uow, placement))[0]
    # Engine: 8 h + 2.5 h = 10.5 of 12 planned in two weeks; brakes: 6 of 6 in one; semester 4 is not listed.
    assert [(r.task_id, r.planned_hours, r.actual_hours, r.weeks, r.status) for r in rows] == [
        (engine, 12, 10.5, 2, "in_progress"), (brakes, 6, 6.0, 1, "done")]
    ctx.run(lambda uow: set_week_tasks(uow, second.id, []))  # corrected: the second week named no task after all
    after = {r.task_id: r for r in ctx.run(lambda uow: plan_progress(uow, placement))[0]}
    assert (after[engine].actual_hours, after[engine].weeks) == (8.0, 1)


def test_a_task_outside_the_plan_or_too_many_hours_is_refused(ctx: AppContext) -> None:
    placement, engine, brakes, later = _plan(ctx)
    week = ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * 60)))[0]
    ctx.run(lambda uow: set_week_tasks(uow, week.id, [TaskDone(brakes, 60)]))
    with pytest.raises(ValidationFailed) as outside:
        ctx.run(lambda uow: set_week_tasks(uow, week.id, [TaskDone(engine, 60), TaskDone(later, 60)]))
    assert (outside.value.code, outside.value.params["row"]) == ("dual.task_not_in_plan", 2)
    with pytest.raises(ValidationFailed) as too_long:  # 10 h + 7 h in a week of 16 h trained
        ctx.run(lambda uow: set_week_tasks(uow, week.id, [TaskDone(engine, 600), TaskDone(brakes, 420)]))
    assert (too_long.value.code, too_long.value.params["hours"]) == ("dual.task_hours_above_week", "17")
    kept = {r.task_id: r.actual_hours for r in ctx.run(lambda uow: plan_progress(uow, placement))[0]}
    assert kept == {engine: 0.0, brakes: 1.0}  # what was recorded before the refusals stays


def test_logbook_add_with_plan_tasks_and_logbook_plan_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    _placement, engine, brakes, _later = _plan(opened.context)
    opened.context.db.dispose()
    done = run_cli(home, "logbook", "add", "--placement", "1", "--week", "2026-11-02", "--days", "2", "--hours", "16",
                   "--plan-task", f"{engine}=8", "--plan-task", f"{brakes}=5:30", "--json")
    assert done.returncode == 0, done.stderr
    refused = run_cli(home, "logbook", "add", "--placement", "1", "--week", "2026-11-09", "--days", "2", "--hours",
                      "16", "--plan-task", f"{engine}=20", "--json")
    assert refused.returncode == 2 and "16" in refused.stderr  # 20 task hours in a 16-hour week: no week either
    progress = run_cli(home, "logbook", "plan", "--placement", "1", "--json")
    assert progress.returncode == 0, progress.stderr
    assert [(r["task_id"], r["actual_hours"], r["status"]) for r in json.loads(progress.stdout)] == [
        (engine, 8.0, "in_progress"), (brakes, 5.5, "in_progress")]
    missing = json.loads(run_cli(home, "logbook", "missing", "--placement", "1", "--on", "2026-11-17",
                                 "--json").stdout)
    assert [m["missing"] for m in missing] == [["2026-11-09"]]  # the refused week was not written
