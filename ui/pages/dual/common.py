"""What the dual pages share: a list page with a count, buttons, a table and an alerts line, loaded via a service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.core.context import UnitOfWork

WARN = QColor("#a05a00")
BAD = QColor("#b00020")


def be(day: dt.date | None) -> str:
    return format_be_short(day) if day else tr("open-ended", "dual common")


def load(page: Page, work: Callable[[UnitOfWork], Any], on_done: Callable[[Any], None]) -> None:
    """Run a dual read service (they take a unit of work) on the worker; nothing is changed, nothing broadcast."""
    page.env.runner.action(work, on_done=on_done, on_error=lambda error: show_error(page, error))


def colour_rows(table: QTableWidget, colours: Sequence[QColor | None]) -> None:
    for row, colour in enumerate(colours):
        if colour is None:
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setForeground(colour)


class ListPage(Page):
    """A count and buttons above one read-only table, and an alerts line under it."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.count_label = QLabel(self)
        self.table = read_only_table(self)
        self.alerts = QLabel(self)
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("color: #a05a00;")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.count_label, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 12, 12, 12)
        self.body.addLayout(self.buttons)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.alerts)

    def button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def show_alerts(self, texts: Sequence[str], shown: int = 4) -> None:
        """At most `shown` alerts, then how many more (the page's table colours the rest)."""
        lines = ["⚠ " + text for text in texts[:shown]]
        if len(texts) > shown:
            lines.append(tr("and {count} more", "dual common").format(count=len(texts) - shown))
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(texts))

    def fill(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> None:
        fill_table(self.table, headers, rows)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
