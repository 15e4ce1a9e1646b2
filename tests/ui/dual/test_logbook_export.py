"""The logbook grid's "Export to Excel…" writes the placement's entered weeks with their plan sub-tasks, and the
file imports back with nothing to change."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from tests.ui.dual.test_logbook_task_picker import _page
from ui.context import UiEnv
from ui.widgets.export_action import ExportAction
from vocdesk.services.kinds.imports import import_file


def test_exported_weeks_carry_their_sub_tasks_and_reimport_unchanged(qtbot: QtBot, env: UiEnv,
                                                                     tmp_path: Path) -> None:
    page, engine, brakes, _later = _page(qtbot, env)
    qtbot.keyClicks(page.plan_tasks, f"#{engine}=8; #{brakes}=5:30")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.plan_tasks, "\r")
    button = page.export_action  # type: ignore[attr-defined]
    assert isinstance(button, ExportAction)
    target = tmp_path / "logbook.xlsx"
    button.choose_path = lambda _suggested: target
    button.click()
    qtbot.waitUntil(lambda: button.last_result is not None and target.exists(), timeout=20_000)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert len(rows) == 2  # the header and the one week entered; the empty weeks of the grid are not exported
    assert f"#{engine}=8; #{brakes}=5:30" in rows[1]
    report = import_file(env.context, "logbook", target, commit=False).report
    assert (report.unchanged, report.would_import, report.would_update, report.errors) == (1, 0, 0, [])
