"""Pieces the learners page composes: the filter bar, the search-backed row provider and the detail panel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages.learners.detail import LearnerDetailView
from ui.pages.learners.form_buttons import LearnerFormButtons
from ui.pages.learners.service_hours import ServiceTotal, service_total
from ui.tasks import TaskControl
from ui.widgets.toolbar import FlowLayout
from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.risk import RiskAssessment, RiskLevel
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext, Changes, UnitOfWork
from vocdesk.services.core.permissions import allowed
from vocdesk.services.learners.listing import learner_rows
from vocdesk.services.learners.register import LearnerDetail, learner_detail
from vocdesk.services.learners.risk import assess_learners
from vocdesk.services.learners.search import (
    LearnerFilters,
    search_learner_ids,
    search_mode,
    search_rows,
    search_sort_texts,
)

if TYPE_CHECKING:  # the dialogs and the services behind the buttons are imported when a button is first used
    from vocdesk.services.learners.rollover import RolloverPreview, RolloverResult


class SearchProvider:
    """Rows for the lazy model through the search service, with the filter bar's current filters (worker thread).

    The list masks national IDs for everyone unless `whole_ids` (then only roles allowed see them whole); the
    detail view shows the whole ID to roles with `learners.view_national_id`.
    """

    def __init__(self, context: AppContext, whole_ids: bool = False) -> None:
        self.context = context
        self.whole_ids = whole_ids
        self.filters = LearnerFilters()

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> Sequence[int]:
        with self.context.db.read() as session:
            return search_learner_ids(session, self.context.actor, search, self.filters, sort_key, descending,
                                      self.context.today())

    def sort_texts(self, search: str, sort_key: str) -> Sequence[tuple[int, str]]:
        with self.context.db.read() as session:
            return search_sort_texts(session, self.context.actor, search, self.filters, sort_key, self.context.today())

    def rows(self, ids: Sequence[int]) -> Sequence[tuple[Any, ...]]:
        with self.context.db.read() as session:
            if self.whole_ids:
                return search_rows(session, self.context.actor, ids)
            return learner_rows(session, self.context.actor, ids)


class LearnerFilterBar(QWidget):
    """Level, status, dual, support and risk filters; `changed` carries the new LearnerFilters."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The first item of each box names the filter ("ทุกระดับ"), so no labels take room beside them.
        boxes = self._texts()
        self.level, self.status, self.dual, self.support, self.risk = (self._combo(items) for items in boxes)
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.mode_note.setVisible(False)
        layout = FlowLayout(self)
        for combo in (self.level, self.status, self.dual, self.support, self.risk):
            layout.addWidget(combo)
        layout.addWidget(self.mode_note, 1)
        layout.addStretch(1)

    @staticmethod
    def _texts() -> list[list[tuple[str, object]]]:
        return [[(tr("All levels"), None), ("ปวช.", "pvc"), ("ปวส.", "pvs"), ("ป.ตรี", "btech")],
                [(tr("All statuses"), None)] + [(pick(s.label_th, s.label_en), s.value) for s in LearnerStatus],
                [(tr("Dual or not"), None), (tr("Dual system"), True), (tr("Not dual"), False)],
                [(tr("Any support"), None), (tr("With support"), True), (tr("Without support"), False)],
                [(tr("Any risk"), None), (tr("Watch or higher"), RiskLevel.WATCH), (tr("High risk"), RiskLevel.HIGH)]]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the same items, their texts in the new language
            for combo, items in zip((self.level, self.status, self.dual, self.support, self.risk), self._texts(),
                                    strict=True):
                for index, (text, _value) in enumerate(items):
                    combo.setItemText(index, text)
        super().changeEvent(event)

    def _combo(self, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the bar wraps: whole texts fit
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit(self.filters()))
        return combo

    def show_search_mode(self, mode: str) -> None:
        """Say so when search runs without its index (PostgreSQL without pg_trgm): it still works, more slowly."""
        self.mode_note.setVisible(mode == "ilike")
        self.mode_note.setText(tr("Searching without an index (no pg_trgm in the database): slower with many learners"))

    def watch_search_mode(self, env: UiEnv) -> None:
        """Ask once (on the worker) how search runs here and show the note if it is the slow way."""
        env.runner.read(search_mode, on_done=self.show_search_mode, on_error=lambda error: show_error(self, error))

    def filters(self) -> LearnerFilters:
        return LearnerFilters(level=self.level.currentData(), status=self.status.currentData(),
                              is_dual=self.dual.currentData(), has_support=self.support.currentData(),
                              risk_at_least=self.risk.currentData())


