"""Packages for OVEC: a period's status, validation findings, lock, package creation, history and the public key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import current_language, pick, tr
from ui.pages import Page, page_of
from ui.pages.packages.create import PackageCreation
from ui.pages.packages.dialogs import ExplainDialog, PassphraseDialog, ask_proof
from ui.pages.packages.sections import HistoryBox, KeyBox, StatusSteps
from ui.progress import run_with_progress
from ui.tasks import TaskControl
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.messages import render
from vocdesk.services.core.context import Changes
from vocdesk.services.core.login import ReauthProof
from vocdesk.services.core.permissions import allowed
from vocdesk.services.core.settings import college_profile
from vocdesk.services.learners import LEARNERS
from vocdesk.services.packages import PACKAGES
from vocdesk.services.packages.listing import college_key_info, package_history, period_choices
from vocdesk.services.packages.rules import WARNING, Finding
from vocdesk.services.packages.workflow import (
    PeriodStatus,
    explain_finding,
    lock_period,
    period_status,
    validate_period,
)
from vocdesk.services.teachers import TEACHERS

ERROR_BACKGROUND, WARNING_BACKGROUND = QColor("#f8d0d0"), QColor("#fff0b3")
SEVERITY_LABELS = {"error": ("ข้อผิดพลาด", "Error"), "warning": ("คำเตือน", "Warning")}


class PackagesPage(Page):
    """Pick a period; validate, explain warnings, lock, create the signed package; see what was sent."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.status: PeriodStatus | None = None
        self.findings: list[Finding] = []
        self.dialog: QDialog | None = None
        self.college_code = ""
        self.may_lock = allowed(env.actor, "package.lock")
        self.may_export = allowed(env.actor, "package.export")
        self.may_keys = allowed(env.actor, "package.keys")
        self.creation = PackageCreation(self)
        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setEditable(True)
        self.period.setMinimumWidth(120)
        self.period.activated.connect(lambda _index: self.load_status())
        editor = self.period.lineEdit()
        assert editor is not None  # the combo box is editable
        editor.returnPressed.connect(self.load_status)
        self.steps = StatusSteps(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.validate_button = QPushButton(self)
        self.validate_button.clicked.connect(self.validate)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.lock)
        self.lock_button.setVisible(self.may_lock)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.creation.start)
        self.create_button.setVisible(self.may_export)
        self.explain_button = QPushButton(self)
        self.explain_button.clicked.connect(self.explain)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_table = read_only_table(self)
        self.findings_table.itemSelectionChanged.connect(self._enable)
        self.history = HistoryBox(self)
        self.key_box = KeyBox(self)
        self.key_box.create_button.clicked.connect(self.create_key)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addSpacing(16)
        top.addWidget(self.steps, 1)
        actions = QHBoxLayout()
        for button in (self.validate_button, self.lock_button, self.create_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.explain_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.findings_table)
        upper_layout.addWidget(self.result)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history, 3)
        lower_layout.addWidget(self.key_box, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([380, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def selected_period(self) -> str:
        return self.period.currentText().strip()

    def refresh(self) -> None:
        actor, paths, today = self.env.actor, self.env.context.paths, self.env.context.clock.today()

        def load(session: Any) -> tuple[list[str], Any, Any, str]:
            return (period_choices(session, today), package_history(session, actor), college_key_info(paths),
                    college_profile(session).code)

        self.env.runner.read(load, on_done=self._loaded, on_error=lambda error: show_error(self, error))

    def _loaded(self, result: tuple[list[str], Any, Any, str]) -> None:
        choices, history, key, self.college_code = result
        chosen = self.selected_period()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(choices)
        self.period.setCurrentText(chosen or choices[0])
        self.period.blockSignals(False)
        self.history.show_history(history)
        self.key_box.show_key(key, may_create=self.may_keys)
        self.load_status()

    def load_status(self) -> None:
        actor, period = self.env.actor, self.selected_period()
        self.env.runner.read(lambda session: period_status(session, actor, period, with_findings=False),
                             on_done=self._show_status, on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PACKAGES, LEARNERS, TEACHERS):
            self.refresh()

    def _show_status(self, status: PeriodStatus) -> None:
        if status.period != self.status_period():
            self.findings = []
            self._show_findings()
        self.status = status
        self.steps.show_status(status.status)
        parts = [tr("Period {period}").format(period=status.period)]
        if status.validated_by:
            parts.append(tr("errors: {errors} · unexplained warnings: {warnings_open} · validated by {validated_by}",
                            "packages packages")
                         .format(errors=status.errors,
                                 warnings_open=status.warnings_open, validated_by=status.validated_by))
        else:
            parts.append(tr("Not validated yet"))
        if status.locked_by:
            parts.append(tr("locked by {user}").format(user=status.locked_by))
        if status.last_sequence:
            parts.append(tr("last package sequence {sequence}").format(sequence=status.last_sequence))
        self.summary.setText(" · ".join(parts))
        self._enable()
        self.data_shown.emit()

    def status_period(self) -> str:
        return self.status.period if self.status else ""

    def validate(self) -> None:
        period = self.selected_period()

        def work(control: TaskControl) -> tuple[PeriodStatus, Changes]:
            control.progress(0, 1)
            outcome = self.env.context.run(lambda uow: validate_period(uow, period))
            control.progress(1, 1)
            return outcome

        run_with_progress(self.window(), self.env.runner, tr("Validating the data…"),
                          work, self._validated, cancellable=False, writes=True, initiator=self)

    def _validated(self, status: PeriodStatus) -> None:
        self.findings = list(status.findings)
        self._show_status(status)
        self._show_findings()

    def _show_findings(self) -> None:
        language = current_language()
        headers = (tr("Rule"), tr("Record", "a record a package check names"), tr("Severity"),
                   tr("Message"), tr("Explanation"))
        fill_table(self.findings_table, headers, [
            [f.rule_id, f.record, pick(*SEVERITY_LABELS.get(f.severity, (f.severity, f.severity))),
             render(f.code, language, **f.params), f.explanation] for f in self.findings])
        for row, finding in enumerate(self.findings):
            colour = WARNING_BACKGROUND if finding.severity == WARNING else ERROR_BACKGROUND
            for column in range(len(headers)):
                item = self.findings_table.item(row, column)
                assert item is not None  # fill_table set every cell
                item.setBackground(colour)
                item.setForeground(QColor("#202020"))
                if column == 3:
                    item.setToolTip(item.text())
        self.findings_table.setColumnWidth(3, 420)
        self._enable()

    def selected_finding(self) -> Finding | None:
        rows = self.findings_table.selectionModel().selectedRows()
        return self.findings[rows[0].row()] if rows and rows[0].row() < len(self.findings) else None

    def explain(self) -> None:
        finding = self.selected_finding()
        if finding is None or finding.severity != WARNING:
            return
        text = f"{finding.rule_id} · {finding.record}: {render(finding.code, current_language(), **finding.params)}"
        dialog = ExplainDialog(text, finding.explanation, self)
        period = self.status_period()

        def save() -> None:
            reason = dialog.text.toPlainText()
            self.env.runner.action(lambda uow: explain_finding(uow, period, finding.rule_id, finding.record, reason),
                                   on_done=lambda _open: self.validate(), on_error=lambda e: show_error(self, e))

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def lock(self) -> None:
        period = self.status_period() or self.selected_period()

        def locked(proof: ReauthProof | None) -> None:
            self.env.runner.action(lambda uow: lock_period(uow, period, proof=proof), on_done=self._show_status,
                                   on_error=lambda error: show_error(self, error))

        self.dialog = ask_proof(self.env, self, "package.lock", locked)

    def create_key(self) -> None:
        dialog = PassphraseDialog(tr("Create the college signing key"), True, self)
        paths = self.env.context.paths

        def with_proof(proof: ReauthProof | None) -> None:
            from vocdesk.services.packages.keys import generate_college_key

            phrase = dialog.passphrase.text()
            self.env.runner.action(lambda uow: generate_college_key(uow, paths, phrase, proof),
                                   on_done=lambda _public: self.refresh(),
                                   on_error=lambda error: show_error(self, error))

        dialog.accepted.connect(lambda: setattr(self, "dialog", ask_proof(self.env, self, "package.keys",
                                                                           with_proof)))
        self.dialog = dialog
        dialog.open()

    def show_created(self, path: Path, signature: Path, sequence: int, sha256: str) -> None:
        self.result.setText(tr("Package created: {path}\nSequence {sequence} · SHA-256 {sha256}\nSignature file: {signature}",  # noqa: E501 (one text for the translators)
                               "packages packages")
                            .format(path=path, sequence=sequence, sha256=sha256, signature=signature))

    def _enable(self) -> None:
        status = self.status.status if self.status else "draft"
        self.lock_button.setEnabled(status == "validated")
        self.create_button.setEnabled(status == "locked")
        finding = self.selected_finding()
        self.explain_button.setEnabled(finding is not None and finding.severity == WARNING)

    def retranslate(self) -> None:
        self.period_label.setText(tr("Period (semester 1/2569 or FY2569)"))
        self.validate_button.setText(tr("Validate data"))
        self.lock_button.setText(tr("Lock data"))
        self.create_button.setText(tr("Create package…"))
        self.explain_button.setText(tr("Explain warning…"))
        if self.status is not None:
            self._show_status(self.status)
            self._show_findings()
        self.history.show_history(self.history.rows)
        self.key_box.show_key(self.key_box.info, may_create=self.may_keys)
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, PackagesPage)  # key, title, order and permission: its line in PAGES
