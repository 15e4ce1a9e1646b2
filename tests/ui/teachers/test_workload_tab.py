"""A teacher's workload tab shows the supervision visits recorded in the dual system beside the teaching hours."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started, teacher
from tests.factories.ui import shown
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.teachers.register_page import TeachersPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.visits import VisitInput, add_visit
from vocdesk.services.teachers.register import add_assignment

D = dt.date


def _rows(page: TeachersPage) -> list[list[str]]:
    table = page.detail.workload.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_teacher_with_visits_sees_their_hours_per_semester(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2027, 2, 10))
    somchai = teacher(ctx, "สมชาย", "3100000000011")
    suda = teacher(ctx, "สุดารัตน์", "3100000000029", department="ไฟฟ้ากำลัง")
    first, second = started(ctx, "6650021", "6650022", supervisor=somchai)
    for placement, day, minutes in ((first, D(2026, 12, 1), 90), (second, D(2026, 12, 2), 150),
                                    (first, D(2027, 2, 1), 45)):
        ctx.run(lambda uow, p=placement, d=day, m=minutes: add_visit(uow, VisitInput(p, d, minutes=m)))
    ctx.run(lambda uow: add_visit(uow, VisitInput(second, D(2027, 2, 3), teacher_id=suda, minutes=600)))
    ctx.run(lambda uow: add_assignment(uow, somchai, 2569, "2", "20101-2001", "งานเครื่องยนต์", 6))
    page = TeachersPage(env)
    shown(qtbot, page)
    page.table.selectRow(next(i for i, r in enumerate(page.rows) if r.id == somchai))
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.row.id == somchai
                    and page.detail.workload.table.rowCount() > 0, timeout=10_000)
    assert page.detail.tabText(3) == visible("ภาระงาน")
    # 90 + 150 + 45 minutes = 4.75 hours in 2/2569, the six teaching hours a week beside them; Suda's visit is hers.
    assert _rows(page) == [["2/2569", "6", "1", "3", "4.75"]]
    assert "4.75" in page.detail.workload.summary.text()
    page.detail.setCurrentIndex(3)
    for size in ((1366, 768), (1100, 650)) if os.environ.get("VOCDESK_SHOTS") else ():
        page.resize(*size)
        page.grab().save(str(Path(os.environ["VOCDESK_SHOTS"]) / f"teacher_workload_{size[0]}.png"))
