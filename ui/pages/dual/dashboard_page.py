"""The dual dashboard: dual share by level and programme against OVEC's half, places per MOU, trainer load."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.dual.common import BAD, WARN, colour_rows, load
from ui.widgets.stat_card import StatCard
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.services.core.context import Changes
from vocdesk.services.dual import MOUS, PLACEMENTS, TRAINERS
from vocdesk.services.dual.dashboard import Dashboard, dual_dashboard

LEVEL_TH = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ทล.บ."}


class DualDashboardPage(Page):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.dashboard: Dashboard | None = None
        self.cards = [StatCard(self) for _ in range(4)]
        self.boxes = [QGroupBox(self) for _ in range(3)]
        self.shares, self.places, self.loads = (read_only_table(box) for box in self.boxes)
        for box, table in zip(self.boxes, (self.shares, self.places, self.loads), strict=True):
            QVBoxLayout(box).addWidget(table)
        self.shares.horizontalHeader().setStretchLastSection(False)
        cards = QHBoxLayout()
        for card in self.cards:
            cards.addWidget(card)
        grid = QGridLayout()
        grid.addWidget(self.boxes[0], 0, 0, 2, 1)
        grid.addWidget(self.boxes[1], 0, 1)
        grid.addWidget(self.boxes[2], 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        self.retranslate()

    def refresh(self) -> None:
        load(self, dual_dashboard, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, MOUS, TRAINERS):
            self.refresh()

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        learners = sum(line.learners for line in dashboard.shares)
        dual = sum(line.dual for line in dashboard.shares)
        share = round(100 * dual / learners) if learners else 0
        figures = [(f"{share}%", tr("dual learners, {dual:,} of {learners:,} (OVEC aims at 50%)", "dual dashboard")
                                 .format(dual=dual, learners=learners)),
                   (str(sum(line.used for line in dashboard.places)),
                    tr("places used this year of {value} offered", "dual dashboard")
                    .format(value=sum(line.offered for line in dashboard.places))),
                   (str(dashboard.lapsing_mous), tr("MOUs to follow up", "dual dashboard")),
                   (str(dashboard.lapsing_certificates), tr("trainer certificates", "dual dashboard"))]
        for card, (number, caption) in zip(self.cards, figures, strict=True):
            card.number.setText(number)
            card.caption.setText(caption)
        fill_table(self.shares, (tr("Level"), tr("Programme", "dual dashboard"), tr("Learners", "dual dashboard"),
                                 tr("Dual", "dual dashboard"), "%"),
                   [[LEVEL_TH.get(s.level, s.level), s.programme, str(s.learners), str(s.dual),
                     str(round(100 * s.share))] for s in dashboard.shares])
        for column, width in enumerate((45, 165, 65, 55, 45)):
            self.shares.setColumnWidth(column, width)
        colour_rows(self.shares, [WARN if s.share < dashboard.target else None for s in dashboard.shares])
        fill_table(self.places, (tr("Enterprise"), tr("Number"), tr("Offered", "dual dashboard"),
                                 tr("Used", "dual dashboard")),
                   [[p.enterprise, p.number, str(p.offered), str(p.used)] for p in dashboard.places])
        for column, width in enumerate((185, 70, 50)):
            self.places.setColumnWidth(column, width)
        colour_rows(self.places, [BAD if p.offered and p.used > p.offered else None for p in dashboard.places])
        fill_table(self.loads, (tr("Trainer"), tr("Enterprise"), tr("Learners", "dual dashboard"),
                                tr("Ratio", "dual dashboard")),
                   [[x.trainer, x.enterprise, str(x.learners), f"1:{x.limit}"] for x in dashboard.loads])
        for column, width in enumerate((120, 170, 60)):
            self.loads.setColumnWidth(column, width)
        colour_rows(self.loads, [BAD if x.learners > x.limit else WARN if x.learners == x.limit else None
                                 for x in dashboard.loads])
        self.data_shown.emit()

    def retranslate(self) -> None:
        titles = (tr("Dual learners by level and programme", "dual dashboard"),
                  tr("Places per MOU: offered against used", "dual dashboard"),
                  tr("Trainer load today against the ratio", "dual dashboard"))
        for box, title in zip(self.boxes, titles, strict=True):
            box.setTitle(title)
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, DualDashboardPage)  # key, title, order and permission: its line in PAGES
