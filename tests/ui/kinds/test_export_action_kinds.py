"""Export to Excel on the assets and teachers pages: the rows each table shows, in its order, re-importable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories.ui import register, settle, shown
from ui.context import UiEnv
from ui.pages.equipment.assets_page import AssetsPage
from ui.pages.teachers.register_page import TeachersPage
from ui.widgets.export_action import ExportAction, suggested_name
from vocdesk.services.kinds.imports import import_file


def _export(qtbot: QtBot, page: AssetsPage | TeachersPage, target: Path) -> list[tuple[object, ...]]:
    button = page.export_action  # type: ignore[union-attr]
    assert isinstance(button, ExportAction)
    button.choose_path = lambda _suggested: target
    button.click()
    qtbot.waitUntil(lambda: button.last_result is not None and target.exists(), timeout=20_000)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def test_assets_page_exports_the_sorted_search_and_it_reimports(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    register(env)
    page = AssetsPage(env)
    shown(qtbot, page)  # type: ignore[arg-type]
    settle(qtbot, page, 6)
    page.model.set_search("คอมพิวเตอร์")
    settle(qtbot, page, 4)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the user clicks the header
    qtbot.waitUntil(lambda: not page.model.loading and page.model.sort_state[1], timeout=20_000)
    settle(qtbot, page, 4)
    codes = [page.model.data(page.model.index(row, 0)) for row in range(4)]
    rows = _export(qtbot, page, tmp_path / "assets.xlsx")
    assert rows[0][0] == "รหัสครุภัณฑ์"
    assert [row[0] for row in rows[1:]] == codes == sorted(codes, reverse=True)
    again = import_file(env.context, "equipment", tmp_path / "assets.xlsx", commit=False).report
    assert (again.errors, again.would_import, again.would_update, again.unchanged) == ([], 0, 0, 4)


def test_teachers_page_exports_the_listed_teachers(qtbot: QtBot, demo_env: UiEnv,
                                                  tmp_path: Path) -> None:
    page = TeachersPage(demo_env)
    shown(qtbot, page)
    assert page.export_button.isVisible()  # the multi-sheet export menu stays beside the new button
    department = page.rows[0].department_code
    page.department.setCurrentIndex(page.department.findData(department))
    qtbot.waitUntil(lambda: bool(page.rows) and all(r.department_code == department for r in page.rows),
                    timeout=10_000)
    names = [r.name for r in page.rows]
    rows = _export(qtbot, page, tmp_path / "teachers.xlsx")
    assert rows[0][:4] == ("เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล")
    assert [f"{r[1] or ''}{r[2]} {r[3]}" for r in rows[1:]] == names
    again = import_file(demo_env.context, "teachers", tmp_path / "teachers.xlsx", commit=False).report
    assert (again.errors, again.would_import, again.would_update, again.unchanged) == ([], 0, 0, len(names))


def test_suggested_names_per_kind() -> None:
    day = dt.date(2026, 11, 24)
    assert suggested_name("teachers", day) == "รายชื่อครูและบุคลากร_24-11-2569.xlsx"
    assert suggested_name("equipment", day) == "ทะเบียนครุภัณฑ์_24-11-2569.xlsx"
