"""Approval queue: outside bodies' requests awaiting a decision; approve, or reject with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.training.common import be_date, day_name, role_label, span
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.training import BOOKINGS, FACILITIES
from vocdesk.services.training.views import RequestRow, open_requests


class ApprovalsPage(Page):
    """One row per request (a series of dates); a decision covers every still-open date of it."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.requests: list[RequestRow] = []
        self.count_label = QLabel(self)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._enable)
        self.approve_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve)
        self.reason = QLineEdit(self)
        self.reason.textChanged.connect(lambda _text: self._enable())
        self.reject_button = QPushButton(self)
        self.reject_button.clicked.connect(self.reject)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: open_requests(s, actor), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(BOOKINGS, FACILITIES):
            self.refresh()

    def _show(self, requests: list[RequestRow]) -> None:
        self.requests = requests
        fill_table(self.table, (tr("Requested by"), tr("Purpose"), tr("Facility"), tr("Dates"), tr("Times"),
                                tr("Time"), tr("People"), tr("Approver")),
                   [[r.requested_by, r.purpose, r.room, self._dates(r), str(r.count), span(r.start, r.end),
                     str(r.people), role_label(r.approver_role)] for r in requests])
        self.table.resizeColumnsToContents()  # then cap the free texts so a narrow window still shows the rest
        for column, cap in ((0, 180), (1, 190), (3, 210)):
            self.table.setColumnWidth(column, min(cap, self.table.columnWidth(column)))
        for row in range(self.table.rowCount()):  # whatever a narrow window cuts stays readable
            for column in (0, 1, 3, 7):
                item = self.table.item(row, column)
                if item is not None:
                    item.setToolTip(item.text())
        self.count_label.setText(tr("{count} requests awaiting a decision").replace("{count}", str(len(requests))))
        if requests:
            self.table.selectRow(0)
        self._enable()
        self.data_shown.emit()

    @staticmethod
    def _dates(request: RequestRow) -> str:
        first = f"{day_name(request.first, short=True)} {be_date(request.first)}"
        return first if request.first == request.last else f"{first} – {be_date(request.last)}"

    def selected(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows and rows[0].row() < len(self.requests) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen and bool(self.reason.text().strip()))

    def approve(self) -> None:
        self._decide("approve", "")

    def reject(self) -> None:
        self._decide("reject", self.reason.text())

    def _decide(self, decision: str, reason: str) -> None:
        from vocdesk.services.training.booking import decide

        request = self.selected()
        if request is None:
            return
        key, done = request.series_key, {"approve": tr("Approved"), "reject": tr("Rejected")}[decision]
        self.env.runner.action(lambda uow: decide(uow, key, decision, reason), initiator=self,
                               on_done=lambda count: self._decided(f"{done}: {request.purpose} ({count})"),
                               on_error=self._failed)

    def _decided(self, text: str) -> None:
        self.reason.clear()
        self.status.setStyleSheet("color: #1b7a35;")
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VocDeskError):
            show_error(self, error)
            return
        if error.code == "not_the_approver":  # name the role as the user knows it
            error = VocDeskError(error.code, **(error.params | {"role": role_label(str(error.params["role"]))}))
        self.status.setStyleSheet("color: #b52a2a;")
        self.status.setText(message_for(error))

    def retranslate(self) -> None:
        self.approve_button.setText(tr("Approve"))
        self.reject_button.setText(tr("Reject"))
        self.reason.setPlaceholderText(tr("Reason for rejecting (told to the requester)"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, ApprovalsPage)  # key, title, order and permission: its line in PAGES
