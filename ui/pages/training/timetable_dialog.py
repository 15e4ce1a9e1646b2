"""Import a term's timetable (FET CSV or Excel): check first (findings with row and reason), then import all or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for, report_crash
from ui.i18n import current_language, tr
from ui.widgets.tables import fill_table, read_only_table, set_widths
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.training.calendar_ import TermRow
from vocdesk.services.training.timetable_import import TimetableReport

ERROR_FILL, WARNING_FILL = QColor("#f8d7d3"), QColor("#fbefc9")


class TimetableDialog(QDialog):
    """File, term and "create unknown rooms"; Check shows what would change; Import replaces the term's lessons."""

    def __init__(self, env: UiEnv, terms: list[TermRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(tr("Import timetable"))
        self.resize(860, 520)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText("college_timetable.csv / .xlsx")
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.term = QComboBox(self)
        for term in terms:
            self.term.addItem(term.key, term.key)
        self.create_rooms = QCheckBox(tr("Create rooms the file names but the college does not have yet"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.findings = read_only_table(self)
        self.check_button = QPushButton(tr("Check file"), self)
        self.check_button.clicked.connect(lambda: self.run(commit=False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(lambda: self.run(commit=True))
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(False)
        for widget in (self.path, self.term):
            signal = widget.textChanged if isinstance(widget, QLineEdit) else widget.currentIndexChanged
            signal.connect(lambda *_args: self.import_button.setEnabled(False))
        self.create_rooms.toggled.connect(lambda *_args: self.import_button.setEnabled(False))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("File"), file_row)
        form.addRow(tr("Term"), self.term)
        form.addRow("", self.create_rooms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)
        self.report: TimetableReport | None = None
        if not terms:
            self.summary.setText(tr("Set the term first: vocdesk term set 2/2569 --from … --to …"))
            self.check_button.setEnabled(False)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Timetable file"), "", "FET CSV / Excel (*.csv *.xlsx)")
        if name:
            self.path.setText(name)

    def run(self, commit: bool) -> None:
        from vocdesk.services.training.timetable_import import import_timetable, read_timetable

        path, key, create = Path(self.path.text().strip()), str(self.term.currentData()), self.create_rooms.isChecked()
        context = self.env.context

        def work(_control: object) -> tuple[TimetableReport, Changes]:
            parsed = read_timetable(context.actor, path)  # read and cleaned outside the transaction
            result: tuple[TimetableReport, Changes] = context.run(
                lambda uow: import_timetable(uow, parsed, key, create_rooms=create, commit=commit))
            return result

        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.env.runner.long_action(work, initiator=self, on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        if isinstance(error, VocDeskError):
            self.summary.setText(message_for(error))
        else:
            report_crash(error, self)

    def _show(self, report: TimetableReport) -> None:
        self.report = report
        self.check_button.setEnabled(True)
        errors = len(report.errors)
        if report.committed:
            head = tr("Imported: the term's timetable now has {lessons} lessons.")
        elif errors:
            head = tr("Nothing imported: {errors} errors to fix in the file.")
        else:
            head = tr("Ready to import: {lessons} lessons.")
        counts = tr("{rows} rows · {added} lessons added, {removed} removed, {unchanged} unchanged")
        text = " ".join((head, counts))
        for name, value in (("lessons", report.lessons), ("errors", errors), ("rows", report.rows),
                            ("added", report.added), ("removed", report.removed), ("unchanged", report.unchanged)):
            text = text.replace("{" + name + "}", str(value))
        if report.unknown_rooms:
            text += "\n" + tr("Rooms not in the college") + ": " + ", ".join(report.unknown_rooms)
        self.summary.setText(text)
        language = current_language()
        fill_table(self.findings, (tr("Row"), tr("Column"), tr("Level"), tr("Problem")),
                   [[str(f.row) if f.row else "", f.column, tr("Error") if f.is_error else tr("Warning"),
                     f.message(language)] for f in report.findings])
        for row, finding in enumerate(report.findings):
            for column in range(4):
                item = self.findings.item(row, column)
                if item is not None:
                    item.setBackground(ERROR_FILL if finding.is_error else WARNING_FILL)
        set_widths(self.findings, (50, 90, 80))
        self.import_button.setEnabled(not report.committed and errors == 0)
