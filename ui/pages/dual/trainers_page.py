"""Trainers (ครูฝึก) with their certificate status and their learners now against the ratio."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages import page_of
from ui.pages.dual.common import BAD, WARN, ListPage, be, colour_rows, load
from vocdesk.services.core.context import Changes, UnitOfWork
from vocdesk.services.dual import ENTERPRISES, PLACEMENTS, TRAINERS
from vocdesk.services.dual.alerts import Alert, dual_alerts
from vocdesk.services.dual.trainers import TrainerRow, list_trainers


def _load(uow: UnitOfWork) -> tuple[list[TrainerRow], list[Alert]]:
    return list_trainers(uow), [a for a in dual_alerts(uow) if "mou" not in a.code]


class TrainersPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[TrainerRow] = []

    def refresh(self) -> None:
        load(self, _load, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(TRAINERS, PLACEMENTS, ENTERPRISES):
            self.refresh()

    def _show(self, result: tuple[list[TrainerRow], list[Alert]]) -> None:
        self.rows, alerts = result
        today = self.env.context.today()
        status: list[str] = []
        colours: list[QColor | None] = []
        for t in self.rows:
            if t.certificate_until is None or t.certificate_until < today:
                status.append(tr("No valid certificate", "dual trainers"))
                colours.append(BAD)
            elif (t.certificate_until - today).days <= 90:
                status.append(tr("Lapsing soon", "dual trainers"))
                colours.append(WARN)
            else:
                status.append(tr("Valid", "dual trainers"))
                colours.append(None)
        self.fill((tr("Trainer"), tr("Position"), tr("Enterprise"), tr("Certificate until"), tr("Status"),
                   tr("Learners now")),
                  [[t.name, t.position, t.enterprise, be(t.certificate_until) if t.certificate_until else "-", s,
                    str(t.learners_now)] for t, s in zip(self.rows, status, strict=True)],
                  (170, 120, 220, 95, 130))
        colour_rows(self.table, colours)
        self.count_label.setText(tr("{count:,} trainers", "dual trainers").format(count=len(self.rows)))
        self.show_alerts([pick(a.message_th, a.message_en) for a in alerts])
        self.data_shown.emit()

    def retranslate(self) -> None:
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, TrainersPage)  # key, title, order and permission: its line in PAGES
