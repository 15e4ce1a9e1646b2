"""The visit planner: overdue placements first, the filter by teacher, a visit saved from the form moves the count."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.factories.dual import TAX_IDS
from tests.factories.dual_followup import set_today, started, teacher
from ui.context import UiEnv
from ui.pages.dual.visits_page import VisitsPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.visits import VisitInput, add_visit

D = dt.date
SHOTS = os.environ.get("VOCDESK_SHOTS")
"""A folder to save the page's screenshots into for looking at them (unset: none are saved)."""


def _college(env: UiEnv) -> tuple[int, int]:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2027, 2, 10))  # two visits due by 9 February
    somchai = teacher(ctx, "สมชาย", "3100000000011")
    suda = teacher(ctx, "สุดารัตน์", "3100000000029", department="ไฟฟ้ากำลัง")
    on_plan, behind = started(ctx, "6650011", "6650012", supervisor=somchai)
    started(ctx, "6650013", supervisor=suda, tax_id=TAX_IDS[1])
    for day in (D(2026, 12, 1), D(2027, 2, 1)):
        ctx.run(lambda uow, d=day: add_visit(uow, VisitInput(on_plan, d)))
    return somchai, behind


def opened(qtbot: QtBot, env: UiEnv) -> VisitsPage:
    page = VisitsPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    return page


def cells(page: VisitsPage, column: int) -> list[str]:
    return [page.plan.item(r, column).text() for r in range(page.plan.rowCount())]


def test_overdue_first_filter_by_teacher_and_a_saved_visit_moves_the_count(qtbot: QtBot, env: UiEnv,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    somchai, _behind = _college(env)
    page = opened(qtbot, env)
    assert page.semester.text() == "2/2569"
    assert cells(page, 0) == ["เกินกำหนด", "เกินกำหนด", "ถึงกำหนด"]
    assert cells(page, 3) == ["6650012", "6650013", "6650011"]
    assert "เกินกำหนด 2" in page.summary.text()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.teacher.setCurrentIndex(page.teacher.findData(somchai))
    assert cells(page, 3) == ["6650012", "6650011"]
    assert [page.behind.item(r, 0).text() for r in range(page.behind.rowCount())] == ["สมชาย ครูนิเทศก์"]
    for size in ((1366, 768), (1100, 650)) if SHOTS else ():
        page.resize(*size)
        page.grab().save(str(Path(str(SHOTS)) / f"visits_{size[0]}.png"))
    page.plan.selectRow(0)
    page.form.day.setDate(D(2027, 2, 8))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.form.save.click()
    assert "บันทึกการนิเทศ" in page.message.text()
    assert cells(page, 1)[cells(page, 3).index("6650012")] == "1/3"
    page.plan.selectRow(0)
    page.form.day.setDate(D(2026, 10, 1))  # before the placement: refused with the reason, nothing saved
    calls: list[str] = []
    monkeypatch.setattr("ui.pages.dual.visits_page.show_error",
                        lambda _w, error: calls.append(getattr(error, "code", repr(error))))
    page.form.save.click()
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    assert calls == ["dual.visit_outside"]
    assert cells(page, 1)[cells(page, 3).index("6650012")] == "1/3"
