"""Home: who the college is and how many learners (by level and status), teachers and groups it has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import current_language, tr
from ui.labels import level_label, status_label, status_sort_key
from ui.pages import Page, page_of
from ui.pages.teachers.staffing_alerts import StaffingAlertsPanel
from ui.widgets.stat_card import StatCard
from vocdesk.services.core.context import Changes
from vocdesk.services.core.overview import CollegeOverview, college_overview


class HomePage(Page):
    """Read-only overview; refreshes after any change that touches settings or people."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.overview: CollegeOverview | None = None
        self.name_label = QLabel(self)
        title_font = QFont(self.name_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.name_label.setFont(title_font)
        self.name_label.setWordWrap(True)
        self.name_en_label = QLabel(self)
        self.detail_label = QLabel(self)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cards = {key: StatCard(self) for key in ("learners", "teachers", "groups", "programmes")}
        grid = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
        self.table_title = QLabel(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name_en_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(12)
        layout.addLayout(grid)
        self.alerts = StaffingAlertsPanel(env, self)
        layout.addWidget(self.alerts)
        layout.addSpacing(12)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda session: college_overview(session, actor), on_done=self.show_overview,
                             on_error=lambda error: show_error(self, error))
        self.alerts.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once:
            self.refresh()

    def show_overview(self, overview: CollegeOverview) -> None:
        self.overview = overview
        self.retranslate()
        self.data_shown.emit()

    def retranslate(self) -> None:
        captions = {"learners": tr("Learners"), "teachers": tr("Teachers and staff"),
                    "groups": tr("Learning groups"), "programmes": tr("Programmes")}
        for key, card in self.cards.items():
            card.caption.setText(captions[key])
        self.table_title.setText(tr("Learners by level and status"))
        self.alerts.retranslate()
        overview = self.overview
        if overview is None:
            self.name_label.setText(tr("Loading…"))
            return
        profile = overview.profile
        if profile.name_th or profile.code:
            title, subtitle = profile.name_th or tr("(no Thai name)"), profile.name_en
            if current_language() == "en" and profile.name_en:
                title, subtitle = profile.name_en, profile.name_th
            self.name_label.setText(title)
            self.name_en_label.setText(subtitle)
            self.detail_label.setText(tr("College code {code} · {province}").format(
                code=profile.code or "–", province=profile.province or tr("province not set")))
        else:
            self.name_label.setText(tr("College profile not set"))
            self.name_en_label.setText("")
            self.detail_label.setText(tr("Open File → Settings to enter the college code and name."))
        numbers = {"learners": overview.learners_total, "teachers": overview.teachers,
                   "groups": overview.groups, "programmes": overview.programmes}
        for key, card in self.cards.items():
            card.number.setText(f"{numbers[key]:,}")
        self._fill_table(overview)

    def _fill_table(self, overview: CollegeOverview) -> None:
        levels = sorted({c.level for c in overview.learners_by_level_status})
        statuses = sorted({c.status for c in overview.learners_by_level_status}, key=status_sort_key)
        counts = {(c.level, c.status): c.count for c in overview.learners_by_level_status}
        self.table.clear()
        self.table.setRowCount(len(levels) + 1)
        self.table.setColumnCount(len(statuses) + 1)
        self.table.setHorizontalHeaderLabels([status_label(s) for s in statuses] + [tr("Total")])
        self.table.setVerticalHeaderLabels([level_label(level) for level in levels] + [tr("Total")])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, level in enumerate([*levels, None]):
            for column, status in enumerate([*statuses, None]):
                value = sum(n for (lv, st), n in counts.items()
                            if (level is None or lv == level) and (status is None or st == status))
                item = QTableWidgetItem(f"{value:,}")
                item.setTextAlignment(right)
                if level is None or status is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)


PAGE = page_of(__name__, HomePage)  # key, title, order and permission: its line in PAGES
