"""The import wizard's pages: choose kind and file, the mapping found, the preview with findings, the result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.i18n import current_language, tr
from ui.widgets.tables import fill_table, read_only_table

if TYPE_CHECKING:
    from vocdesk.io.imports import ParsedFile
    from vocdesk.services.kinds.imports import ImportReport

ERROR_FILL = QColor("#f8d7da")
WARNING_FILL = QColor("#fff3cd")


def kind_title(kind: str) -> str:
    """The kind as the user knows it."""
    return {"learners": tr("Learners"), "teachers": tr("Teachers and staff"), "equipment": tr("Equipment"),
            "purchases": tr("Purchases (procurement lines)"), "demand": tr("Labour demand (NSO tables, template)"),
            "outcomes": tr("Graduate outcomes (employment survey)"),
            "facilities": tr("Facilities"),
            "centre_responses": tr("Regional dual centres' responses")}.get(kind, kind)


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


class ChoosePage(QWizardPage):
    """Which kind of data and which file; a refused file is explained here."""

    def __init__(self, kinds: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Choose the data and the file"))
        self.kind = QComboBox(self)
        for kind in kinds:
            self.kind.addItem(kind_title(kind), kind)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(tr("Excel (.xlsx, .xlsm) or CSV file"))
        browse = QPushButton(tr("Choose file…"), self)
        browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4161a;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("Data:"), self.kind)
        form.addRow(tr("File:"), row)
        form.addRow(self.problem)
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, tr("Import from Excel"), self.path.text(),
                                                      tr("Excel or CSV (*.xlsx *.xlsm *.csv)"))
        if chosen:
            self.path.setText(chosen)


class MappingPage(QWizardPage):
    """The sheet and header row found, and what each file column becomes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Columns found in the file"))
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.table = read_only_table(self, [tr("Column"), tr("Header in the file"), tr("Imported as")],
                                     fit_contents=True)
        self.unknown = QLabel(self)
        self.unknown.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown)

    def show_parsed(self, parsed: ParsedFile) -> None:
        from vocdesk.io.imports.table import column_letter

        self.where.setText(tr("Sheet “{sheet}”, headers in row {row}, {rows} data rows.").format(
            sheet=parsed.sheet, row=parsed.header_row, rows=f"{len(parsed.rows):,}"))
        rows, fills, unknown = [], [], []
        for index, header in enumerate(parsed.headers):
            if header in (None, ""):
                continue
            letter = column_letter(parsed.first_column + index)
            column = parsed.declaration.match_header(header)
            target = f"{column.header_th} ({column.name})" if column else tr("not imported (unknown column)")
            rows.append([letter, str(header), target])
            fills.append(None if column else WARNING_FILL)
            if column is None:
                unknown.append(f"{letter}: {header}")
        fill_table(self.table, None, rows, fills=fills, tooltips=True)
        self.unknown.setText(tr("Unknown columns (left out): {names}").format(names=", ".join(unknown))
                             if unknown else tr("Every column was recognised."))


class PreviewPage(QWizardPage):
    """Counts, findings (errors highlighted) and, for updates, which fields would change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Check before saving"))
        self.report: ImportReport | None = None
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.findings = read_only_table(self, [tr("Row"), tr("Column"), tr("Level"), tr("Problem")],
                                        fit_contents=True)
        self.changes = read_only_table(self, [tr("Row"), tr("Key"), tr("Field"), tr("Now"), tr("After import")],
                                       fit_contents=True)
        self.skip_invalid = QCheckBox(tr("Skip rows with errors and import the others"), self)
        self.skip_invalid.toggled.connect(lambda _on: self._update_explanation())
        self.explanation = QLabel(self)
        self.explanation.setObjectName("commitExplanation")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(tr("Problems found:"), self))
        layout.addWidget(self.findings, 4)
        layout.addWidget(QLabel(tr("Fields that would change:"), self))
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.explanation)

    def show_report(self, parsed: ParsedFile, report: ImportReport) -> None:
        self.report = report
        self.counts.setText(tr("{rows} rows: {valid} valid, {new} new, {updated} to update, {unchanged} unchanged; "
                               "{errors} errors, {warnings} warnings.").format(
            rows=report.rows, valid=report.valid, new=report.would_import, updated=report.would_update,
            unchanged=report.unchanged, errors=len(report.errors), warnings=len(report.warnings)))
        from vocdesk.io.imports.error_workbook import column_headers  # the error workbook labels columns the same

        headers = column_headers(parsed)
        language = current_language()
        rows, fills = [], []
        for finding in report.findings:
            rows.append([str(finding.row) if finding.row else "", headers.get(finding.column, finding.column),
                         tr("Error") if finding.is_error else tr("Warning"), finding.message(language)])
            fills.append(ERROR_FILL if finding.is_error else WARNING_FILL)
        fill_table(self.findings, None, rows, fills=fills, tooltips=True)
        change_rows = [[str(change.row), change.key, headers.get(name, name), _shown(old), _shown(new)]
                       for change in report.changes if change.action == "update"
                       for name, (old, new) in change.fields.items()]
        fill_table(self.changes, None, change_rows, tooltips=True)
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setEnabled(bool(report.errors))
        self._update_explanation()

    def _update_explanation(self) -> None:
        report = self.report
        if report is not None and report.errors and not self.skip_invalid.isChecked():
            self.explanation.setText(tr("{n} rows have errors. Fix them in the file, or tick “Skip rows with "
                                        "errors” to import only the valid rows.").format(
                n=len({f.row for f in report.errors})))
        elif report is not None and not report.would_import and not report.would_update:
            self.explanation.setText(tr("Nothing to save: every valid row is already in the database."))
        else:
            self.explanation.setText(tr("Press Import to save {n} rows in one step.").format(
                n=(report.would_import + report.would_update) if report else 0))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.report
        return report is not None and (not report.errors or self.skip_invalid.isChecked())


class ResultPage(QWizardPage):
    """What was saved, and the error workbook for the rows left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Import finished"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.save_errors = QPushButton(tr("Save error workbook…"), self)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.save_errors)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def show_result(self, report: ImportReport) -> None:
        self.summary.setText(tr("Saved: {new} new, {updated} updated, {unchanged} unchanged. {bad} rows with "
                                "errors were not imported.").format(
            new=report.imported, updated=report.updated, unchanged=report.unchanged,
            bad=len({f.row for f in report.errors})))
        self.save_errors.setEnabled(bool(report.errors))
