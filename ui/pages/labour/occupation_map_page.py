"""The programme ↔ occupation map: weighted ISCO-08 groups per programme, suggestions a person accepts, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.labour.common import LEVELS, fill_table, label, read_only_table
from ui.widgets.tables import set_widths
from vocdesk.domain.labour.isco_units import unit_title
from vocdesk.domain.labour.matching import suggest_occupations
from vocdesk.domain.labour.occupations import ISCO08_MAJOR
from vocdesk.domain.labour.starting_map import suggested_for
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.labour import OCCUPATION_MAP
from vocdesk.services.labour.occupation_map import MappedProgramme, occupation_map, seed_starting_map, set_occupations


def title_of(code: str) -> str:
    return unit_title(code) or ISCO08_MAJOR.get(code[:1], ("", ""))[0]


class OccupationMapPage(Page):
    """Programmes on the left; the selected one's occupations (editable), suggestions and Save on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.programmes: list[MappedProgramme] = []
        self.selected_id: int | None = None
        self.may_edit = allowed(env.actor, "labour.map")
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.seed_button = QPushButton(self)
        self.seed_button.clicked.connect(self.seed)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.links = QTableWidget(0, 3, self)
        self.links.verticalHeader().setVisible(False)
        self.links.horizontalHeader().setStretchLastSection(True)
        self.links.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links.itemChanged.connect(self._edited)
        self.total = QLabel(self)
        self.suggest_label = QLabel(self)
        self.suggest_label.setWordWrap(True)
        self.suggestions = QListWidget(self)
        self.suggestions.itemActivated.connect(self.accept_suggestion)
        self.accept_button, self.remove_button, self.save_button = QPushButton(self), QPushButton(self), QPushButton(
            self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_link)
        self.accept_button.clicked.connect(lambda: self.accept_suggestion(self.suggestions.currentItem()))
        self.remove_button.clicked.connect(self.remove_link)
        self.save_button.clicked.connect(self.save)
        for widget in (self.seed_button, self.accept_button, self.remove_button, self.save_button, self.add_button):
            widget.setVisible(self.may_edit)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.seed_button)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.links, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        box.addWidget(self.suggest_label)
        box.addWidget(self.suggestions, 1)
        box.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: occupation_map(s, actor), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(OCCUPATION_MAP):
            self.refresh()

    def _show(self, programmes: list[MappedProgramme]) -> None:
        self.programmes = programmes
        fill_table(self.table, (tr("Level"), tr("Code"), tr("Programme"), tr("Occupations")),
                   [[label(LEVELS, p.level), p.major_code, p.name_th, str(len(p.occupations)) if p.occupations
                     else tr("not mapped")] for p in programmes], right=(3,))
        set_widths(self.table, (55, 70, 190))
        ids = [p.programme_id for p in programmes]
        if ids and self.table.currentRow() < 0:
            self.table.selectRow(ids.index(self.selected_id) if self.selected_id in ids else 0)
        self._selected()
        self.data_shown.emit()

    def current(self) -> MappedProgramme | None:
        row = self.table.currentRow()
        return self.programmes[row] if 0 <= row < len(self.programmes) else None

    def _selected(self) -> None:
        programme = self.current()
        if programme is None:
            self.title.setText(tr("No programmes yet"))
            return
        self.selected_id = programme.programme_id
        self.title.setText(f"{label(LEVELS, programme.level)} {programme.major_code} {programme.name_th}")
        self._fill_links([(code, weight) for _scheme, code, weight in programme.occupations])
        self.suggestions.clear()
        start = {code: weight for code, weight in suggested_for(programme.name_th)}
        found: list[tuple[str, str, float | None, str]] = [(code, title_of(code), weight, tr("starting map"))
                                                            for code, weight in start.items()]
        close = suggest_occupations(programme.name_th, 5, cutoff=90)
        found += [(s.code, s.title, None, f"{s.score:.0f}%") for s in close if s.code not in start]
        for code, title, weight, why in found:
            shown = f"{code} {title}" + (f" · {weight:g}" if weight else "") + f" ({why})"
            item = QListWidgetItem(shown, self.suggestions)
            item.setData(Qt.ItemDataRole.UserRole, (code, weight or 0.0))

    def _fill_links(self, links: list[tuple[str, float]]) -> None:
        self.links.blockSignals(True)
        self.links.setRowCount(len(links))
        for row, (code, weight) in enumerate(links):
            self._set_row(row, code, weight)
        self.links.blockSignals(False)
        self._edited()

    def _set_row(self, row: int, code: str, weight: float) -> None:
        title = QTableWidgetItem(title_of(code))
        title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
        for column, item in enumerate((QTableWidgetItem(code), QTableWidgetItem(f"{weight:g}"), title)):
            if not self.may_edit:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.links.setItem(row, column, item)

    def links_entered(self) -> list[tuple[str, str, float]]:
        """The rows as typed: (scheme, code, weight); a weight that is no number counts as 0 (the save refuses)."""
        found = []
        for row in range(self.links.rowCount()):
            code_cell, weight_cell = self.links.item(row, 0), self.links.item(row, 1)
            code = (code_cell.text() if code_cell is not None else "").strip()
            try:
                weight = float((weight_cell.text() if weight_cell is not None else "").replace(",", "."))
            except ValueError:
                weight = 0.0
            if code:
                found.append(("isco08", code, weight))
        return found

    def _edited(self, item: QTableWidgetItem | None = None) -> None:
        if item is not None and item.column() == 0:
            self.links.blockSignals(True)
            title = QTableWidgetItem(title_of(item.text().strip()))
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.links.setItem(item.row(), 2, title)
            self.links.blockSignals(False)
        total = sum(weight for _s, _c, weight in self.links_entered())
        self.total.setText(tr("Weights add up to {total}").format(total=f"{total:.2f}"))
        self.total.setStyleSheet("" if abs(total - 1) <= 0.001 or not self.links.rowCount() else "color: #a4161a;")

    def accept_suggestion(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.may_edit:
            return
        code, weight = item.data(Qt.ItemDataRole.UserRole)
        if any(code == c for _s, c, _w in self.links_entered()):
            return
        row = self.links.rowCount()
        self.links.blockSignals(True)
        self.links.insertRow(row)
        self._set_row(row, code, weight)
        self.links.blockSignals(False)
        self._edited()

    def add_link(self) -> None:
        """An empty row to type an ISCO-08 code and its weight into (the title fills in from the code)."""
        row = self.links.rowCount()
        self.links.blockSignals(True)
        self.links.insertRow(row)
        self._set_row(row, "", 0.0)
        self.links.blockSignals(False)
        self.links.setCurrentCell(row, 0)
        cell = self.links.item(row, 0)
        if cell is not None:
            self.links.editItem(cell)

    def remove_link(self) -> None:
        if self.links.currentRow() >= 0:
            self.links.removeRow(self.links.currentRow())
            self._edited()

    def save(self) -> None:
        programme, links = self.current(), self.links_entered()
        if programme is not None:
            pid = programme.programme_id
            self.env.runner.action(lambda uow: set_occupations(uow, pid, links), initiator=self,
                                   on_error=lambda error: show_error(self, error))

    def seed(self) -> None:
        self.env.runner.action(seed_starting_map, initiator=self, on_error=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.seed_button.setText(tr("Give unmapped programmes the starting map"))
        self.links.setHorizontalHeaderLabels([tr("ISCO-08 code"), tr("Weight"), tr("Occupation")])
        self.links.setColumnWidth(0, 110)
        self.links.setColumnWidth(1, 70)
        self.suggest_label.setText(tr("Suggestions (starting map and titles close to the programme's name) — "
                                      "nothing is added until you accept it:"))
        self.accept_button.setText(tr("Add the suggestion"))
        self.remove_button.setText(tr("Remove row"))
        self.add_button.setText(tr("Add row"))
        self.save_button.setText(tr("Save"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, OccupationMapPage)  # key, title, order and permission: its line in PAGES
