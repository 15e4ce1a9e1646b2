"""Choosing a logbook week's training-plan sub-tasks with their hours: one hours box per sub-task of the plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.dual.task_cells import TaskCellInvalid, parse_task_cell, task_cell
from vocdesk.services.dual.logbook_tasks import TaskProgress


def chosen_of(text: str) -> dict[int, int]:
    """What the entry field already names (task id → minutes); nothing when it cannot be read."""
    try:
        return dict(parse_task_cell(text))
    except TaskCellInvalid:
        return {}


class PlanTaskPicker(QDialog):
    """The plan's sub-tasks, each with the hours done this week (0: not done). Tab moves between the hours, Enter
    takes them; `text()` is what goes back into the entry field (`#12=8; #14=4:30`)."""

    def __init__(self, tasks: list[TaskProgress], current: str, week_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Plan sub-tasks done this week"))
        self.tasks, self.week_minutes = tasks, week_minutes
        chosen = chosen_of(current)
        self.table = read_only_table(self)
        fill_table(self.table, ("#", tr("Task"), tr("Planned hours"), tr("Logged hours"), tr("Hours this week")),
                   [[f"#{t.task_id}", f"{t.main_task} — {t.sub_task}" if t.sub_task else t.main_task,
                     str(t.planned_hours), f"{t.actual_hours:g}", ""] for t in tasks])
        self.hours: list[QDoubleSpinBox] = []
        for row, task in enumerate(tasks):
            box = QDoubleSpinBox(self.table)
            box.setRange(0, 168)
            box.setDecimals(2)
            box.setSingleStep(1)
            box.setValue(chosen.get(task.task_id, 0) / 60)
            box.valueChanged.connect(lambda _v: self._total())
            self.table.setItem(row, 4, QTableWidgetItem(""))
            self.table.setCellWidget(row, 4, box)
            self.hours.append(box)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(420, max(200, self.table.columnWidth(1))))
        self.table.setColumnWidth(4, 110)
        self.total = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self._total()
        if self.hours:
            self.hours[0].setFocus()
            self.hours[0].selectAll()

    def minutes(self) -> list[tuple[int, int]]:
        return [(task.task_id, round(box.value() * 60)) for task, box in zip(self.tasks, self.hours, strict=True)
                if box.value() > 0]

    def text(self) -> str:
        return task_cell(self.minutes())

    def _total(self) -> None:
        total = sum(minutes for _task, minutes in self.minutes())
        self.total.setText(tr("{hours} of the week's {week} hours given to plan sub-tasks").format(
            hours=f"{total / 60:g}", week=f"{self.week_minutes / 60:g}"))
