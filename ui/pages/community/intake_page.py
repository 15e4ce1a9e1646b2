"""Repair intake at a service point: type one job after another; the saving happens on the worker, never in the way."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr, wrappable
from ui.pages import Page, page_of
from ui.pages.community.intake_card import OwnerCardFill
from ui.pages.community.intake_form import IntakeForm
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.tables import fill_table, read_only_table, set_widths
from vocdesk.domain.community import STATUS_TH
from vocdesk.services.community import JOBS, POINTS
from vocdesk.services.community.jobs import JobInput, JobSaved, add_job
from vocdesk.services.community.listing import JobRow, list_jobs
from vocdesk.services.community.points import PointRow, list_points
from vocdesk.services.core.context import Changes

RECENT = 50


class IntakePage(Page):
    """Point and day on top, the ID-card button, the intake row, what was saved, this point's latest jobs."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.point = QComboBox(self)
        self.point.setMinimumContentsLength(24)
        self.point_label, self.day_label = QLabel(self), QLabel(self)
        self.day = BuddhistDateEdit(self)
        self.day.setDate(env.context.today())
        self.form = IntakeForm(self)
        self.card = OwnerCardFill(self.form, env)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        self.recent = read_only_table(self)
        self.rows: list[JobRow] = []
        top = QHBoxLayout()
        for widget, stretch in ((self.point_label, 0), (self.point, 2), (self.day_label, 0), (self.day, 1)):
            top.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.card)  # the card button and what the last read did, on a row of their own
        layout.addWidget(self.form)
        layout.addWidget(self.said)
        layout.addWidget(self.recent, 1)
        self.form.submitted.connect(lambda _none: self.save())
        self.point.currentIndexChanged.connect(lambda _i: self.load_recent())
        self.retranslate()

    def point_code(self) -> str | None:
        value = self.point.currentData()
        return str(value) if value is not None else None

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: list_points(s, actor), on_done=self._fill_points,
                             on_error=lambda error: show_error(self, error))

    def _fill_points(self, points: list[PointRow]) -> None:
        current = self.point_code()
        self.point.blockSignals(True)
        self.point.clear()
        for row in points:
            self.point.addItem(f"{row.code} · {row.name}", row.code)
        names = [self.point.itemText(index) for index in range(self.point.count())]
        if names:  # the whole name of the point shows: the intake is typed against it all day
            self.point.setMinimumWidth(max(self.point.fontMetrics().horizontalAdvance(name) for name in names) + 40)
        self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)
        self.load_recent()

    def load_recent(self) -> None:
        point, actor = self.point_code(), self.env.actor
        if point is None:
            self._show_recent([])
            return
        self.env.runner.read(lambda s: list_jobs(s, actor, point=point, limit=RECENT), on_done=self._show_recent,
                             on_error=lambda error: show_error(self, error))

    def _show_recent(self, rows: list[JobRow]) -> None:
        self.rows = rows
        headers = (tr("Job number"), tr("Owner"), tr("Item brought in"), tr("Problem told"), tr("Repair step"))
        fill_table(self.recent, headers,
                   [[r.label, r.owner_name, r.category_name, r.problem, STATUS_TH[r.status]] for r in rows])
        set_widths(self.recent, (140, 200, 180, 320))
        self.data_shown.emit()

    def save(self) -> None:
        """Take the typed job, clear the row for the next one at once, and save it on the worker."""
        point, day = self.point_code(), self.day.date()
        if point is None or day is None:
            self._say(tr("Pick the service point and the day first."), problem=True)
            return
        data = self.form.job(point, day)
        self.form.clear()
        self.env.runner.action(lambda uow: add_job(uow, data), on_done=self._saved,
                               on_error=lambda error: self._refused(error, data), initiator=self)

    def _saved(self, saved: JobSaved) -> None:
        self._say(tr("Saved as {label}. Print the claim slip from the job list.").format(label=saved.label))
        self.load_recent()

    def _refused(self, error: BaseException, data: JobInput) -> None:
        if self.form.is_empty():
            self.form.restore(data)
        self._say(tr("Not saved: {reason}").format(reason=message_for(error)), problem=True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.said.setStyleSheet("color: #c0392b" if problem else "color: #1e6b3a")
        self.said.setText(wrappable(text))

    def on_changes(self, changes: Changes) -> None:
        if not self.activated_once:
            return
        if changes.touches(POINTS):
            self.refresh()
        elif changes.touches(JOBS) and not changes.started_by(self):
            self.load_recent()

    def retranslate(self) -> None:
        self.point_label.setText(tr("Service point"))
        self.day_label.setText(tr("Received on"))
        self.form.retranslate()
        self.card.retranslate()
        if self.activated_once:
            self._show_recent(self.rows)


PAGE = page_of(__name__, IntakePage)  # key, title, order and permission: its line in PAGES
