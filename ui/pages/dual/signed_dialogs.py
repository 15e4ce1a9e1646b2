"""Making a signed hand-off package (with its covering letter) or an enterprise's tax evidence pack from the GUI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import tr
from ui.widgets.form_dialog import FormDialog
from vocdesk.domain.thai_dates import BE_OFFSET

# The dual services pull in openpyxl and reportlab: they are imported on the worker when a file is made.
if TYPE_CHECKING:
    from vocdesk.services.core.context import UnitOfWork
    from vocdesk.services.dual.signed_outputs import HandoffMade
    from vocdesk.services.dual.tax_pack import TaxPack


class SignedFileDialog(FormDialog):
    """The output file (.zip, its .minisig beside it) and the college key's passphrase, then one service action."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, env=env, ok_text=tr("Make and sign"),
                         ok_button=QDialogButtonBox.StandardButton.Save)
        self.out = QLineEdit(self)
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        holder = QWidget(self)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.holder = holder
        self.resize(560, 240)

    def add_output_fields(self) -> None:
        self.add_field(tr("Save as"), self.holder, "out")
        self.add_field(tr("Key passphrase"), self.passphrase, "passphrase")

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save the package"),
                                                      str(Path(folder) / self.suggested_name()),
                                                      tr("VocDesk package (*.zip)"))
        if chosen:
            self.out.setText(chosen)

    def suggested_name(self) -> str:
        return "package.zip"

    def out_path(self) -> Path:
        path = Path(self.out.text().strip())
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def check(self) -> str:
        if not self.out.text().strip():
            return tr("Choose where to save the package")
        if not self.passphrase.text():
            return tr("Enter the key passphrase")
        return ""


class HandoffDialog(SignedFileDialog):
    """One centre's at-risk list as a signed package; `-letter.pdf` is written beside it."""

    def __init__(self, env: UiEnv, centres: list[tuple[str, str]], parent: QWidget | None = None,
                 selected: str = "") -> None:
        super().__init__(env, tr("Hand off to a regional dual centre"), parent)
        self.centre = QComboBox(self)
        for code, name in centres:
            self.centre.addItem(f"{code} {name}", code)
        self.centre.setCurrentIndex(max(0, self.centre.findData(selected)))
        self.add_field(tr("Centre"), self.centre, "centre")
        self.add_output_fields()

    def suggested_name(self) -> str:
        return f"handoff-{self.centre.currentData() or 'centre'}.zip"

    def check(self) -> str:
        if self.centre.currentData() is None:
            return tr("Add a regional centre first")
        return super().check()

    def proceed(self) -> None:
        assert self.env is not None
        paths, code, out, phrase = self.env.context.paths, str(self.centre.currentData()), self.out_path(), \
            self.passphrase.text()
        def make(uow: UnitOfWork) -> object:
            from vocdesk.services.dual.signed_outputs import handoff_with_letter
            return handoff_with_letter(uow, paths, code, out, phrase)
        self.run(make)

    @property
    def made(self) -> HandoffMade | None:
        from vocdesk.services.dual.signed_outputs import HandoffMade
        return self.saved if isinstance(self.saved, HandoffMade) else None


class TaxPackDialog(SignedFileDialog):
    """An enterprise's tax evidence pack for one tax year (the calendar year, in พ.ศ.), zipped and signed."""

    def __init__(self, env: UiEnv, enterprises: list[tuple[str, str]], parent: QWidget | None = None,
                 selected: str = "") -> None:
        super().__init__(env, tr("Tax evidence pack"), parent)
        self.enterprise = QComboBox(self)
        for tax_id, name in enterprises:
            self.enterprise.addItem(f"{name} ({tax_id})", tax_id)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(selected)))
        self.year = QSpinBox(self)
        self.year.setRange(2500, 2700)
        self.year.setValue(env.context.today().year + BE_OFFSET - 1)  # the last closed tax year
        self.add_field(tr("Enterprise"), self.enterprise, "enterprise")
        self.add_field(tr("Tax year (B.E.)"), self.year, "year")
        self.add_output_fields()

    def suggested_name(self) -> str:
        return f"tax-pack-{self.enterprise.currentData() or 'enterprise'}-{self.year.value()}.zip"

    def check(self) -> str:
        if self.enterprise.currentData() is None:
            return tr("Add an enterprise first")
        return super().check()

    def proceed(self) -> None:
        assert self.env is not None
        paths, tax_id, year = self.env.context.paths, str(self.enterprise.currentData()), self.year.value()
        out, phrase = self.out_path(), self.passphrase.text()
        def make(uow: UnitOfWork) -> object:
            from vocdesk.services.dual.signed_outputs import signed_tax_pack
            return signed_tax_pack(uow, paths, tax_id, year, out, phrase)
        self.run(make)

    @property
    def pack(self) -> TaxPack | None:
        from vocdesk.services.dual.tax_pack import TaxPack
        return self.saved if isinstance(self.saved, TaxPack) else None

