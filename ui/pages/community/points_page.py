"""Service points: every Fix it centre and mobile point with its dates, allowance and number of jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.community.point_dialog import PointDialog, kind_names
from ui.widgets.export_action import ask_xlsx_path
from ui.widgets.tables import fill_table, read_only_table, set_widths
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.community import JOBS, POINTS
from vocdesk.services.community.daily import write_point_report_xlsx
from vocdesk.services.community.points import PointRow, list_points
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed


class PointsPage(Page):
    """The list of points; a new one through a small dialog; the selected point's daily aggregate as xlsx."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.add_button = QPushButton(self)
        self.add_button.setVisible(allowed(env.actor, "community.points"))
        self.add_button.clicked.connect(self.add)
        self.report_button = QPushButton(self)
        self.report_button.setVisible(allowed(env.actor, "community.print"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.daily_report)
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        """Where the workbook goes; tests replace the file dialog."""
        self.summary = QLabel(self)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(
            lambda: self.report_button.setEnabled(self.selected() is not None))
        self.rows: list[PointRow] = []
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: list_points(s, actor), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def _show(self, rows: list[PointRow]) -> None:
        self.rows = rows
        kinds = kind_names()
        fill_table(self.table, (tr("Code"), tr("Name"), tr("Kind"), tr("Province"), tr("Opens"), tr("Closes"),
                                tr("Parts per item (฿)"), tr("Jobs")),
                   [[r.code, r.name, kinds.get(r.kind, r.kind), r.province, format_be_short(r.start_date),
                     format_be_short(r.end_date) if r.end_date else "–", format_baht(r.parts_allowance_satang),
                     f"{r.jobs:,}"] for r in rows])
        set_widths(self.table, (70, 280, 200, 100, 95, 95, 120))
        for row in range(self.table.rowCount()):  # "1,500" is a number too
            item = self.table.item(row, 7)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setText(tr("{count} service points, {jobs} repair jobs").format(
            count=len(rows), jobs=f"{sum(r.jobs for r in rows):,}"))
        self.data_shown.emit()

    def add(self) -> None:
        PointDialog(self.env, self).open()

    def selected(self) -> PointRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _ask_path(self, suggested: str) -> Path | None:
        return ask_xlsx_path(self, tr("Daily report (Excel)"), suggested)

    def daily_report(self) -> None:
        """The aggregate OVEC asks of the selected point, per day, written on the worker."""
        point = self.selected()
        if point is None:
            return
        target = self.choose_path(f"รายงานรายวัน_{point.code}.xlsx")
        if target is None:
            return
        actor, code = self.env.actor, point.code
        self.env.runner.read(lambda s: write_point_report_xlsx(s, actor, code, target),
                             on_done=lambda rows: self._reported(rows, target),
                             on_error=lambda error: show_error(self, error))

    def _reported(self, rows: int, target: Path) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(tr("Wrote {n} rows to {path}", "daily report").format(
                n=f"{rows:,}", path=str(target)), 15_000)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(POINTS, JOBS):
            self.refresh()

    def retranslate(self) -> None:
        self.add_button.setText(tr("New service point…"))
        self.report_button.setText(tr("Daily report (Excel)…"))
        if self.activated_once:
            self._show(self.rows)


PAGE = page_of(__name__, PointsPage)  # key, title, order and permission: its line in PAGES
