"""Supply against demand per programme: graduates, openings, ratio, employment, a 0–3 score and its traffic light."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.labour.charts import DivergingBars, HeatMap, TrendLine
from ui.pages.labour.common import (
    LEVELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    fill_table,
    label,
    number,
    percent,
    read_only_table,
)
from ui.widgets.tables import set_widths
from vocdesk.services.core.context import Changes
from vocdesk.services.labour import DEMAND, OCCUPATION_MAP, OUTCOMES
from vocdesk.services.labour.demand_listing import DemandChoices, demand_choices
from vocdesk.services.labour.gap import ProgrammeGap, programme_gaps
from vocdesk.services.labour.trend import demand_trend

INDICATORS = ("openings_per_graduate", "trend_pct", "employment_pct")


def indicator_name(indicator: str) -> str:
    return {"openings_per_graduate": tr("Openings per graduate"), "trend_pct": tr("Change on the year"),
            "employment_pct": tr("Employment rate")}.get(indicator, indicator)


def scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SupplyPage(Page):
    """Area and year on top; tabs: the table with the selected programme's reasons and trend, the charts."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.lines: list[ProgrammeGap] = []
        self.trend: tuple[list[int], dict[int, list[float | None]]] = ([], {})
        self.area, self.year = QComboBox(self), QComboBox(self)
        self.area.setMinimumContentsLength(18)
        for combo in (self.area, self.year):
            combo.activated.connect(lambda _index: self._load())
        self.area_label, self.year_label, self.summary = QLabel(self), QLabel(self), QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.trend_title = QLabel(self)
        self.trend_line = TrendLine(self)
        detail = QWidget(self)
        box = QGridLayout(detail)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.detail_title, 0, 0, 1, 2)
        box.addWidget(self.reasons, 1, 0, 2, 1)
        box.addWidget(self.trend_title, 1, 1)
        box.addWidget(self.trend_line, 2, 1)
        box.setColumnStretch(0, 1)
        box.setColumnStretch(1, 1)
        box.setRowStretch(2, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(scroll(detail, self))
        split.setSizes([300, 230])
        self.bars, self.heat = DivergingBars(self), HeatMap(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, "")
        self.tabs.addTab(scroll(self.bars, self), "")
        self.tabs.addTab(scroll(self.heat, self), "")
        top = QHBoxLayout()
        for widget in (self.area_label, self.area, self.year_label, self.year):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: demand_choices(s, actor), on_done=self._show_choices,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(DEMAND, OCCUPATION_MAP, OUTCOMES):
            self.refresh()

    def _show_choices(self, choices: DemandChoices) -> None:
        area, year = self.area.currentData(), self.year.currentData()
        self.area.clear()
        for _kind, name in choices.areas:
            self.area.addItem(name, name)
        self.year.clear()
        for value in choices.years_be:
            self.year.addItem(str(value), value)
        for combo, keep in ((self.area, area), (self.year, year)):
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(choices.home)))
        self._load()

    def _load(self) -> None:
        actor, area, year = self.env.actor, self.area.currentData(), self.year.currentData()

        def load(session: Any) -> tuple[tuple[int | None, str, list[ProgrammeGap]], Any]:
            return programme_gaps(session, actor, area, year), demand_trend(session, actor, area)

        self.env.runner.read(load, on_done=self._show, on_error=lambda error: show_error(self, error))

    def _show(self, result: tuple[tuple[int | None, str, list[ProgrammeGap]], Any]) -> None:
        (year, area, self.lines), self.trend = result
        if year is None:
            self.summary.setText(tr("No demand facts yet: import them on the Labour demand page, and map the "
                                    "programmes to occupations."))
        else:
            self.summary.setText(tr("Demand year {year}, {area}: {count} mapped programmes. Graduates are those of "
                                    "the same calendar year in the register.").format(
                year=year, area=area, count=len(self.lines)))
        fill_table(self.table, (tr("Level"), tr("Programme"), tr("Graduates"), tr("Final year"), tr("Openings"),
                                tr("Per graduate"), tr("Gap"), tr("Employed"), tr("Score"), tr("Status")),
                   [[label(LEVELS, g.level), g.name_th, str(g.graduates), str(g.pipeline), number(g.demand),
                     number(g.ratio, 2), "—" if g.gap_pct is None else f"{g.gap_pct:+.0f}%",
                     percent(g.employment_rate), number(g.score, 2), label(STATUS_LABELS, g.status)]
                    for g in self.lines], right=(2, 3, 4, 5, 6, 7, 8))
        for row, line in enumerate(self.lines):
            item = self.table.item(row, 9)
            if item is not None:
                item.setBackground(QBrush(QColor(STATUS_COLOURS[line.status])))
                item.setForeground(QBrush(QColor("white")))
        set_widths(self.table, (48, 170, 62, 62, 78, 66, 60, 70, 52))
        self.bars.set_bars([(f"{label(LEVELS, g.level)} {g.name_th}", g.gap_pct) for g in self.lines])
        self.heat.set_data([indicator_name(i) for i in INDICATORS],
                           [(f"{label(LEVELS, g.level)} {g.name_th}",
                             [next((r["score"] for r in g.reasons if r["indicator"] == i), None) for i in INDICATORS])
                            for g in self.lines])
        if self.lines and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._selected()
        self.data_shown.emit()

    def _selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            self.detail_title.clear()
            self.reasons.clear()
            self.trend_line.set_series([], [])
            return
        line = self.lines[row]
        self.detail_title.setText(f"{label(LEVELS, line.level)} {line.major_code} {line.name_th} · "
                                  f"{label(STATUS_LABELS, line.status)}")
        parts = [tr("{indicator}: {value} → score {score}").format(indicator=indicator_name(r["indicator"]),
                                                                    value=r["value"], score=r["score"])
                 for r in line.reasons]
        parts += [tr("Occupations used:")] + [
            f"  {o['code']} × {o['weight']:g} = {number(o['demand'])}" for o in line.occupations]
        self.reasons.setText("\n".join(parts) if line.reasons else "\n".join(
            [tr("No indicator could be computed (no demand figures or graduates)."), *parts]))
        years, series = self.trend
        self.trend_line.set_series(years, series.get(line.programme_id, [None] * len(years)))

    def retranslate(self) -> None:
        self.area_label.setText(tr("Area:"))
        self.year_label.setText(tr("Demand year:"))
        self.trend_title.setText(tr("Openings a year for this programme's occupations"))
        self.tabs.setTabText(0, tr("Programmes"))
        self.tabs.setTabText(1, tr("Gap or surplus (%)"))
        self.tabs.setTabText(2, tr("Indicator scores (0–3)"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, SupplyPage)  # key, title, order and permission: its line in PAGES
