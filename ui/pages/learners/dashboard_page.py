"""Learner dashboard: learners by programme and level (bars drawn with QPainter), shortage share, risk, AI coverage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.labels import level_label
from ui.pages import Page, page_of
from ui.pages.learners.detail import COMPETENCE_TH
from ui.widgets.stat_card import StatCard
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.risk import RiskLevel
from vocdesk.services.core.context import Actor, Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.learners import FOLLOWUP, LEARNERS, PROGRAMMES, RISK, SUPPORT
from vocdesk.services.learners.programmes import CoverageRow, LevelProgrammeCount, coverage, learners_by_programme
from vocdesk.services.learners.risk import risk_counts
from vocdesk.services.learners.support import SupportTotals, support_by_programme, support_by_shortage

SHORTAGE = QColor("#e08a1e")
OTHER = QColor("#4a7bb7")


@dataclass(frozen=True)
class DashboardData:
    by_programme: list[LevelProgrammeCount]
    risk: dict[RiskLevel, int]
    pvs_coverage: list[CoverageRow]
    support: list[SupportTotals]


def load_dashboard(session: Session, actor: Actor, today: dt.date) -> DashboardData:
    return DashboardData(learners_by_programme(session, actor), risk_counts(session, actor, today),
                         coverage(session, actor, "pvs"), support_by_shortage(support_by_programme(session, actor,
                                                                                                 today)))


class ProgrammeBars(QWidget):
    """One horizontal bar per programme (label: level + name), orange for shortage fields, with the count."""

    ROW = 24
    LABEL_WIDTH = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LevelProgrammeCount] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[LevelProgrammeCount]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(max(1, len(self.rows)) * self.ROW + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, max(1, len(self.rows)) * self.ROW + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max((r.learners for r in self.rows), default=1) or 1
        width = max(60.0, self.width() - self.LABEL_WIDTH - 70.0)
        for index, row in enumerate(self.rows):
            y = 4 + index * self.ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, self.LABEL_WIDTH - 8, self.ROW), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, f"{level_label(row.level)} {row.programme}")
            length = width * row.learners / top
            painter.fillRect(QRectF(self.LABEL_WIDTH, y + 4, length, self.ROW - 8),
                             SHORTAGE if row.is_shortage else OTHER)
            painter.drawText(QRectF(self.LABEL_WIDTH + length + 6, y, 70, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             f"{row.learners:,}")
        painter.end()


class LearnerDashboardPage(Page):
    """Read-only; refreshes when learners, support, follow-up or programmes change."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.data: DashboardData | None = None
        self.cards = {key: StatCard(self, scale=1.8) for key in ("enrolled", "shortage", "watch", "high")}
        grid = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
        self.bars_title, self.legend, self.coverage_title = QLabel(self), QLabel(self), QLabel(self)
        self.bars = ProgrammeBars(self)
        self.support_label = QLabel(self)
        self.support_label.setWordWrap(True)
        self.coverage: QTableWidget = read_only_table(self, fit_contents=True)
        self.coverage.setMinimumHeight(220)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        self.risk_button = QPushButton(self)  # the thresholds behind the watch / high-risk counts
        self.risk_button.setVisible(allowed(env.actor, "risk.settings"))
        self.risk_button.clicked.connect(self.open_risk_settings)
        self.dialog: QDialog | None = None
        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.risk_button)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addSpacing(10)
        layout.addWidget(self.bars_title)
        layout.addWidget(self.legend)
        layout.addWidget(self.bars)
        layout.addWidget(self.support_label)
        layout.addSpacing(10)
        layout.addWidget(self.coverage_title)
        layout.addWidget(self.coverage)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def open_risk_settings(self) -> None:
        from ui.pages.learners.risk_settings import RiskSettingsDialog

        self.dialog = RiskSettingsDialog(self.env, self)
        self.dialog.open()

    def refresh(self) -> None:
        actor, today = self.env.actor, self.env.context.today()
        self.env.runner.read(lambda session: load_dashboard(session, actor, today), on_done=self.show_data,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(LEARNERS, SUPPORT, FOLLOWUP, RISK, PROGRAMMES):
            self.refresh()

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.retranslate()
        self.data_shown.emit()

    def retranslate(self) -> None:
        captions = {"enrolled": tr("Enrolled learners (incl. on leave)"),
                    "shortage": tr("Share in shortage fields"),
                    "watch": tr("Watch"), "high": tr("High risk")}
        for key, card in self.cards.items():
            card.caption.setText(captions[key])
        self.risk_button.setText(tr("Risk thresholds…"))
        self.bars_title.setText(tr("Learners by programme and level"))
        self.legend.setText(tr("Orange = shortage field · blue = other"))
        self.coverage_title.setText(tr("Higher-certificate programmes and AI (those not yet teaching AI first)"))
        data = self.data
        if data is None:
            return
        total = sum(r.learners for r in data.by_programme)
        shortage = sum(r.learners for r in data.by_programme if r.is_shortage)
        self.cards["enrolled"].number.setText(f"{total:,}")
        self.cards["shortage"].number.setText(f"{100 * shortage / total:.1f}%" if total else "–")
        self.cards["watch"].number.setText(f"{data.risk[RiskLevel.WATCH]:,}")
        self.cards["high"].number.setText(f"{data.risk[RiskLevel.HIGH]:,}")
        self.bars.set_rows(data.by_programme)
        self.support_label.setText("\n".join(
            tr("{fields}: {supported:,} of {learners:,} supported, {baht:,} baht · {earning:,} earning, "
               "{income:,} baht/month", "learners dashboard support line").format(
                fields=tr("Shortage fields") if t.shortage else tr("Other fields"), supported=t.supported,
                learners=t.learners, baht=t.support_baht, earning=t.earning, income=t.income_baht_month)
            for t in data.support))
        fill_table(self.coverage, [tr("Programme"), tr("Teaches AI"),
                              tr("Digital competences"), tr("Learners", "a column of counts"),
                              tr("Learners with an AI skill")],
              [[r.name_th, tr("yes") if r.teaches_ai else tr("not yet"),
                ", ".join(COMPETENCE_TH.get(c, c) for c in r.competences) or "–", f"{r.learners:,}",
                f"{r.learners_with_ai_skill:,}"] for r in data.pvs_coverage if r.learners])


PAGE = page_of(__name__, LearnerDashboardPage)  # key, title, order and permission: its line in PAGES
