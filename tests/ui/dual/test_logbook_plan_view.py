"""Under the logbook grid, the placement's training-plan sub-tasks show planned hours against the hours logged."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today
from tests.integration.dual.test_logbook_plan_tasks import _plan
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.logbook_page import LogbookPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.logbook import WeekInput, record_week
from vocdesk.services.dual.logbook_tasks import TaskDone, set_week_tasks

D = dt.date


def test_the_plan_sub_tasks_show_planned_and_logged_hours(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2026, 11, 25))
    placement, engine, brakes, _later = _plan(ctx)
    week = ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * 60)))[0]
    ctx.run(lambda uow: set_week_tasks(uow, week.id, [TaskDone(brakes, 6 * 60)]))
    page = LogbookPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    table = page.plan.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10_000)
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    # The engine sub-task (12 h planned) not yet logged; the brakes one (6 h) logged in full in one week.
    # The first column is the number a week's entry types (#id=hours).
    assert rows == [[f"#{engine}", "3", "งานบริการรถยนต์ — ถอดประกอบเครื่องยนต์", "12", "0", "0", visible("ยังไม่เริ่ม")],
                    [f"#{brakes}", "3", "งานบริการรถยนต์ — ตรวจระบบเบรก", "6", "6", "1", visible("ครบแล้ว")]]
    assert "1" in page.plan.title.text() and "2" in page.plan.title.text()
    for size in ((1366, 768), (1100, 650)) if os.environ.get("VOCDESK_SHOTS") else ():
        page.resize(*size)
        page.grab().save(str(Path(os.environ["VOCDESK_SHOTS"]) / f"logbook_plan_{size[0]}.png"))
