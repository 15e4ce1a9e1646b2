"""One run (รุ่น): its sessions, trainees, the attendance grid, payments and certificates, in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages.training.attendance_grid import AttendanceGrid
from ui.pages.training.run_actions import RunActions, RunData
from ui.pages.training.tables import fill_table, read_only_table
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.training import format_minutes
from vocdesk.domain.training_money import baht_text
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed
from vocdesk.services.training.attendance import Grid, grid, progress
from vocdesk.services.training.certificates import certificates
from vocdesk.services.training.enrolment import run_trainees
from vocdesk.services.training.receipts import receipts
from vocdesk.services.training.run_listing import RunRow, run_sessions

STATES = {"planned": ("ตามแผน", "Planned"), "cancelled": ("ยกเลิก", "Cancelled"), "moved": ("ย้าย", "Moved"),
          "enrolled": ("ลงทะเบียน", "Enrolled"), "waitlist": ("รอที่ว่าง", "Waitlist"),
          "withdrawn": ("ถอนตัว", "Withdrawn"), "valid": ("ใช้ได้", "Valid"), "void": ("ยกเลิก", "Void")}


def state_text(state: str) -> str:
    return pick(*STATES.get(state, (state, state)))


def load_run(s: Session, a: Actor, key: str) -> RunData:
    """What this role may see of a run: sessions for every viewer; trainees, fees, certificates for the staff."""
    sessions = run_sessions(s, a, key)
    people = allowed(a, "training.trainees")
    sheet = grid(s, a, key) if people else Grid(tuple((x.id, x.day, x.start_min, x.end_min, x.state)
                                                      for x in sessions), (), {})
    return RunData(sessions, run_trainees(s, a, key) if people else [], sheet, progress(s, a, key) if people else [],
                   receipts(s, a, key) if allowed(a, "training.fees") else [],
                   certificates(s, a, key) if allowed(a, "training.certificates") else [])


class RunView(RunActions, QTabWidget):
    """Shows the run chosen on the course page; every tab refreshes together after a change."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.run: RunRow | None = None
        self.data: RunData | None = None
        self.sessions = read_only_table(self)
        self.cancel_button, self.add_date_button, self.move_button = (QPushButton(self) for _ in range(3))
        self.trainees = read_only_table(self)
        self.withdraw_button, self.waive_button = QPushButton(self), QPushButton(self)
        self.grid = AttendanceGrid(env, self)
        self.payments = read_only_table(self)
        self.pay_button, self.receipt_button, self.void_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.certs = read_only_table(self)
        self.signer, self.signer_title = QLineEdit(self), QLineEdit(self)
        self.signer.setMinimumWidth(170)
        self.signer_title.setMinimumWidth(230)
        self.issue_button, self.print_button = QPushButton(self), QPushButton(self)
        self.addTab(self._with_bar(self.sessions, self.add_date_button, self.move_button, self.cancel_button), "")
        self.addTab(self._with_bar(self.trainees, self.withdraw_button, self.waive_button), "")
        self.addTab(self.grid, "")
        self.addTab(self._with_bar(self.payments, self.pay_button, self.receipt_button, self.void_button), "")
        self.addTab(self._with_bar(self.certs, self.signer, self.signer_title, self.issue_button,
                                    self.print_button), "")
        self.cancel_button.clicked.connect(lambda: self._ask_reason(self.cancel_session))
        self.add_date_button.clicked.connect(lambda: self._ask_date(self.add_date, with_reason=False))
        self.move_button.clicked.connect(lambda: self._ask_date(self.move_selected, with_reason=True))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.waive_button.clicked.connect(lambda: self._ask_reason(self.waive))
        self.void_button.clicked.connect(lambda: self._ask_reason(self.void))
        self.pay_button.clicked.connect(self.take_payment)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_certificate)
        for button, action in ((self.cancel_button, "training.courses"), (self.add_date_button, "training.courses"),
                               (self.move_button, "training.courses"), (self.withdraw_button, "training.trainees"),
                               (self.waive_button, "training.fees"),
                               (self.pay_button, "training.fees"), (self.receipt_button, "training.fees"),
                               (self.void_button, "training.fees"), (self.issue_button, "training.certificates"),
                               (self.print_button, "training.certificates")):
            button.setEnabled(allowed(env.actor, action))
        self.grid.setEnabled(allowed(env.actor, "training.attendance"))
        self.retranslate()

    def _with_bar(self, table: QWidget, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        bar = QHBoxLayout()
        for widget in widgets:
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return box

    def retranslate(self) -> None:
        for index, text in enumerate((tr("Sessions"), tr("Trainees"), tr("Attendance"), tr("Payments"),
                                      tr("Certificates"))):
            self.setTabText(index, text)
        self.cancel_button.setText(tr("Cancel the selected session…"))
        self.add_date_button.setText(tr("Add a date…"))
        self.move_button.setText(tr("Move the selected session…"))
        self.withdraw_button.setText(tr("Withdraw the selected trainee"))
        self.waive_button.setText(tr("Waive the selected trainee's fee…"))
        self.void_button.setText(tr("Void the selected receipt…"))
        self.pay_button.setText(tr("Take the fee of the selected trainee"))
        self.receipt_button.setText(tr("Print receipt…"))
        self.signer.setPlaceholderText(tr("Signer's name"))
        self.signer_title.setPlaceholderText(tr("Signer's title"))
        self.issue_button.setText(tr("Issue certificates"))
        self.print_button.setText(tr("Print certificate…"))
        if self.data is not None:
            self._show(self.data)

    def show_run(self, run: RunRow | None) -> None:
        self.run = run
        if run is None:
            return
        actor, key = self.env.actor, run.key
        self.env.runner.read(lambda s: load_run(s, actor, key), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def _show(self, data: RunData) -> None:
        self.data = data
        fill_table(self.sessions, (tr("Date"), tr("Time"), tr("Room"), tr("Status"), tr("Reason")),
                   [[format_be_short(s.day), f"{format_minutes(s.start_min)}–{format_minutes(s.end_min)}", s.room,
                     state_text(s.state), s.reason] for s in data.sessions])
        fill_table(self.trainees, (tr("Name", "training run view"), tr("Phone"), tr("Status")),
                   [[t.name, t.phone, state_text(t.state)] for t in data.trainees])
        if self.run is not None:
            self.grid.show_grid(self.run.key, data.sheet, data.progress)
        fill_table(self.payments, (tr("Receipt"), tr("Date"), tr("Name", "training run view"), tr("Amount"),
                                   tr("Status")),
                   [[r.number or tr("Waived"), format_be_short(r.paid_on), r.trainee_name,
                     baht_text(r.amount_satang), state_text(r.state)] for r in data.receipts])
        fill_table(self.certs, (tr("Number"), tr("Name", "training run view"), tr("Issued"), tr("Prints")),
                   [[c.number, c.name, format_be_short(c.issued_on), str(c.prints)] for c in data.certificates])
        for table in (self.sessions, self.trainees, self.payments, self.certs):
            table.resizeColumnsToContents()
