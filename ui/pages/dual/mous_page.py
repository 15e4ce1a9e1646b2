"""MOUs with enterprises: period, level, places, the scan's fingerprint, and the alerts before one ends."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages import page_of
from ui.pages.dual.common import BAD, WARN, ListPage, be, colour_rows, load
from vocdesk.services.core.context import Changes, UnitOfWork
from vocdesk.services.dual import ENTERPRISES, MOUS, PLACEMENTS
from vocdesk.services.dual.alerts import Alert, dual_alerts
from vocdesk.services.dual.mous import MouRow, list_mous


def _load(uow: UnitOfWork) -> tuple[list[MouRow], list[Alert]]:
    return list_mous(uow), [a for a in dual_alerts(uow) if "mou" in a.code]


class MousPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[MouRow] = []

    def refresh(self) -> None:
        load(self, _load, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(MOUS, ENTERPRISES, PLACEMENTS):
            self.refresh()

    def _show(self, result: tuple[list[MouRow], list[Alert]]) -> None:
        self.rows, alerts = result
        today = self.env.context.today()
        status: list[str] = []
        colours: list[QColor | None] = []
        for m in self.rows:
            left = (m.end_date - today).days if m.end_date else None
            if left is not None and left < 0:
                status.append(tr("Ended", "dual mous"))
                colours.append(BAD)
            elif left is not None and left <= 90:
                status.append(tr("{left} days left", "dual mous").format(left=left))
                colours.append(WARN)
            else:
                status.append(tr("In force", "dual mous"))
                colours.append(None)
        self.fill((tr("Enterprise"), tr("Number"), tr("Start"), tr("End"), tr("Status"), tr("Level"),
                   tr("Places a year"), tr("Scan")),
                  [[m.enterprise, m.number, be(m.start_date), be(m.end_date), s, str(m.cooperation_level),
                    str(m.places_per_year), m.scan_sha256[:12] or "-"] for m, s in zip(self.rows, status,
                                                                                       strict=True)],
                  (250, 80, 90, 90, 100, 50, 80))
        colour_rows(self.table, colours)
        self.count_label.setText(tr("{count:,} MOUs", "dual mous").format(count=len(self.rows)))
        self.show_alerts([pick(a.message_th, a.message_en) for a in alerts])
        self.data_shown.emit()

    def retranslate(self) -> None:
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, MousPage)  # key, title, order and permission: its line in PAGES
