"""Learners' service hours: type a student code, see every event with its dates and hours, and the total."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import message_for
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.community import SERVICE_HOURS
from vocdesk.services.community.hours import LearnerHours, ProgrammeHours, learner_hours, programme_hours
from vocdesk.services.core.context import Changes

LEVELS = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ทล.บ."}


class HoursPage(Page):
    """One learner's ledger (Fix it jobs and volunteer shifts), with the transcript one click away."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.code = QLineEdit(self)
        self.code.setMaximumWidth(220)
        self.code.returnPressed.connect(self.load)
        self.code_label = QLabel(self)
        self.show_button, self.print_button = QPushButton(self), QPushButton(self)
        self.show_button.clicked.connect(self.load)
        self.print_button.clicked.connect(self.print_transcript)
        self.who = QLabel(self)
        self.who.setStyleSheet("font-size: 16px;")
        self.table = read_only_table(self)
        self.hours: LearnerHours | None = None
        top = QHBoxLayout()
        for widget in (self.code_label, self.code, self.show_button, self.print_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        """No learner yet: the hours per programme; else the learner's ledger again."""
        if self.hours is not None:
            self.load()
            return
        actor = self.env.actor
        self.env.runner.read(lambda s: programme_hours(s, actor), on_done=self._show_programmes,
                             on_error=self._not_found)

    def _show_programmes(self, lines: list[ProgrammeHours]) -> None:
        fill_table(self.table, (tr("Programme"), tr("Learners who served"), tr("Hours")),
                   [[f"{LEVELS.get(line.level, line.level)} {line.major_code} {line.major_name}", f"{line.learners}",
                     f"{line.total_minutes / 60:,.1f}"] for line in lines])
        self.table.setColumnWidth(0, 380)
        self.table.setColumnWidth(1, 200)
        self.data_shown.emit()

    def load(self) -> None:
        code, actor = self.code.text().strip(), self.env.actor
        if not code:
            return
        self.env.runner.read(lambda s: learner_hours(s, actor, code), on_done=self._show, on_error=self._not_found)

    def _show(self, hours: LearnerHours | None) -> None:
        self.hours = hours
        lines = hours.lines if hours else ()
        fill_table(self.table, (tr("Event / service point"), tr("From"), tr("To"), tr("Hours")),
                   [[line.point_name, format_be_short(line.first_day), format_be_short(line.last_day),
                     f"{line.minutes / 60:,.1f}"] for line in lines])
        self.table.setColumnWidth(0, 380)
        if hours is not None:
            self.who.setText(tr("{code} {name}: {hours} hours of service").format(
                code=hours.student_code, name=hours.name, hours=f"{hours.total_minutes / 60:,.1f}"))
        self.print_button.setEnabled(hours is not None)
        self.data_shown.emit()

    def _not_found(self, error: BaseException) -> None:
        self._show(None)
        self.who.setText(message_for(error))

    def print_transcript(self) -> None:
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self.env, self)
        dialog.select("service-hours")
        if self.hours is not None:
            dialog.option_fields["learner"].setText(self.hours.student_code)
        dialog.open()

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and self.hours is not None and changes.touches(SERVICE_HOURS):
            self.load()

    def retranslate(self) -> None:
        self.code_label.setText(tr("Student code"))
        self.show_button.setText(tr("Show"))
        self.print_button.setText(tr("Transcript…"))
        self.print_button.setEnabled(self.hours is not None)
        if self.hours is None:
            self.who.setText(tr("Type a student code and press Enter; below, the hours per programme"))
            if self.activated_once:
                self.refresh()
        else:
            self._show(self.hours)


PAGE = page_of(__name__, HoursPage)  # key, title, order and permission: its line in PAGES
