"""Regional dual centres: the editable table (the official list is unconfirmed), hand-offs and their responses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget, QWizard

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages import page_of
from ui.pages.dual.common import ListPage, load
from ui.pages.dual.signed_dialogs import HandoffDialog
from ui.widgets.form_dialog import FormDialog
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import CENTRES
from vocdesk.services.dual.centres import CentreRow, list_centres, save_centre


class CentreDialog(FormDialog):
    """Add a centre, or change the one given (its code stays); an empty key field keeps the recorded key."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None, centre: CentreRow | None = None) -> None:
        super().__init__(tr("Change a regional centre") if centre else tr("Add a regional centre"), parent, env=env,
                         ok_text=tr("Save"), ok_button=QDialogButtonBox.StandardButton.Save)
        self.code, self.name, self.host = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.provinces = QLineEdit(self)
        self.provinces.setPlaceholderText(tr("Province names, separated by commas"))
        self.public_key = QPlainTextEdit(self)
        self.public_key.setPlaceholderText(tr("The centre's public key (package ovec-keygen); empty keeps it"))
        self.public_key.setFixedHeight(60)
        for label, widget, name in ((tr("Code"), self.code, "code"), (tr("Name", "dual centres"), self.name, "name"),
                                    (tr("Host college"), self.host, ""), (tr("Provinces"), self.provinces, ""),
                                    (tr("Public key"), self.public_key, "public_key")):
            self.add_field(label, widget, name)
        if centre is not None:
            self.code.setText(centre.code)
            self.code.setReadOnly(True)
            self.name.setText(centre.name)
            self.host.setText(centre.host_college)
            self.provinces.setText(", ".join(centre.provinces))
        self.resize(520, 320)

    def proceed(self) -> None:
        code, name, host = self.code.text(), self.name.text(), self.host.text()
        provinces, key = self.provinces.text().split(","), self.public_key.toPlainText().strip() or None
        self.run(lambda uow: save_centre(uow, code, name, host, provinces, key))


class CentresPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[CentreRow] = []
        self.dialog: QDialog | None = None
        self.wizard: QWizard | None = None
        self.add_button, self.edit_button = self.button(self.add), self.button(self.edit)
        self.handoff_button = self.button(self.hand_off)
        self.import_button = self.button(self.import_responses)
        for button, permission in ((self.add_button, "dual.edit"), (self.edit_button, "dual.edit"),
                                   (self.handoff_button, "dual.handoff"), (self.import_button, "dual.handoff")):
            button.setEnabled(allowed(env.actor, permission))
        self.alerts.hide()
        self.retranslate()

    def refresh(self) -> None:
        load(self, list_centres, self._show)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(CENTRES):
            self.refresh()

    def _show(self, rows: list[CentreRow]) -> None:
        self.rows = rows
        self.fill((tr("Code"), tr("Name", "dual centres"), tr("Host college"), tr("Provinces")),
                  [[r.code, r.name, r.host_college, ", ".join(r.provinces)] for r in rows], (80, 260, 220))
        self.count_label.setText(tr("{count} regional centre(s)", "dual centres").format(count=len(rows)))
        self.data_shown.emit()

    def selected(self) -> CentreRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen and chosen[0].row() < len(self.rows) else None

    def add(self) -> None:
        self.dialog = CentreDialog(self.env, self)
        self.dialog.open()

    def edit(self) -> None:
        centre = self.selected()
        if centre is not None:
            self.dialog = CentreDialog(self.env, self, centre)
            self.dialog.open()

    def hand_off(self) -> None:
        centre = self.selected()
        self.dialog = HandoffDialog(self.env, [(r.code, r.name) for r in self.rows], self,
                                    centre.code if centre else "")
        self.dialog.open()

    def import_responses(self) -> None:
        """The standard import wizard on the one kind: the centre's file, mapped, previewed, all or nothing."""
        from ui.dialogs.import_wizard import ImportWizard

        self.wizard = ImportWizard(self.env, self, kinds=["centre_responses"])
        self.wizard.open()

    def retranslate(self) -> None:
        self.add_button.setText(tr("New centre…"))
        self.edit_button.setText(tr("Change centre…"))
        self.handoff_button.setText(tr("Hand off at-risk learners…"))
        self.import_button.setText(tr("Import the centre's responses…"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, CentresPage)  # key, title, order and permission: its line in PAGES
