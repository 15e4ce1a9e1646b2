"""The staffing dashboard shows the dual system's supervision visits of this semester per department as workload."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started, teacher
from tests.factories.ui import shown
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.teachers.staffing_page import StaffingPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.visits import VisitInput, add_visit

D = dt.date


def test_visit_hours_per_department_beside_need_and_actual(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2027, 2, 10))  # semester 2/2569
    somchai = teacher(ctx, "สมชาย", "3100000000011")  # ช่างยนต์
    suda = teacher(ctx, "สุดารัตน์", "3100000000029", department="ไฟฟ้ากำลัง")
    teacher(ctx, "มานพ", "3100000000037", department="การบัญชี")  # a department that made no visit
    first, second = started(ctx, "6650021", "6650022", supervisor=somchai)
    for placement, day, minutes in ((first, D(2026, 12, 1), 90), (second, D(2026, 12, 2), 150),
                                    (first, D(2027, 2, 1), 45)):
        ctx.run(lambda uow, p=placement, d=day, m=minutes: add_visit(uow, VisitInput(p, d, minutes=m)))
    ctx.run(lambda uow: add_visit(uow, VisitInput(second, D(2027, 2, 3), teacher_id=suda, minutes=600)))
    page = StaffingPage(env)
    shown(qtbot, page)
    table = page.visits_table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    headers = [visible(table.horizontalHeaderItem(c).text()) for c in range(table.columnCount())]
    assert headers == [visible("แผนกวิชา"), visible("การนิเทศ"), visible("ชั่วโมงนิเทศ")]
    rows = {table.item(r, 0).text(): [table.item(r, 1).text(), table.item(r, 2).text()]
            for r in range(table.rowCount())}
    # Somchai: 90 + 150 + 45 minutes = 4.75 h in three visits; Suda one of 10 h; the college 4 visits, 14.75 h.
    assert rows["ช่างยนต์"] == ["3", "4.75"] and rows["ไฟฟ้ากำลัง"] == ["1", "10"] and rows["การบัญชี"] == ["0", "0"]
    assert list(rows.values())[-1] == ["4", "14.75"] and len(rows) == 4
    assert "2/2569" in page.visits_title.text()
    for size in ((1366, 768), (1100, 650)) if os.environ.get("VOCDESK_SHOTS") else ():
        page.resize(*size)
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the visits are at the bottom
        page.grab().save(str(Path(os.environ["VOCDESK_SHOTS"]) / f"staffing_visits_{size[0]}.png"))
    set_today(ctx.clock, D(2027, 6, 1))  # 1/2570: no visit yet, so the new semester's columns are empty
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.refresh()
    assert "1/2570" in page.visits_title.text() and table.item(table.rowCount() - 1, 2).text() == "0"
