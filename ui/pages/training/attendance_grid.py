"""The sessions × trainees check-in grid: arrows move, Space ticks; each tick is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.training.attendance import Grid, Progress, mark

PRESENT = Qt.CheckState.Checked
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


class AttendanceGrid(QTableWidget):
    """One row per enrolled trainee, one column per planned session, then hours attended and what is missing."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.key = ""
        self.sheet: Grid | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemChanged.connect(self._ticked)

    def show_grid(self, key: str, sheet: Grid, progress: list[Progress]) -> None:
        self.key, self.sheet = key, sheet
        sessions = [s for s in sheet.sessions if s[4] == "planned"]
        hours = {p.trainee_id: p for p in progress}
        row_now, column_now = self.currentRow(), self.currentColumn()
        self.blockSignals(True)
        self.clear()
        self.setColumnCount(len(sessions) + 2)
        self.setHorizontalHeaderLabels([format_be_short(s[1]) for s in sessions] + [tr("Hours"), tr("Missing")])
        self.setRowCount(len(sheet.trainees))
        self.setVerticalHeaderLabels([name for _, name in sheet.trainees])
        for r, (trainee_id, _name) in enumerate(sheet.trainees):
            for c, session in enumerate(sessions):
                item = QTableWidgetItem()
                item.setFlags(CHECKABLE)
                item.setCheckState(PRESENT if (session[0], trainee_id) in sheet.present else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (session[1], trainee_id))
                self.setItem(r, c, item)
            done = hours.get(trainee_id)
            for offset, text in enumerate((f"{(done.attended_min if done else 0) / 60:.1f}",
                                           "" if done is None or done.completed else f"{done.missing_hours:.1f}")):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, len(sessions) + offset, cell)
        self.resizeColumnsToContents()
        self.blockSignals(False)
        if self.rowCount() and len(sessions):
            self.setCurrentCell(min(max(row_now, 0), self.rowCount() - 1), min(max(column_now, 0), len(sessions) - 1))

    def _ticked(self, item: QTableWidgetItem) -> None:
        found = item.data(Qt.ItemDataRole.UserRole)
        if not found:
            return
        day, trainee_id = found
        present, key = item.checkState() == PRESENT, self.key
        self.env.runner.action(lambda uow: mark(uow, key, day, [trainee_id], present), initiator=self,
                               on_error=lambda error: show_error(self, error))