class LearnerPanel(QWidget):
    """The selected learner's detail tabs with the actions the role may take (change status, year-end rollover)."""

    shown_learner = Signal(int)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.learner_id: int | None = None
        self.detail: LearnerDetail | None = None
        self.view = LearnerDetailView(self)
        self.status_button = QPushButton(self)
        self.case_button = QPushButton(self)
        self.case_button.setEnabled(False)
        self.case_button.setVisible(allowed(env.actor, "followup.edit"))
        self.case_button.clicked.connect(self.record_case)
        self.support_button = QPushButton(self)
        self.support_button.setEnabled(False)
        self.support_button.setVisible(allowed(env.actor, "support.edit"))
        self.support_button.clicked.connect(self.add_support_item)
        self.rollover_button = QPushButton(self)
        self.status_button.setEnabled(False)
        self.status_button.setVisible(allowed(env.actor, "learners.edit"))
        self.rollover_button.setVisible(allowed(env.actor, "learners.rollover"))
        self.status_button.clicked.connect(self.change_status)
        self.rollover_button.clicked.connect(self.start_rollover)
        buttons = FlowLayout()  # the panel is narrow at 1100 px: its buttons wrap instead of clipping
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.support_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rollover_button)
        self.form_buttons = LearnerFormButtons(env, self, buttons)  # เพิ่มผู้เรียน… / แก้ไข… (learners.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(240)  # the splitter may squeeze the panel; its tabs scroll
        self.retranslate()

    def retranslate(self) -> None:
        self.status_button.setText(tr("Change status…"))
        self.case_button.setText(tr("Record follow-up…"))
        self.support_button.setText(tr("Add support/income/skill…"))
        self.rollover_button.setText(tr("Year-end rollover…"))
        self.form_buttons.add_button.setText(tr("Add learner…"))
        self.form_buttons.edit_button.setText(tr("Edit…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_learner(self, learner_id: int) -> None:
        self.learner_id = learner_id
        actor, today = self.env.actor, self.env.context.today()

        def load(session: Any) -> tuple[LearnerDetail, RiskAssessment | None, ServiceTotal | None]:
            detail = learner_detail(session, actor, learner_id)
            risk = assess_learners(session, actor, today, [learner_id]).get(learner_id) \
                if allowed(actor, "risk.view") else None
            return detail, risk, service_total(session, actor, detail.student_code)

        self.env.runner.read(load, on_done=self._loaded, on_error=lambda error: show_error(self, error))

    def _loaded(self, result: tuple[LearnerDetail, RiskAssessment | None, ServiceTotal | None]) -> None:
        self.detail, risk, service = result
        if self.detail.id != self.learner_id:
            return  # an older answer after the user moved on
        self.view.show_detail(self.detail, risk, service)
        self.status_button.setEnabled(True)
        self.case_button.setEnabled(True)
        self.support_button.setEnabled(True)
        self.shown_learner.emit(self.detail.id)

    def change_status(self) -> None:
        detail = self.detail
        if detail is None:
            return
        from ui.pages.learners.dialogs import StatusDialog
        from vocdesk.services.learners.register import change_status

        dialog = StatusDialog(detail.status, self.env.context.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        status, when, reason = dialog.choice()
        self.env.runner.action(lambda uow: change_status(uow, detail.id, detail.version, status, when, reason),
                               on_done=lambda _version: self.show_learner(detail.id), initiator=self,
                               on_error=lambda error: show_error(self, error))

    def record_case(self) -> None:
        detail = self.detail
        if detail is None:
            return
        from ui.pages.learners.dialogs import CaseDialog
        from vocdesk.services.learners.support import open_case

        dialog = CaseDialog(self.env.context.today(), detail.advisor, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, when, who, notes, screening = dialog.values()
        if when is None:
            show_error(self, ValidationFailed("required", field="opened_on"))
            return
        self.env.runner.action(lambda uow: open_case(uow, detail.id, kind, when, who, notes, screening),
                               on_done=lambda _id: self.show_learner(detail.id), initiator=self,
                               on_error=lambda error: show_error(self, error))

    def add_support_item(self) -> None:
        detail = self.detail
        if detail is None:
            return
        from ui.pages.learners.dialogs import SupportDialog

        dialog = SupportDialog(self.env.context.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            action = support_action(detail.id, dialog.values())
        except ValidationFailed as error:
            show_error(self, error)
            return
        self.env.runner.action(action, on_done=lambda _id: self.show_learner(detail.id), initiator=self,
                               on_error=lambda error: show_error(self, error))

    def start_rollover(self, on: dt.date | None = None) -> None:
        from vocdesk.services.learners.rollover import preview_rollover

        context = self.env.context
        day = on or context.today()
        year = academic_year_of(day)  # closing the year in progress (rollovers run in March–April)
        self.env.runner.read(lambda session: preview_rollover(session, context.actor, year, day),
                             on_done=lambda preview: self._confirm_rollover(preview, day),
                             on_error=lambda error: show_error(self, error))

    def _confirm_rollover(self, preview: RolloverPreview, day: dt.date) -> None:
        from ui.pages.learners.dialogs import RolloverDialog
        from vocdesk.services.learners.rollover import apply_rollover

        if RolloverDialog(preview, self).exec() != QDialog.DialogCode.Accepted:
            return
        context, plan = self.env.context, preview.plan

        def work(_control: TaskControl) -> tuple[RolloverResult, Changes]:
            result = apply_rollover(context, plan.academic_year, day, preview.fingerprint)
            return result, result.changes

        self.env.runner.long_action(work, on_error=lambda error: show_error(self, error))


def support_action(learner_id: int, values: dict[str, Any]) -> Callable[[UnitOfWork], int]:
    """The service call for what the support dialog holds; amounts and dates are checked here first."""
    from vocdesk.services.learners.support import add_income, add_skill, add_support

    what, start, end = str(values["what"]), values["start"], values["end"]
    if not isinstance(start, dt.date):
        raise ValidationFailed("required", field="period_start")
    if what in ("course", "certificate"):
        return lambda uow: add_skill(uow, learner_id, what, values["competence"], values["title"], start)
    try:
        amount = int(str(values["amount"]))
    except ValueError:
        raise ValidationFailed("invalid", field="amount", value=values["amount"]) from None
    if what in ("dual_allowance", "part_time"):
        return lambda uow: add_income(uow, learner_id, what, values["title"], amount, start, end)
    return lambda uow: add_support(uow, learner_id, what, values["source"], values["title"], amount, start, end)
