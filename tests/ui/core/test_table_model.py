"""The lazy table model without a window: counts, page-by-page fetching, Thai sort, search, headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import I18N
from ui.i18n import set_language
from ui.models.collation import thai_sorted
from ui.models.table_model import Column, LazyTableModel
from ui.tasks import TaskRunner

COLUMNS = (Column("code", "รหัส", "Code"), Column("name", "ชื่อ", "Name", sort="thai"))


class ListProvider:
    """Rows kept in a list; records every call so the test can see what was fetched."""

    def __init__(self, names: Sequence[str]) -> None:
        self.stored = [(i + 1, f"C{i + 1:05d}", name) for i, name in enumerate(names)]
        self.fetched: list[list[int]] = []

    def _matching(self, search: str) -> list[tuple[Any, ...]]:
        return [row for row in self.stored if search in row[2] or search in row[1]]

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> list[int]:
        ordered = sorted(self._matching(search), key=lambda row: row[1], reverse=descending)
        return [row[0] for row in ordered]

    def sort_texts(self, search: str, sort_key: str) -> list[tuple[int, str]]:
        return [(row[0], row[2]) for row in self._matching(search)]

    def rows(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        self.fetched.append(list(ids))
        by_id = {row[0]: row for row in self.stored}
        return [by_id[i] for i in ids if i in by_id]


def loaded(qtbot: QtBot, model: LazyTableModel) -> None:
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload()


def column_values(qtbot: QtBot, model: LazyTableModel, column: int) -> list[str]:
    """Read every row the way a view would, waiting for pages as they arrive."""
    values = []
    for row in range(model.rowCount()):
        if model.row_tuple(row) is None:
            with qtbot.waitSignal(model.page_loaded, timeout=5000):
                pass
        values.append(model.data(model.index(row, column)))
    return values


def test_counts_and_fetches_only_the_pages_asked_for(qtbot: QtBot, runner: TaskRunner) -> None:
    provider = ListProvider([f"ชื่อ{i}" for i in range(1000)])
    model = LazyTableModel(COLUMNS, provider, runner, page_size=100, max_pages=3)
    assert model.rowCount() == 0
    loaded(qtbot, model)
    assert model.rowCount() == 1000 and model.columnCount() == 2
    assert provider.fetched == []  # the count alone loads no row data
    assert model.data(model.index(0, 0)) == "…"  # not loaded yet: a placeholder, and page 0 is requested
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as page:
        pass
    assert page.args == [0]
    assert model.data(model.index(0, 0)) == "C00001" and model.data(model.index(99, 1)) == "ชื่อ99"
    assert provider.fetched == [list(range(1, 101))]
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.data(model.index(950, 1))
    assert model.data(model.index(950, 1)) == "ชื่อ950"
    assert model.loaded_pages() == [0, 9]
    for row in (300, 500):
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.data(model.index(row, 0))
    assert len(model.loaded_pages()) == 3  # older pages are dropped: memory stays bounded
    assert len(provider.fetched) == 4


def test_thai_sort_orders_like_a_thai_dictionary(qtbot: QtBot, runner: TaskRunner) -> None:
    names = ["เกษม", "กมล", "ขวัญ", "ไก่", "คม", "ก้อน", "แก้ว"]
    model = LazyTableModel(COLUMNS, ListProvider(names), runner)
    loaded(qtbot, model)
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    expected = ["กมล", "ก้อน", "เกษม", "แก้ว", "ไก่", "ขวัญ", "คม"]
    assert column_values(qtbot, model, 1) == expected
    assert thai_sorted(names) == expected
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert column_values(qtbot, model, 1) == expected[::-1]
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_values(qtbot, model, 0) == [f"C{i:05d}" for i in range(1, 8)]


def test_search_reloads_and_only_the_latest_answer_counts(qtbot: QtBot, runner: TaskRunner) -> None:
    model = LazyTableModel(COLUMNS, ListProvider(["กมล", "เกษม", "กมลา", "ขวัญ"]), runner)
    loaded(qtbot, model)
    model.set_search("ข")
    with qtbot.waitSignal(model.reloaded, timeout=5000) as answer:
        model.set_search("กมล")  # typed on before the first answer came back
    assert answer.args == [2] and model.rowCount() == 2
    qtbot.wait(50)
    assert model.rowCount() == 2 and model.search_text == "กมล"
    assert sorted(column_values(qtbot, model, 1)) == ["กมล", "กมลา"]


def test_rows_asked_for_while_a_search_is_pending_are_never_blank(qtbot: QtBot, runner: TaskRunner) -> None:
    names = [f"ชื่อ{i}" for i in range(300)]
    model = LazyTableModel(COLUMNS, ListProvider(names), runner, page_size=50)
    loaded(qtbot, model)
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.set_search("ชื่อ1")
        for row in range(0, 300, 25):  # the view repaints the old rows before the new ids arrive
            model.data(model.index(row, 0))
    values = column_values(qtbot, model, 1)
    assert values == [name for name in names if "ชื่อ1" in name]
    assert all(values)


def test_headers_follow_the_interface_language(qtbot: QtBot, runner: TaskRunner, thai: None) -> None:
    model = LazyTableModel(COLUMNS, ListProvider([]), runner)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "รหัส"
    set_language("en", I18N)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
