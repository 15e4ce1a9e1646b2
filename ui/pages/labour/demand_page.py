"""Demand facts: what the NSO tables and typed surveys say, by year and area; import them, get the template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.labour.common import MEASURES, fill_table, label, number, read_only_table
from ui.widgets.tables import set_widths
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.labour import DEMAND
from vocdesk.services.labour.demand_listing import DemandChoices, DemandRow, demand_choices, demand_rows


class DemandPage(Page):
    """Year and area at the top; the facts below with their breakdown and source."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.choices = DemandChoices([], [], 0)
        self.year = QComboBox(self)
        self.area = QComboBox(self)
        self.area.setMinimumContentsLength(18)
        for combo in (self.year, self.area):
            combo.activated.connect(lambda _index: self._load_rows())
        self.year_label, self.area_label = QLabel(self), QLabel(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.save_template)
        may_import = allowed(env.actor, "labour.import")
        self.import_button.setVisible(may_import)
        self.template_button.setVisible(may_import)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self)
        top = QHBoxLayout()
        for widget in (self.year_label, self.year, self.area_label, self.area):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.template_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: demand_choices(s, actor), on_done=self._show_choices,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(DEMAND):
            self.refresh()

    def _show_choices(self, choices: DemandChoices) -> None:
        self.choices = choices
        year, area = self.year.currentData(), self.area.currentData()
        self.year.clear()
        for value in choices.years_be:
            self.year.addItem(str(value), value)
        self.area.clear()
        for _kind, name in choices.areas:
            self.area.addItem(name, name)
        for combo, keep in ((self.year, year), (self.area, area)):
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(choices.home)))
        self._load_rows()

    def _load_rows(self) -> None:
        year, area, actor = self.year.currentData(), self.area.currentData(), self.env.actor
        if year is None or area is None:
            self._show_rows(([], 0))
            return
        self.env.runner.read(lambda s: demand_rows(s, actor, int(year), str(area)), on_done=self._show_rows,
                             on_error=lambda error: show_error(self, error))

    def _show_rows(self, result: tuple[list[DemandRow], int]) -> None:
        rows, total = result
        if not self.choices.facts:
            self.summary.setText(tr("No demand facts yet. Import an NSO Labour Force Survey table (CSV) or the "
                                    "demand template filled from bulletins and surveys."))
        else:
            self.summary.setText(tr("{facts} facts on file; this year and area: {here} (showing {shown}).").format(
                facts=f"{self.choices.facts:,}", here=f"{total:,}", shown=f"{len(rows):,}"))
        fill_table(self.table, (tr("Period"), tr("Occupation"), tr("Measure"), tr("Persons"), tr("Breakdown"),
                                tr("Data source")),
                   [[r.period, r.occupation, label(MEASURES, r.measure), number(float(r.persons)), r.breakdown,
                     r.source] for r in rows], right=(3,))
        set_widths(self.table, (110, 330, 120, 90, 120))
        self.data_shown.emit()

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.env, self, kinds=["demand"])
        wizard.open()

    def save_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save the demand template"),
                                                      "แบบฟอร์มข้อมูลความต้องการแรงงาน.xlsx", tr("Excel (*.xlsx)"))
        if chosen:
            self.write_template(Path(chosen))

    def write_template(self, path: Path) -> None:
        from vocdesk.services.labour.template import write_template

        actor = self.env.actor
        self.env.runner.read(lambda _s: write_template(actor, path), on_error=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.year_label.setText(tr("Year:"))
        self.area_label.setText(tr("Area:"))
        self.import_button.setText(tr("Import demand…"))
        self.template_button.setText(tr("Demand template…"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, DemandPage)  # key, title, order and permission: its line in PAGES
