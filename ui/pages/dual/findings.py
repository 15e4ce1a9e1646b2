"""The findings panel: each broken rule with its severity, code and explanation, errors in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import pick, tr
from ui.pages.dual.common import BAD, WARN, colour_rows
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.services.dual.placements import FindingView


class FindingsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self)
        self.table.setWordWrap(True)
        self.findings: list[FindingView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_findings(self, findings: Sequence[FindingView]) -> None:
        self.findings = list(findings)
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        if not findings:
            self.summary.setText("✔ " + tr("Every rule passes"))
        else:
            self.summary.setText(tr("{errors} errors · {warnings} warnings", "dual findings")
                                 .format(errors=errors, warnings=warnings)
                                 + ("  —  " + tr("errors block activation") if errors else ""))
        fill_table(self.table, (tr("Severity"), tr("Rule"), tr("Explanation")),
                   [[tr("error", "dual findings") if f.severity == "error" else tr("warning", "dual findings"), f.code,
                     pick(f.message_th, f.message_en)] for f in findings])
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 170)
        self.table.resizeRowsToContents()
        colour_rows(self.table, [BAD if f.severity == "error" else WARN for f in findings])
