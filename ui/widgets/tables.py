"""Read-only tables: one way to make and fill them, with every number (count, money, percentage) right-aligned."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NUMBER = re.compile(r"[−+-]?\d{1,3}(,\d{3})*(\.\d+)?\s?%?|[−+-]?\d+(\.\d+)?\s?%?")
LONGEST_PLAIN_NUMBER = 5
"""A run of more digits without separators is a code (student code, national ID), not a quantity: numbers from
100,000 on are written with separators."""


def is_number(text: str) -> bool:
    """A count, an amount or a percentage as VocDesk writes them: 12, −3, 1,234.50, 7.5 %, 2569."""
    value = text.strip()
    if not NUMBER.fullmatch(value):
        return False
    digits = value.lstrip("−+-").rstrip("% ")
    return "," in digits or "." in digits or len(digits) <= LONGEST_PLAIN_NUMBER


def read_only_table(parent: QWidget, headers: Sequence[str] = (), *, fit_contents: bool = False) -> QTableWidget:
    """Rows are selected whole, nothing is edited; with `fit_contents` the columns size to their text."""
    table = QTableWidget(0, len(headers), parent)
    if headers:
        table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    if fit_contents:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_table(table: QTableWidget, headers: Sequence[str] | None, rows: Sequence[Sequence[str]], *,
               fills: Sequence[QColor | None] | None = None, tooltips: bool = False) -> None:
    """Replace the rows (and, unless `headers` is None, the columns); numbers are right-aligned. `fills` colours
    whole rows; `tooltips` repeats each cell's text as its tooltip (for long messages elided in the cell)."""
    if headers is not None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        fill = fills[r] if fills else None
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if is_number(value):
                item.setTextAlignment(RIGHT)
            if tooltips:
                item.setToolTip(value)
            if fill is not None:
                item.setBackground(QBrush(fill))
            table.setItem(r, c, item)


def set_widths(table: QTableView, widths: Sequence[int]) -> None:
    """The first columns at these widths, each widened where its header would be cut (Thai headers run longer)."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
