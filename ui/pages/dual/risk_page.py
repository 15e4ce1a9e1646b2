"""Dual learners at risk: each learner's signals explained, highest score first, and the hand-offs made so far."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.risk import FiredRule
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.io.imports.dual_responses import STATUSES
from vocdesk.services.core.context import Changes, UnitOfWork
from vocdesk.services.dual import ALLOWANCES, CENTRES, LOGBOOK, PLACEMENTS, SUPERVISION
from vocdesk.services.dual.handoff_log import HandoffRow, list_handoffs
from vocdesk.services.dual.risk import RiskRow, dual_risk


def signal_text(rule: FiredRule) -> str:
    names = {"visits_behind": tr("Visits behind plan"), "logbook_missing": tr("Logbook weeks missing"),
             "absences": tr("Days absent"), "allowance_late": tr("Allowance stopped"),
             "lost_contact": tr("Follow-up needed at the last visit"), "minor_rule": tr("Minors' rule finding"),
             "gpax": tr("GPAX")}
    return f"{names.get(rule.code, rule.code)} {rule.value} ({rule.threshold})"


def answered(handoff: HandoffRow) -> str:
    """The response typed for the hand-off, then the centre's answers per learner (the newest of each)."""
    latest = {a.student_code: a for a in handoff.answers}
    statuses = {code: pick(*names) for code, names in STATUSES.items()}
    parts = ([handoff.response] if handoff.response else []) + [
        f"{code}: {statuses.get(a.status, a.status)} ({format_be_short(a.responded_on)})"
        + (f" {a.action}" if a.action else "") for code, a in sorted(latest.items())]
    return "; ".join(parts) or "–"


def _load(uow: UnitOfWork) -> tuple[list[RiskRow], list[HandoffRow]]:
    return dual_risk(uow), list_handoffs(uow)


class RiskPage(Page):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.summary, self.handoff_title = QLabel(self), QLabel(self)
        self.learners, self.handoffs = read_only_table(self), read_only_table(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.handoff_title)
        lower_layout.addWidget(self.handoffs, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.learners)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.env.runner.action(_load, on_done=self._show, on_error=lambda e: show_error(self, e))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, SUPERVISION, LOGBOOK, ALLOWANCES, CENTRES):
            self.refresh()

    def _show(self, loaded: tuple[list[RiskRow], list[HandoffRow]]) -> None:
        risky, handoffs = loaded
        level = {"high": tr("High risk"), "watch": tr("Watch"), "none": tr("No risk found")}
        fill_table(self.learners, (tr("Level"), tr("Score"), tr("Student code"), tr("Learner"), tr("Signals"),
                                   tr("What the college has done")),
                   [[level[r.level], str(r.score), r.student_code, r.learner,
                     "; ".join(signal_text(s) for s in r.signals), "; ".join(r.actions)] for r in risky])
        for column, width in enumerate((90, 50, 90, 160, 420)):
            self.learners.setColumnWidth(column, width)
        high = sum(1 for r in risky if r.level == "high")
        self.summary.setText(tr("{count} learner(s) with signals ({high} high risk)", "dual risk")
                             .format(count=len(risky), high=high))
        fill_table(self.handoffs, (tr("Centre"), tr("Handed off on"), tr("Learners"), tr("Still at risk"),
                                   tr("Centre's response")),
                   [[h.centre, format_be_short(h.made_on), str(len(h.learners)), ", ".join(h.still_at_risk),
                     answered(h)] for h in handoffs])
        self.data_shown.emit()

    def retranslate(self) -> None:
        self.handoff_title.setText(tr("Hand-offs to the regional dual centres (made and answered on the regional "
                                      "centres screen)"))


PAGE = page_of(__name__, RiskPage)  # key, title, order and permission: its line in PAGES
