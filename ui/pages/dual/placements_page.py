"""Placements by enterprise, learner or supervising teacher, with the findings panel, activation and documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLineEdit, QSplitter, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import page_of
from ui.pages.dual.common import ListPage, be, load
from ui.pages.dual.findings import FindingsPanel
from vocdesk.services.core.context import Changes, UnitOfWork
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import ENTERPRISES, PLACEMENTS, TRAINERS
from vocdesk.services.dual.listing import STATUSES, PlacementRow, list_placements
from vocdesk.services.dual.placements import FindingView, activate_placement, check_placement
from vocdesk.services.dual.preview import Choices, placement_choices

STATUS_TH = {"draft": "ร่าง", "active": "กำลังฝึก", "completed": "ฝึกครบ", "ended": "ยุติก่อนกำหนด"}


class PlacementsPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[PlacementRow] = []
        self.choices: Choices | None = None
        self.selected_id: int | None = None
        self.findings_for: int | None = None
        self.dialog: QDialog | None = None
        self.enterprise, self.supervisor, self.status = QComboBox(self), QComboBox(self), QComboBox(self)
        self.learner = QLineEdit(self)
        self.learner.setMaximumWidth(130)
        filters = QHBoxLayout()
        for box in (self.enterprise, self.supervisor, self.status):
            box.setMinimumWidth(150)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            filters.addWidget(box, 1)
        self.learner.editingFinished.connect(self.refresh)
        filters.addWidget(self.learner)
        self.body.insertLayout(1, filters)
        self.add_button = self.button(self.add)
        self.activate_button = self.button(self.activate_selected)
        self.documents_button = self.button(self.documents)
        self.add_button.setEnabled(allowed(env.actor, "dual.edit"))
        self.findings = FindingsPanel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.body.removeWidget(self.table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.findings)
        splitter.setSizes([380, 200])
        self.body.insertWidget(2, splitter, 1)
        self.alerts.hide()
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate()

    def refresh(self) -> None:
        status = self.status.currentData() or None
        enterprise, supervisor = self.enterprise.currentData(), self.supervisor.currentData()
        learner = self.learner.text().strip() or None

        def work(uow: UnitOfWork) -> tuple[Choices, list[PlacementRow]]:
            return placement_choices(uow), list_placements(uow, status, enterprise, learner, supervisor)

        load(self, work, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, ENTERPRISES, TRAINERS):
            self.refresh()

    def _fill_filters(self, choices: Choices) -> None:
        for box, everyone, items in ((self.enterprise, tr("All enterprises"), choices.enterprises),
                                     (self.supervisor, tr("All supervising teachers"), choices.supervisors),
                                     (self.status, tr("Every status"), [(s, pick(STATUS_TH[s], s))
                                                                       for s in STATUSES])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for key, name in items:
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _show(self, result: tuple[Choices, list[PlacementRow]]) -> None:
        self.choices, self.rows = result
        self._fill_filters(self.choices)
        self.fill((tr("Student code"), tr("Learner"), tr("Enterprise"), tr("Trainer"), tr("Supervising teacher"),
                   tr("First day"), tr("Last day"), tr("Status")),
                  [[r.student_code, r.learner, r.enterprise, r.trainer, r.supervisor, be(r.start_date),
                    be(r.end_date), pick(STATUS_TH[r.status], r.status)] for r in self.rows],
                  (95, 140, 180, 120, 120, 80, 100))
        self.count_label.setText(tr("{count:,} placements", "dual placements").format(count=len(self.rows)))
        ids = [r.id for r in self.rows]
        if ids:
            self.table.selectRow(ids.index(self.selected_id) if self.selected_id in ids else 0)
        else:
            self.findings.show_findings([])
        self.data_shown.emit()

    def _selected(self) -> None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen or chosen[0].row() >= len(self.rows):
            return
        row = self.rows[chosen[0].row()]
        self.selected_id = row.id
        self.activate_button.setEnabled(row.status == "draft" and allowed(self.env.actor, "dual.activate"))
        load(self, lambda uow: check_placement(uow, row.id), lambda found: self._show_findings(row.id, found))

    def _show_findings(self, placement_id: int, findings: list[FindingView]) -> None:
        if placement_id == self.selected_id:  # a slower answer for a row no longer selected is dropped
            self.findings_for = placement_id
            self.findings.show_findings(findings)

    def add(self) -> None:
        if self.choices is None:
            return
        from ui.pages.dual.placement_dialog import PlacementDialog

        self.dialog = PlacementDialog(self.env, self.choices, self)
        self.dialog.open()

    def activate_selected(self) -> None:
        placement_id = self.selected_id
        if placement_id is None:
            return
        reason = ""
        if any(f.severity == "warning" for f in self.findings.findings):
            reason, ok = QInputDialog.getText(self, tr("Accept the warnings"), tr("Why are the warnings accepted?"))
            if not ok:
                return
        self.env.runner.action(lambda uow: activate_placement(uow, placement_id, reason), initiator=self,
                               on_error=lambda error: show_error(self, error))

    def documents(self) -> None:
        placement_id = self.selected_id
        if placement_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the documents"))
        if folder:
            from vocdesk.services.dual.documents import write_documents

            context = self.env.context
            self.env.runner.submit(lambda _c: write_documents(context, f"P{placement_id}", Path(folder)),
                                   on_error=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.learner.setPlaceholderText(tr("Student code"))
        self.add_button.setText(tr("New placement…"))
        self.activate_button.setText(tr("Activate…"))
        self.documents_button.setText(tr("Documents…"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, PlacementsPage)  # key, title, order and permission: its line in PAGES
