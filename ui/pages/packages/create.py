"""Creating a package from the Packages screen: file, key passphrase, password, then the work with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog

from ui.i18n import tr
from ui.pages.packages.dialogs import PassphraseDialog, ask_proof
from ui.progress import run_with_progress
from ui.tasks import TaskControl
from vocdesk.services.core.backups import backup_before
from vocdesk.services.core.login import ReauthProof

if TYPE_CHECKING:  # the package and key modules (cryptography) load when a package is made, not with the screen
    from ui.pages.packages.packages_page import PackagesPage
    from vocdesk.services.packages.create import CreatedPackage
    from vocdesk.services.packages.keys import CollegeKeys


def suggested_name(college_code: str, period: str) -> str:
    """`1320100001_1-2569.zip`: the college code and the period, with `/` made safe for a file name."""
    return f"{college_code or 'vocdesk'}_{period.replace('/', '-')}.zip"


class PackageCreation:
    """Runs the steps one after another; each dialog is opened without blocking and kept on `page.dialog`."""

    def __init__(self, page: PackagesPage) -> None:
        self.page = page
        self.last: CreatedPackage | None = None
        self.progress: QProgressDialog | None = None

    def ask_path(self, suggested: str) -> Path | None:
        """The save dialog; tests replace this method with one that returns a path."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self.page, tr("Save the package"),
                                                      str(Path(folder) / suggested),
                                                      tr("VocDesk package (*.zip)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def start(self) -> None:
        page = self.page
        period = page.status_period() or page.selected_period()
        out = self.ask_path(suggested_name(page.college_code, period))
        if out is None:
            return
        dialog = PassphraseDialog(tr("Signing key passphrase"), False, page)
        dialog.verify = lambda: self._open_keys(period, out, dialog)
        page.dialog = dialog
        dialog.open()

    def _open_keys(self, period: str, out: Path, dialog: PassphraseDialog) -> None:
        """A wrong passphrase is said in the dialog, which stays open for another try."""
        from vocdesk.services.packages.keys import open_college_keys

        paths, passphrase = self.page.env.context.paths, dialog.passphrase.text()
        self.page.env.runner.submit(lambda _control: open_college_keys(paths, passphrase),
                                    on_done=lambda keys: self._keys_opened(period, out, keys, dialog),
                                    on_error=dialog.refuse)

    def _keys_opened(self, period: str, out: Path, keys: CollegeKeys, dialog: PassphraseDialog) -> None:
        dialog.accept()
        self.page.dialog = ask_proof(self.page.env, self.page, "package.export",
                                     lambda proof: self._create(period, out, keys, proof))

    def _create(self, period: str, out: Path, keys: CollegeKeys, proof: ReauthProof | None) -> None:
        from vocdesk.services.packages.create import create_package

        context = self.page.env.context

        def work(control: TaskControl) -> Any:
            backup_before(context, "export")
            return context.run(lambda uow: create_package(uow, period, out, keys, progress=control.progress,
                                                          cancelled=control.cancelled, proof=proof))

        _task, self.progress = run_with_progress(self.page.window(), self.page.env.runner,
                                                 tr("Creating the package…"), work,
                                                 self._created, writes=True, initiator=self.page)

    def _created(self, created: CreatedPackage) -> None:
        self.last = created
        self.page.show_created(created.path, created.signature_path, created.sequence, created.sha256)
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(tr("Created {file}").format(file=created.path.name), 10_000)
        self.page.refresh()
