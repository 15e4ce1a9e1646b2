"""Dialogs of the staffing dashboard: the formula's constants, and a redistribution plan previewed before saving."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.widgets.form_dialog import FormDialog
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.staffing import TEACHING_POSITIONS, Move, PositionRequest, WorkloadConstants
from vocdesk.domain.teachers import PositionType
from vocdesk.services.teachers.listing import TeacherRow
from vocdesk.services.teachers.staffing import (
    GroupCountLine,
    PlanPreview,
    preview_plan,
    save_group_counts,
    save_plan,
    save_workload_constants,
)

LEVEL_TH = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ป.ตรี"}


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Thai texts for the standard buttons (Qt's own translations are not shipped)."""
    texts = {QDialogButtonBox.StandardButton.Save: ("บันทึก", "Save"),
             QDialogButtonBox.StandardButton.Cancel: ("ยกเลิก", "Cancel"),
             QDialogButtonBox.StandardButton.Close: ("ปิด", "Close")}
    for which, (thai, english) in texts.items():
        button = buttons.button(which)
        if button is not None:
            button.setText(pick(thai, english))


def _spin(value: float, maximum: float, parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setValue(value)
    return box


class ConstantsDialog(FormDialog):
    """Edit C (class hours and their general-education part per level), L and the development target."""

    def __init__(self, env: UiEnv, constants: WorkloadConstants, parent: QWidget | None = None) -> None:
        super().__init__(tr("Staffing formula constants"), parent, env=env, ok_text=tr("Save"),
                         ok_button=QDialogButtonBox.StandardButton.Save)
        self.constants = constants
        self.class_hours = {level: _spin(constants.class_hours[level], 60, self) for level in ("pvc", "pvs")}
        self.general_hours = {level: _spin(constants.general_hours[level], 60, self) for level in ("pvc", "pvs")}
        self.load = _spin(constants.teaching_load, 60, self)
        self.target = _spin(constants.development_target_hours, 1000, self)
        for level, name in (("pvc", "ปวช."), ("pvs", "ปวส.")):  # a refusal names the field, e.g. class_hours.pvc
            self.add_field(tr("Class hours per group per week, {name}", "teachers staffing dialogs").format(name=name),
                           self.class_hours[level], f"class_hours.{level}")
            self.add_field(tr("  of which general education, {name}", "teachers staffing dialogs").format(name=name),
                           self.general_hours[level], f"general_hours.{level}")
        self.add_field(tr("Teaching load per teacher per week (L)"), self.load, "teaching_load")
        self.add_field(tr("Development hours per teacher per year"), self.target, "development_target_hours")

    def edited(self) -> WorkloadConstants:
        return replace(self.constants,
                       class_hours={**self.constants.class_hours,
                                    **{k: box.value() for k, box in self.class_hours.items()}},
                       general_hours={**self.constants.general_hours,
                                      **{k: box.value() for k, box in self.general_hours.items()}},
                       teaching_load=self.load.value(), development_target_hours=self.target.value())

    def proceed(self) -> None:
        constants = self.edited()
        self.run(lambda uow: save_workload_constants(uow, constants))

    def save(self) -> None:
        self.submit()


class PlanDialog(QDialog):
    """Add moves and position requests; the table shows each department before and after; save when satisfied."""

    def __init__(self, env: UiEnv, teachers: list[TeacherRow], departments: list[tuple[str, str, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.moves: list[Move] = []
        self.requests: list[PositionRequest] = []
        self.preview: PlanPreview | None = None
        self.teachers = [t for t in teachers if PositionType(t.position_type).teaches and t.department_code]
        self.setWindowTitle(tr("Staffing plan"))
        self.resize(900, 640)
        self.teacher = QComboBox(self)
        for row in self.teachers:
            self.teacher.addItem(f"{row.name} — {row.department_th} ({row.position_th})", row.id)
        self.to_department, self.request_department = QComboBox(self), QComboBox(self)
        for code, name, technical in departments:
            for box in (self.to_department, self.request_department):
                box.addItem(name + (tr(" (technical)") if technical else ""), code)
        self.position = QComboBox(self)
        for position in TEACHING_POSITIONS:
            self.position.addItem(pick(PositionType(position).label_th, PositionType(position).label_en), position)
        self.count = QSpinBox(self)
        self.count.setRange(1, 50)
        add_move = QPushButton(tr("Add move"), self)
        add_move.clicked.connect(self.add_move)
        add_request = QPushButton(tr("Add request"), self)
        add_request.clicked.connect(self.add_request)
        self.items = QListWidget(self)
        self.table = read_only_table(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("Plan title"))
        self.apply_moves = QCheckBox(tr("Move the teachers now when saving"), self)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Move"), self), 0, 0)
        grid.addWidget(self.teacher, 0, 1, 1, 2)
        grid.addWidget(QLabel(tr("to"), self), 0, 3)
        grid.addWidget(self.to_department, 0, 4)
        grid.addWidget(add_move, 0, 5)
        grid.addWidget(QLabel(tr("Request"), self), 1, 0)
        grid.addWidget(self.request_department, 1, 1)
        grid.addWidget(self.position, 1, 2)
        grid.addWidget(self.count, 1, 3)
        grid.addWidget(add_request, 1, 5)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        self.items.setMaximumHeight(110)
        bottom = QHBoxLayout()
        bottom.addWidget(self.title, 1)
        bottom.addWidget(self.apply_moves)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.items)
        layout.addWidget(self.table, 3)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.update_preview()

    def add_move(self) -> None:
        index = self.teacher.currentIndex()
        if index < 0:
            return
        row = self.teachers[index]
        move = Move(row.id, row.position_type, row.department_code, str(self.to_department.currentData()))
        self.moves.append(move)
        self.items.addItem(tr("Move {name} from {department_th} to {value}", "teachers staffing dialogs")
                           .format(name=row.name,
                                   department_th=row.department_th, value=self.to_department.currentText()))
        self.update_preview(undo=lambda: self._drop(self.moves, move))

    def add_request(self) -> None:
        request = PositionRequest(str(self.request_department.currentData()), str(self.position.currentData()),
                                  self.count.value())
        self.requests.append(request)
        self.items.addItem(tr("Request {count} × {value} for {value2}", "teachers staffing dialogs")
                           .format(count=request.count,
                                   value=self.position.currentText(), value2=self.request_department.currentText()))
        self.update_preview()

    def _drop(self, items: list[Move], move: Move) -> None:
        items.remove(move)
        self.items.takeItem(self.items.count() - 1)

    def update_preview(self, undo: object = None) -> None:
        actor, moves, requests = self.env.actor, list(self.moves), list(self.requests)

        def failed(error: BaseException) -> None:
            if callable(undo):
                undo()
            show_error(self, error)

        self.env.runner.read(lambda s: preview_plan(s, actor, moves, requests), on_done=self.show_preview,
                             on_error=failed)

    def show_preview(self, preview: PlanPreview) -> None:
        self.preview = preview
        rows = []
        for before, after in zip((*preview.before.lines, preview.before.college),
                                 (*preview.after.lines, preview.after.college), strict=True):
            rows.append([before.name_th, str(before.need), str(before.actual), str(before.balance),
                         str(after.actual), str(after.balance), "●" if after.actual != before.actual else ""])
        fill_table(self.table, (tr("Department"), tr("Needed"),
                                tr("In post"), tr("Balance", "teachers short or over"), tr("After"),
                                tr("Balance after"), ""), rows)
        self.table.resizeColumnsToContents()

    def save(self) -> None:
        title, moves, requests, apply_moves = self.title.text(), list(self.moves), list(self.requests), \
            self.apply_moves.isChecked()
        self.env.runner.action(lambda uow: save_plan(uow, title, moves, requests, apply_moves),
                               on_done=lambda _plan_id: self.accept(), on_error=lambda error: show_error(self, error))


class GroupCountsDialog(QDialog):
    """Learning groups per department and level: the learner-data count, and a typed count that replaces it."""

    def __init__(self, env: UiEnv, lines: list[GroupCountLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.lines = lines
        self.setWindowTitle(tr("Learning groups used in the formula"))
        self.resize(720, 560)
        note = QLabel(tr("An empty “typed” box uses the learner data (groups with learners studying)"), self)
        note.setWordWrap(True)
        self.table = QTableWidget(len(lines), 4, self)
        self.table.setHorizontalHeaderLabels([tr("Department"), tr("Level"),
                                              tr("From learners"),
                                              tr("Typed")])
        self.table.verticalHeader().setVisible(False)
        self.boxes: list[QLineEdit] = []
        for row, line in enumerate(lines):
            for column, text in enumerate((line.department_th, LEVEL_TH[line.level], str(line.from_learners))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            box = QLineEdit("" if line.typed is None else str(line.typed), self.table)
            box.setValidator(QIntValidator(0, 500, box))
            self.table.setCellWidget(row, 3, box)
            self.boxes.append(box)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def changes(self) -> list[tuple[str, str, int | None]]:
        found = []
        for line, box in zip(self.lines, self.boxes, strict=True):
            typed = int(box.text()) if box.text().strip() else None
            if typed != line.typed:
                found.append((line.department_code, line.level, typed))
        return found

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.env.runner.action(lambda uow: save_group_counts(uow, changes), on_done=lambda _n: self.accept(),
                               on_error=lambda error: show_error(self, error))
