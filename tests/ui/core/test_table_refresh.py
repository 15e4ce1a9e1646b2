"""Refreshing a table after a change keeps what the user was looking at: selection, current row and scroll."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from ui.models.table_model import Column, LazyTableModel
from ui.tasks import TaskRunner

COLUMNS = (Column("code", "รหัส", "Code"), Column("name", "ชื่อ", "Name"))


class EditableProvider:
    """Rows in a dict the test edits as another user would; ordered by code."""

    def __init__(self, count: int) -> None:
        self.stored = {i: (i, f"C{i:05d}", f"ชื่อ{i}") for i in range(1, count + 1)}
        self.fail_rows = False

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> list[int]:
        return [row[0] for row in sorted(self.stored.values(), key=lambda row: row[1], reverse=descending)]

    def sort_texts(self, search: str, sort_key: str) -> list[tuple[int, str]]:
        return [(row[0], row[2]) for row in self.stored.values()]

    def rows(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        if self.fail_rows:
            raise OSError("the database server went away")
        return [self.stored[i] for i in ids if i in self.stored]


def shown(qtbot: QtBot, runner: TaskRunner, count: int) -> tuple[EditableProvider, LazyTableModel, QTableView]:
    provider = EditableProvider(count)
    model = LazyTableModel(COLUMNS, provider, runner, page_size=50)
    view = QTableView()
    qtbot.addWidget(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    view.resize(500, 400)
    view.show()
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload()
    return provider, model, view


def settle(qtbot: QtBot, runner: TaskRunner, model: LazyTableModel | None = None, row: int | None = None) -> None:
    """Wait until the worker is idle and, when given, until `row`'s page is on hand (asking for it if need be)."""
    if model is not None and row is not None:
        # row_tuple asks for a missing page; the page counts once it is in the cache (stale rows do not)
        qtbot.waitUntil(lambda: model.row_tuple(row) is not None and row // model.page_size in model.loaded_pages(),
                        timeout=5000)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)


def test_a_change_elsewhere_keeps_the_selected_row_and_the_scroll(qtbot: QtBot, runner: TaskRunner) -> None:
    provider, model, view = shown(qtbot, runner, 1000)
    view.selectRow(600)
    view.scrollTo(model.index(600, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    settle(qtbot, runner, model, 600)
    top_before = model.row_id(view.rowAt(0))
    assert model.row_id(view.currentIndex().row()) == 601 and top_before == 601
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    del provider.stored[5]                                         # another user deletes a row above
    provider.stored[601] = (601, "C00601", "ชื่อแก้แล้ว")            # and edits the selected one
    provider.stored[2000] = (2000, "C00000", "ใหม่")                 # and adds one that sorts first
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
    settle(qtbot, runner, model, 600)
    assert resets == []
    assert model.rowCount() == 1000
    current = view.currentIndex()
    assert model.row_id(current.row()) == 601
    assert [model.row_id(i.row()) for i in view.selectionModel().selectedRows()] == [601]
    assert model.row_id(view.rowAt(0)) == top_before
    assert model.data(model.index(current.row(), 1)) == "ชื่อแก้แล้ว"
    assert model.row_id(0) == 2000 and 5 not in {model.row_id(r) for r in range(10)}


def test_deleting_the_selected_row_moves_nothing_else(qtbot: QtBot, runner: TaskRunner) -> None:
    provider, model, view = shown(qtbot, runner, 120)
    view.selectRow(30)
    del provider.stored[31]
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
    settle(qtbot, runner)
    assert model.rowCount() == 119
    assert 31 not in {model.row_id(r) for r in range(model.rowCount())}
    assert model.row_id(29) == 30 and model.row_id(30) == 32


def test_a_new_search_still_starts_from_the_top(qtbot: QtBot, runner: TaskRunner) -> None:
    _provider, model, view = shown(qtbot, runner, 500)
    view.scrollTo(model.index(400, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload()
    assert resets == [True]


def test_failing_pages_give_one_message_per_result(qtbot: QtBot, runner: TaskRunner,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.errors

    provider, model, view = shown(qtbot, runner, 1000)
    settle(qtbot, runner)
    shown_errors: list[BaseException] = []
    monkeypatch.setattr(ui.errors, "show_error", lambda _parent, error: shown_errors.append(error))
    provider.fail_rows = True
    view.resize(500, 2000)  # many pages on screen at once, each fetch fails
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
    for row in (0, 100, 200, 300):
        model.row_tuple(row)
    settle(qtbot, runner)
    assert len(shown_errors) == 1 and "went away" in str(shown_errors[0])
