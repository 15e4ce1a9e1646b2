"""The logbook grid links a week to the training plan: sub-tasks typed as `#id=hours` or chosen in the picker are
stored as the command line stores them, audited, and the planned-vs-actual table follows at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.dual_followup import set_today
from tests.integration.dual.test_logbook_plan_tasks import _plan
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual import logbook_page
from ui.pages.dual.logbook_page import LogbookPage
from vocdesk.clock import FixedClock
from vocdesk.persistence.audit_chain import verify_chain
from vocdesk.persistence.models import AuditEvent, DualLogbookTask, DualLogbookWeek

D = dt.date


def _stored(env: UiEnv) -> dict[dt.date, list[tuple[int, int]]]:
    with env.context.db.read() as s:
        found: dict[dt.date, list[tuple[int, int]]] = {}
        for week, task, minutes in s.execute(
                select(DualLogbookWeek.week_start, DualLogbookTask.task_id, DualLogbookTask.minutes)
                .join(DualLogbookWeek, DualLogbookWeek.id == DualLogbookTask.week_id)
                .order_by(DualLogbookWeek.week_start, DualLogbookTask.task_id)):
            found.setdefault(week, []).append((task, minutes))
        return found


def _audit(env: UiEnv) -> list[str]:
    with env.context.db.read() as s:
        assert verify_chain(s) is None  # every event links to the one before
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _logged(page: LogbookPage) -> list[str]:
    return [page.plan.table.item(r, 4).text() for r in range(page.plan.table.rowCount())]


def _page(qtbot: QtBot, env: UiEnv) -> tuple[LogbookPage, int, int, int]:
    assert isinstance(env.context.clock, FixedClock)
    set_today(env.context.clock, D(2026, 11, 25))  # weeks of 2, 9 and 16 November are over
    _placement, engine, brakes, later = _plan(env.context)
    page = LogbookPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    qtbot.waitUntil(lambda: page.plan.table.rowCount() == 2, timeout=10_000)
    return page, engine, brakes, later


def test_sub_tasks_typed_by_keyboard_are_stored_and_the_plan_table_follows(qtbot: QtBot, env: UiEnv) -> None:
    page, engine, brakes, _later = _page(qtbot, env)
    assert page.grid.currentRow() == 0 and page.hours.value() == 16.0  # 2 Nov: 2 days of 8 hours possible
    before = _audit(env)
    qtbot.keyClicks(page.plan_tasks, f"#{engine}=8; {brakes}=5:30")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.plan_tasks, "\r")
    assert _stored(env) == {D(2026, 11, 2): [(engine, 480), (brakes, 330)]}
    assert _audit(env)[len(before):] == ["logbook.record", "logbook.tasks"]
    qtbot.waitUntil(lambda: _logged(page) == ["8", "5.5"], timeout=10_000)  # engine 8 of 12 h, brakes 5.5 of 6
    assert page.grid.item(0, 5).text() == f"#{engine}=8; #{brakes}=5:30"
    assert page.grid.currentRow() == 1 and page.plan_tasks.text() == ""  # on to 9 Nov, which names no task yet


def test_refused_sub_tasks_keep_nothing_of_the_week(qtbot: QtBot, env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    page, engine, _brakes, later = _page(qtbot, env)
    before = _audit(env)
    qtbot.keyClicks(page.plan_tasks, "12 hours")  # not number=hours: said on the page, nothing sent
    qtbot.keyClick(page.plan_tasks, "\r")
    assert "12 hours" in visible(page.message.text()) and _audit(env) == before
    shown: list[str] = []
    monkeypatch.setattr(logbook_page, "show_error", lambda _w, e: shown.append(getattr(e, "code", repr(e))))
    page.plan_tasks.setText(f"#{later}=4")  # a semester-4 task; the placement trains semester 3
    qtbot.keyClick(page.plan_tasks, "\r")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    page.plan_tasks.setText(f"#{engine}=17")  # 17 task hours in a 16-hour week
    qtbot.keyClick(page.plan_tasks, "\r")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    page.plan_tasks.setText("#99999=1")  # a number no plan has
    qtbot.keyClick(page.plan_tasks, "\r")
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=10_000)
    assert shown == ["dual.task_not_in_plan", "dual.task_hours_above_week", "dual.task_unknown"]
    with env.context.db.read() as s:
        assert s.scalars(select(DualLogbookWeek)).first() is None  # the week was not kept either
    assert _stored(env) == {} and _audit(env) == before


def test_the_picker_chooses_sub_tasks_with_hours_by_keyboard(qtbot: QtBot, env: UiEnv) -> None:
    page, engine, brakes, _later = _page(qtbot, env)
    page.activateWindow()
    page.plan_tasks.setFocus()
    qtbot.keyClick(page.plan_tasks, Qt.Key.Key_F4)  # F4 opens the picker
    picker = page.picker
    assert picker is not None and picker.isVisible()
    assert [picker.table.item(r, 0).text() for r in range(2)] == [f"#{engine}", f"#{brakes}"]
    qtbot.keyClicks(picker.hours[0], "10")  # the first box has the focus, its 0 selected
    qtbot.keyClick(picker.hours[0], Qt.Key.Key_Tab)
    assert visible("10") in visible(picker.total.text()) and "16" in picker.total.text()
    qtbot.keyClick(picker.hours[0], Qt.Key.Key_Return)  # Enter takes the hours
    assert not picker.isVisible() and page.plan_tasks.text() == f"#{engine}=10"
    before = _audit(env)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.plan_tasks, Qt.Key.Key_Return)
    assert _stored(env) == {D(2026, 11, 2): [(engine, 600)]}
    assert _audit(env)[len(before):] == ["logbook.record", "logbook.tasks"]
    qtbot.waitUntil(lambda: _logged(page) == ["10", "0"], timeout=10_000)
    page.grid.setCurrentCell(0, 0)  # back to 2 Nov: the picker opens (by mouse) with its 10 hours
    qtbot.mouseClick(page.choose, Qt.MouseButton.LeftButton)
    assert page.picker is not None and page.picker.hours[0].value() == 10.0 and page.picker.hours[1].value() == 0
