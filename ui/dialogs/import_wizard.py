"""Import from Excel: choose → mapping → preview with findings → commit → result; reading and saving run on the
worker with progress and cancel (a cancelled import writes nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget, QWizard

from ui.context import UiEnv
from ui.dialogs.import_wizard_pages import ChoosePage, MappingPage, PreviewPage, ResultPage
from ui.errors import message_for, report_crash
from ui.i18n import current_language, tr
from ui.progress import run_with_progress
from ui.tasks import TaskControl
from vocdesk.errors import VocDeskError

if TYPE_CHECKING:
    from vocdesk.io.imports import ParsedFile
    from vocdesk.services.core.context import Actor
    from vocdesk.services.kinds.imports import ImportReport

CHOOSE, MAPPING, PREVIEW, RESULT = range(4)


def importable_kinds(actor: Actor) -> list[str]:
    """The kinds this user may import (the menu entry is hidden when there are none)."""
    from vocdesk.services.core.permissions import allowed
    from vocdesk.services.kinds.imports import import_kind, import_kinds

    return [kind for kind in import_kinds() if allowed(actor, import_kind(kind).permission)]


class ImportWizard(QWizard):
    """One import from one file. `choose_save_path` can be replaced (tests inject a path)."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None, kinds: list[str] | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # saved: nothing left to cancel
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.choose = ChoosePage(kinds if kinds is not None else importable_kinds(env.actor), self)
        self.mapping = MappingPage(self)
        self.preview = PreviewPage(self)
        self.preview.setCommitPage(True)
        self.result_page = ResultPage(self)
        for number, page in enumerate((self.choose, self.mapping, self.preview, self.result_page)):
            self.setPage(number, page)
        self.result_page.save_errors.clicked.connect(self.save_error_workbook)
        self.parsed: ParsedFile | None = None
        self.report: ImportReport | None = None
        self.progress: QProgressDialog | None = None
        self._passed: int | None = None
        self.choose_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.resize(900, 600)  # fits a 1366×768 laptop's 650-pixel-high window

    def validateCurrentPage(self) -> bool:
        """Leaving the first page reads the file; leaving the preview saves. Both wait for the worker."""
        page = self.currentId()
        if page not in (CHOOSE, PREVIEW) or self._passed == page:
            self._passed = None
            return super().validateCurrentPage()
        if page == CHOOSE:
            self._read()
        elif self.preview.isComplete():
            self._commit()
        return False

    def _advance(self, page: int) -> None:
        self._passed = page
        self.next()

    # -- work on the worker --------------------------------------------------------------------
    def _run(self, title: str, work: Callable[[TaskControl], Any], on_done: Callable[[Any], None], *,
             writes: bool = False) -> None:
        def closed() -> None:
            self.progress = None

        def finished(value: Any) -> None:
            closed()
            on_done(value)

        def failed(error: BaseException) -> None:
            closed()
            self._show_problem(error)

        def cancelled() -> None:
            closed()
            self.choose.problem.setText(tr("Cancelled: nothing was saved."))

        _task, self.progress = run_with_progress(self, self.env.runner, title, work, finished, writes=writes,
                                                 initiator=self, on_error=failed, on_cancelled=cancelled)

    def _show_problem(self, error: BaseException) -> None:
        if not isinstance(error, VocDeskError):
            report_crash(error, self)
            return
        text = message_for(error)
        if self.currentId() == RESULT:
            self.result_page.saved.setText(text)
        elif self.currentId() == PREVIEW:
            self.preview.explanation.setText(text)
        else:
            self.choose.problem.setText(text)

    def _read(self) -> None:
        from vocdesk.services.kinds.imports import apply_import, read_import_file

        kind = str(self.choose.kind.currentData())
        path = Path(self.choose.path.text().strip())
        context = self.env.context
        self.choose.problem.clear()

        def work(control: TaskControl) -> tuple[ParsedFile, ImportReport]:
            parsed = read_import_file(context.actor, kind, path, progress=control.progress, cancel=control.cancelled)
            control.raise_if_cancelled()
            preview, _changes = context.run(lambda uow: apply_import(uow, parsed, commit=False))
            return parsed, preview

        def done(outcome: tuple[ParsedFile, ImportReport]) -> None:
            self.parsed, self.report = outcome
            self.mapping.show_parsed(outcome[0])
            self.preview.show_report(*outcome)
            self._advance(CHOOSE)

        self._run(tr("Reading {name}…").format(name=path.name), work, done)

    def _commit(self) -> None:
        from vocdesk.services.kinds.imports import commit_import

        parsed = self.parsed
        assert parsed is not None
        skip = self.preview.skip_invalid.isChecked()
        context = self.env.context

        def work(control: TaskControl) -> Any:  # backs the database up first, like the CLI's import
            run = commit_import(context, parsed, skip_invalid=skip, cancel=control.cancelled)
            return run.report, run.changes

        def done(report: Any) -> None:
            self.report = report
            assert self.report is not None
            self.result_page.show_result(self.report)
            self._advance(PREVIEW)

        self._run(tr("Saving…"), work, done, writes=True)

    # -- the error workbook --------------------------------------------------------------------
    def _ask_save_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save error workbook"), suggested,
                                                      tr("Excel workbook (*.xlsx)"))
        return Path(chosen) if chosen else None

    def save_error_workbook(self) -> None:
        from vocdesk.io.imports.error_workbook import write_error_workbook

        parsed, report = self.parsed, self.report
        if parsed is None or report is None:
            return
        target = self.choose_save_path(str(parsed.path.with_name(f"{parsed.path.stem}-แถวที่มีปัญหา.xlsx")))
        if target is None:
            return
        language = current_language()
        findings = report.findings
        self._run(tr("Saving…"), lambda _control: write_error_workbook(target, parsed, findings, language),
                  lambda rows: self.result_page.saved.setText(
                      tr("Saved {n} rows with problems to {path}").format(n=rows, path=str(target))))
