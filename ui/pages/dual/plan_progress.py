"""Under the logbook grid: the placement's training-plan sub-tasks, planned hours against the hours logged."""

from __future__ import annotations

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.pages.dual.common import WARN
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.services.dual.logbook_tasks import TaskProgress


def status_text(status: str) -> str:
    return {"not_started": tr("Not started"), "in_progress": tr("In progress"), "done": tr("Done")}.get(status, status)


class PlanProgressView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.table = read_only_table(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.rows: list[TaskProgress] = []

    def show_rows(self, rows: list[TaskProgress]) -> None:
        self.rows = rows
        fill_table(self.table, ("#", tr("Plan semester"), tr("Task"), tr("Planned hours"), tr("Logged hours"),
                                tr("Weeks"), tr("Status")),
                   [[f"#{r.task_id}", str(r.semester), f"{r.main_task} — {r.sub_task}" if r.sub_task else r.main_task,
                     str(r.planned_hours), f"{r.actual_hours:g}", str(r.weeks), status_text(r.status)]
                    for r in rows])
        for row, task in enumerate(rows):
            cell = self.table.item(row, 6)
            if cell is not None and task.status == "not_started":
                cell.setForeground(QBrush(WARN))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, max(200, min(360, self.table.width() - 560)))
        done = sum(1 for r in rows if r.status == "done")
        self.title.setText(tr("Training plan: {done} of {count} sub-tasks done; type a week's as #number=hours "
                              "in Plan sub-tasks").format(done=done, count=len(rows)) if rows else
                           tr("Training plan: the placement trains no semester of its programme's plan yet"))

    def retranslate(self) -> None:
        self.show_rows(self.rows)
