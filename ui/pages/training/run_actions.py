"""What the run view's buttons do: fees and receipts, certificates, cancelling a session, withdrawing, voiding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableWidget, QTabWidget, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from vocdesk.services.core.context import Changes
from vocdesk.services.training.attendance import Grid, Progress
from vocdesk.services.training.booking import BookingResult
from vocdesk.services.training.certificates import IssuedCertificate, issue_certificates
from vocdesk.services.training.enrolment import EnrolledRow
from vocdesk.services.training.receipts import ReceiptRow, add_payment
from vocdesk.services.training.run_listing import RunRow, SessionRow


@dataclass(frozen=True)
class RunData:
    sessions: list[SessionRow]
    trainees: list[EnrolledRow]
    sheet: Grid
    progress: list[Progress]
    receipts: list[ReceiptRow]
    certificates: list[IssuedCertificate]



class RunActions:
    """Mixed into RunView, which owns the widgets named here."""

    env: UiEnv
    run: RunRow | None
    data: RunData | None
    sessions: QTableWidget
    trainees: QTableWidget
    payments: QTableWidget
    certs: QTableWidget
    signer: QLineEdit
    signer_title: QLineEdit

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _selected_trainee(self) -> EnrolledRow | None:
        row = self.trainees.currentRow()
        if self.data is None or not 0 <= row < len(self.data.trainees):
            return None
        return self.data.trainees[row]

    def take_payment(self) -> None:
        trainee, run = self._selected_trainee(), self.run
        if trainee is None or run is None:
            tabs = self._parent()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(self.trainees)  # say where to choose someone
            return
        key, tid, fee = run.key, trainee.trainee_id, run.fee_satang
        self.env.runner.action(lambda uow: add_payment(uow, key, tid, fee), initiator=self,
                               on_error=lambda error: show_error(self._parent(), error))

    def waive(self, reason: str) -> None:
        """Waive the selected trainee's fee with its reason (recorded without a receipt number)."""
        trainee, run = self._selected_trainee(), self.run
        if trainee is not None and run is not None:
            key, tid = run.key, trainee.trainee_id
            self.env.runner.action(lambda uow: add_payment(uow, key, tid, 0, reason), initiator=self,
                                   on_error=lambda error: show_error(self._parent(), error))

    def print_receipt(self) -> None:
        row = self.payments.currentRow()
        if self.data is None or not 0 <= row < len(self.data.receipts) or not self.data.receipts[row].number:
            return
        receipt = self.data.receipts[row]
        suggested = f"{receipt.number.replace('/', '-')}.pdf"
        name, _ = QFileDialog.getSaveFileName(self._parent(), tr("Save receipt"), suggested, "PDF (*.pdf)")
        if name:
            self.write_receipt(receipt.id, Path(name))

    def write_receipt(self, receipt_id: int, path: Path) -> None:
        from vocdesk.services.core.settings import college_profile
        from vocdesk.services.training.documents import receipt_pdf
        from vocdesk.services.training.receipts import mark_printed

        context = self.env.context

        def work(_control: object) -> tuple[Path, Changes]:
            row, changes = context.run(lambda uow: mark_printed(uow, receipt_id))
            with context.db.read() as session:
                college = college_profile(session).name_th
            return receipt_pdf(row, college, path, context.paths.resources_dir, row.prints > 0), changes

        self.env.runner.long_action(work, initiator=self, on_error=lambda error: show_error(self._parent(), error))

    def issue(self) -> None:
        if self.run is None:
            return
        context, key, signer, title = self.env.context, self.run.key, self.signer.text(), self.signer_title.text()
        self.env.runner.action(lambda uow: issue_certificates(uow, context.paths.keys_dir, key, signer, title),
                               initiator=self, on_error=lambda error: show_error(self._parent(), error))

    def print_certificate(self) -> None:
        row = self.certs.currentRow()
        if self.data is None or not 0 <= row < len(self.data.certificates):
            return
        cert = self.data.certificates[row]
        name, _ = QFileDialog.getSaveFileName(self._parent(), tr("Save certificate"), f"{cert.number}.pdf",
                                              "PDF (*.pdf)")
        if name:
            self.write_certificate(cert, Path(name))

    def write_certificate(self, cert: IssuedCertificate, path: Path) -> None:
        """The PDF with its QR; every print after the first says สำเนา."""
        from vocdesk.services.core.settings import college_profile
        from vocdesk.services.training.certificates import mark_printed
        from vocdesk.services.training.documents import certificate_pdf

        context = self.env.context

        def work(_control: object) -> tuple[Path, Changes]:
            before, changes = context.run(lambda uow: mark_printed(uow, cert.number))
            with context.db.read() as session:
                college = college_profile(session).name_th
            return certificate_pdf(cert, college, path, context.paths.resources_dir, before > 0), changes

        self.env.runner.long_action(work, initiator=self, on_error=lambda error: show_error(self._parent(), error))

    def _ask_reason(self, then: Callable[[str], None]) -> None:
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(self._parent(), tr("Reason"), tr("Why?"))
        if ok and reason.strip():
            then(reason.strip())

    def cancel_session(self, reason: str) -> None:
        """Cancel the session selected in the sessions tab; its booking is cancelled with it."""
        from vocdesk.services.training.runs import cancel_session

        row = self.sessions.currentRow()
        if self.data is not None and 0 <= row < len(self.data.sessions):
            session_id = self.data.sessions[row].id
            self.env.runner.action(lambda uow: cancel_session(uow, session_id, reason), initiator=self,
                                   on_error=lambda error: show_error(self._parent(), error))

    def withdraw(self) -> None:
        """Withdraw the selected trainee; the first on the waitlist takes the seat."""
        from vocdesk.services.training.enrolment import withdraw

        trainee, run = self._selected_trainee(), self.run
        if trainee is not None and run is not None and trainee.state != "withdrawn":
            key, tid = run.key, trainee.trainee_id
            self.env.runner.action(lambda uow: withdraw(uow, key, tid), initiator=self,
                                   on_error=lambda error: show_error(self._parent(), error))

    def void(self, reason: str) -> None:
        """Void the selected receipt: its number stays in the register with the reason."""
        from vocdesk.services.training.receipts import void_receipt

        row = self.payments.currentRow()
        if self.data is not None and 0 <= row < len(self.data.receipts) and self.data.receipts[row].number:
            number = self.data.receipts[row].number
            self.env.runner.action(lambda uow: void_receipt(uow, number, reason), initiator=self,
                                   on_error=lambda error: show_error(self._parent(), error))

    def _ask_date(self, then: Callable[[dt.date, str], None], with_reason: bool) -> None:
        """A small dialog: a date in พ.ศ. and, for a move, the reason."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

        from ui.widgets.buddhist_date_edit import BuddhistDateEdit

        dialog = QDialog(self._parent())
        form = QFormLayout(dialog)
        day, reason = BuddhistDateEdit(dialog), QLineEdit(dialog)
        form.addRow(tr("Date"), day)
        if with_reason:
            form.addRow(tr("Reason"), reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := day.date()) is not None:
            then(chosen, reason.text())

    def add_date(self, day: dt.date, _reason: str = "") -> None:
        """Add a date to the run (a skipped one back, or an extra one); clashes are shown, nothing written."""
        from vocdesk.services.training.runs import add_session

        if self.run is not None:
            key = self.run.key
            self.env.runner.action(lambda uow: add_session(uow, key, day), initiator=self, on_done=self._booked,
                                   on_error=lambda error: show_error(self._parent(), error))

    def move_selected(self, day: dt.date, reason: str) -> None:
        """Move the selected session: the new date is booked first, then the old one is marked moved."""
        from vocdesk.services.training.runs import move_session

        row = self.sessions.currentRow()
        if self.data is not None and 0 <= row < len(self.data.sessions):
            session_id = self.data.sessions[row].id
            self.env.runner.action(lambda uow: move_session(uow, session_id, day, reason), initiator=self,
                                   on_done=self._booked, on_error=lambda error: show_error(self._parent(), error))

    def _booked(self, result: BookingResult) -> None:
        if not result.written:
            from vocdesk.errors import VocDeskError

            show_error(self._parent(), VocDeskError("booking_conflicts", count=len(result.conflicts)))
