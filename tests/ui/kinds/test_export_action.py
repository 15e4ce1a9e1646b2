"""Export to Excel from a page table: the rows the table shows, in its order, to a file that re-imports unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.data.import_catalogue import seed_catalogue
from tests.data.import_files import write_workbook
from tests.factories.learners import HEADER, TITLES, messy_rows
from ui.context import UiEnv
from ui.pages.learners.register_page import LearnersPage
from ui.widgets.export_action import ExportAction, suggested_name
from vocdesk.services.kinds.imports import import_file


def _page(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> LearnersPage:
    seed_catalogue(env.context)
    source = write_workbook(tmp_path / "in.xlsx", HEADER, messy_rows(), titles=TITLES)
    assert import_file(env.context, "learners", source, commit=True, skip_invalid=True).report.imported == 3
    page = LearnersPage(env)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.loading, timeout=20_000)
    return page


def _export(qtbot: QtBot, page: LearnersPage, target: Path) -> list[tuple[object, ...]]:
    button = page.export_action  # type: ignore[attr-defined]
    assert isinstance(button, ExportAction)
    button.choose_path = lambda _suggested: target
    button.click()
    qtbot.waitUntil(lambda: button.last_result is not None and target.exists(), timeout=20_000)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def test_export_writes_the_shown_rows_and_reimports_with_no_changes(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    page = _page(qtbot, env, tmp_path)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the user clicks the header
    qtbot.waitUntil(lambda: not page.model.loading and page.model.sort_state[1], timeout=20_000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(2, 0)) != "…", timeout=20_000)
    shown = [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    rows = _export(qtbot, page, tmp_path / "learners.xlsx")
    assert rows[0][0] == "รหัสนักศึกษา"
    assert [row[0] for row in rows[1:]] == shown == sorted(shown, reverse=True)
    again = import_file(env.context, "learners", tmp_path / "learners.xlsx", commit=False).report
    assert (again.rows, again.errors, again.would_import, again.would_update, again.unchanged) == (3, [], 0, 0, 3)


def test_export_follows_the_search(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    page = _page(qtbot, env, tmp_path)
    page.model.set_search("66201010001")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1, timeout=20_000)
    rows = _export(qtbot, page, tmp_path / "one.xlsx")
    assert [row[0] for row in rows[1:]] == ["66201010001"]


def test_suggested_file_name_is_thai_with_the_buddhist_year() -> None:
    assert suggested_name("learners", dt.date(2026, 11, 24)) == "รายชื่อผู้เรียน_24-11-2569.xlsx"
