"""The one enterprise register (shared with teachers' development records): list, add, merge duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLineEdit, QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages import page_of
from ui.pages.dual.common import ListPage, load
from ui.pages.teachers.dialogs import RecordDialog
from vocdesk.services.core.context import Changes, UnitOfWork
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import ENTERPRISES
from vocdesk.services.dual.enterprises import (
    EnterpriseInput,
    EnterpriseRow,
    add_enterprise,
    list_enterprises,
    merge_enterprises,
)

SIZES = {"": ("-", "-"), "micro": ("รายย่อย", "Micro"), "small": ("ขนาดเล็ก", "Small"),
         "medium": ("ขนาดกลาง", "Medium"), "large": ("ขนาดใหญ่", "Large")}


class EnterpriseDialog(RecordDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add an enterprise"), parent)
        self.edits = {name: QLineEdit(self) for name in ("tax_id", "name_th", "branch", "tsic_code", "tsic_name",
                                                         "province", "address", "contact_name", "contact_phone")}
        self.size_band = QComboBox(self)
        for key, names in SIZES.items():
            self.size_band.addItem(pick(*names), key)
        labels = (tr("Tax ID"), tr("Name (Thai)"), tr("Branch"), tr("TSIC code"), tr("Industry"), tr("Province"),
                  tr("Address"), tr("Contact"), tr("Phone"))
        for label, edit in zip(labels, self.edits.values(), strict=True):
            self.form.addRow(label, edit)
        self.form.addRow(tr("Size"), self.size_band)
        self.edits["branch"].setPlaceholderText("00000")
        self.data: EnterpriseInput | None = None

    def prepare(self) -> None:
        values = {k: e.text() for k, e in self.edits.items()}
        values["branch"] = values["branch"] or "00000"
        self.data = EnterpriseInput(**values, size_band=str(self.size_band.currentData()))

    def action(self, uow: UnitOfWork) -> int:
        assert self.data is not None
        return add_enterprise(uow, self.data)


class EnterprisesPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[EnterpriseRow] = []
        self.dialog: QDialog | None = None
        self.add_button = self.button(self.add)
        self.merge_button = self.button(self.merge)
        self.tax_button = self.button(self.tax_pack)
        self.tax_button.setEnabled(allowed(env.actor, "dual.tax_pack"))
        self.add_button.setEnabled(allowed(env.actor, "dual.edit"))
        self.merge_button.setEnabled(allowed(env.actor, "dual.merge"))
        self.alerts.hide()
        self.retranslate()

    def refresh(self) -> None:
        load(self, list_enterprises, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(ENTERPRISES):
            self.refresh()

    def _show(self, rows: list[EnterpriseRow]) -> None:
        self.rows = rows
        self.fill((tr("Name", "dual enterprises"), tr("Tax ID"), tr("Branch"), "TSIC", tr("Province"),
                   tr("Contact"), tr("Size")),
                  [[r.name_th, r.tax_id, r.branch, f"{r.tsic_code} {r.tsic_name}".strip(), r.province,
                    f"{r.contact_name} {r.contact_phone}".strip(), pick(*SIZES.get(r.size_band, SIZES[""]))]
                   for r in rows], (250, 135, 60, 200, 125, 170))
        self.count_label.setText(tr("{count:,} enterprises", "dual enterprises").format(count=len(rows)))
        self.data_shown.emit()

    def add(self) -> None:
        self.dialog = EnterpriseDialog(self.env, self)
        self.dialog.open()

    def merge(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        drop = self.rows[selected[0].row()]
        names = [f"{r.name_th} ({r.tax_id})" for r in self.rows if r.id != drop.id]
        choice, ok = QInputDialog.getItem(self, tr("Merge enterprises"), tr("Merge {name_th} into:", "dual enterprises")
                                                .format(name_th=drop.name_th), names, 0, False)
        if ok and choice:
            keep = [r for r in self.rows if r.id != drop.id][names.index(choice)]
            self.env.runner.action(lambda uow: merge_enterprises(uow, keep.id, drop.id), initiator=self)

    def tax_pack(self) -> None:
        """The selected enterprise's tax evidence pack (any enterprise can be chosen in the dialog)."""
        from ui.pages.dual.signed_dialogs import TaxPackDialog

        selected = self.table.selectionModel().selectedRows()
        chosen = self.rows[selected[0].row()].tax_id if selected and selected[0].row() < len(self.rows) else ""
        self.dialog = TaxPackDialog(self.env, [(r.tax_id, r.name_th) for r in self.rows if r.tax_id], self, chosen)
        self.dialog.open()

    def retranslate(self) -> None:
        self.add_button.setText(tr("New enterprise…"))
        self.merge_button.setText(tr("Merge into…"))
        self.tax_button.setText(tr("Tax evidence pack…"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, EnterprisesPage)  # key, title, order and permission: its line in PAGES
