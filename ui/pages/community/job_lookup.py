"""A scan field: the claim slip's QR code (or a typed job number) shows where the job stands, nothing personal."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.context import UiEnv
from ui.errors import message_for
from ui.i18n import tr
from vocdesk.domain.community import REPAIR_STATUS_TH, STATUS_TH
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.community.listing import PublicStatus, public_status
from vocdesk.services.community.reports import QR_PREFIX


class JobLookup(QWidget):
    """A barcode scanner types the QR text and Enter; the answer replaces the previous one."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.scan = QLineEdit(self)
        self.scan.setMinimumWidth(260)
        self.scan.returnPressed.connect(self.look_up)
        self.answer = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan, 1)
        layout.addWidget(self.answer, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.scan.setPlaceholderText(tr("Scan the claim slip or type a job number, then Enter"))
        self.scan.setMinimumWidth(self.scan.fontMetrics().horizontalAdvance(self.scan.placeholderText()) + 16)

    def look_up(self) -> None:
        typed = self.scan.text().strip()
        label = typed[len(QR_PREFIX):] if typed.upper().startswith(QR_PREFIX) else typed
        self.scan.clear()
        if not label:
            return
        actor = self.env.actor
        self.env.runner.read(lambda s: public_status(s, actor, label), on_done=self._show,
                             on_error=lambda error: self.answer.setText(message_for(error)))

    def _show(self, found: PublicStatus) -> None:
        back = tr(", returned {day}").format(day=format_be_short(found.returned_on)) if found.returned_on else ""
        self.answer.setText(f"{found.label} · {found.category_name} · {STATUS_TH[found.status]} · "
                            f"{REPAIR_STATUS_TH[found.repair_status]}{back}")
