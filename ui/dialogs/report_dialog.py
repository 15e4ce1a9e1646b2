"""Print a report: the catalogue's reports with their descriptions and options, saved as PDF or opened to view;
built on the worker with progress and cancel (a cancelled report leaves no half-written file)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.progress import run_with_progress
from ui.tasks import TaskControl

SAMPLE_REPORTS = ("sample-thai", "official-letter")
"""The engine's built-ins print sample data and need no database."""

REPORT_OPTIONS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    # report name → (parameter, Thai label, English label, hint shown in the empty field)
    "asset-register": (("location", "ห้อง/สถานที่ (รหัส)", "Room/location (code)", "ทั้งหมด"),
                       ("grant", "เงินอุดหนุน (เลขที่)", "Grant (number)", "ทั้งหมด"),
                       ("as_of", "ณ วันที่", "As of", "วันนี้ เช่น 30/09/2569"),
                       ("disposed", "รวมที่จำหน่ายแล้ว (1 = ใช่)", "Include disposed (1 = yes)", "0")),
    "asset-card": (("code", "รหัสครุภัณฑ์", "Asset code", ""),),
    "grant-statement": (("grant", "เงินอุดหนุน (เลขที่)", "Grant (number)", ""),),
    "learners-at-risk": (("minimum", "ระดับความเสี่ยงขั้นต่ำ (1–3)", "Lowest risk level (1–3)", "1"),),
    "class-lists": (("group_id", "กลุ่มเรียน (เลขที่ภายใน)", "Learning group (internal number)", "ทุกกลุ่ม"),),
    "contracts-ending": (("window_days", "ภายในกี่วัน", "Within days", "90"),),
    "fixit-claim-slip": (("job", "เลขที่งาน", "Job number", "HY1-2569-0042"),
                         ("paper", "ขนาดกระดาษ (a6 หรือ a5)", "Paper (a6 or a5)", "a6")),
    "service-hours": (("learner", "รหัสนักศึกษา", "Student code", ""),),
    "fixit-point-daily": (("point", "จุดบริการ (รหัส)", "Service point (code)", "HY1"),),
    "teacher-development": (("academic_year", "ปีการศึกษา (พ.ศ.)", "Academic year (B.E.)", "ปีปัจจุบัน"),),
}


class ReportDialog(QDialog):
    """`choose_path` and `open_file` can be replaced (tests inject a path and record what would open)."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        from vocdesk.services.kinds.reports import all_reports

        super().__init__(parent)
        self.env = env
        self.registry = all_reports()
        self.reports = list(self.registry)
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self.open_file: Callable[[Path], Any] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.last_path: Path | None = None
        self.option_fields: dict[str, QLineEdit] = {}
        self.setWindowTitle(tr("Print a report"))
        self.list = QListWidget(self)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        for report in self.reports:
            self.list.addItem(pick(report.description_th, report.description_en))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.options_box = QWidget(self)
        self.options = QFormLayout(self.options_box)
        self.thai_digits = QCheckBox(tr("Thai digits for page numbers and dates"), self)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Save as PDF…"), self)
        self.view_button = QPushButton(tr("View"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.view_button.clicked.connect(self.view_pdf)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Reports:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.options_box)
        layout.addWidget(self.thai_digits)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._selected)
        self.list.setCurrentRow(0)
        self.resize(720, 560)

    def select(self, name: str) -> None:
        self.list.setCurrentRow([report.name for report in self.reports].index(name))

    def _selected(self, row: int) -> None:
        while self.options.rowCount():
            self.options.removeRow(0)
        self.option_fields = {}
        if not 0 <= row < len(self.reports):
            return
        report = self.reports[row]
        self.description.setText(f"{report.name}: {pick(report.description_th, report.description_en)}")
        for name, thai, english, hint in REPORT_OPTIONS.get(report.name, ()):
            field = QLineEdit(self.options_box)
            field.setPlaceholderText(hint)
            self.options.addRow(pick(thai, english) + ":", field)
            self.option_fields[name] = field
        self.options_box.setVisible(bool(self.option_fields))
        self.status.clear()

    def _ask_path(self, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save as PDF"), str(Path(folder) / suggested),
                                                      tr("PDF file (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(self) -> None:
        report = self.reports[self.list.currentRow()]
        today = self.env.context.today()
        target = self.choose_path(f"{report.name}_{today.day:02d}-{today.month:02d}-{today.year + 543}.pdf")
        if target is not None:
            self._build(target, view=False)

    def view_pdf(self) -> None:
        report = self.reports[self.list.currentRow()]
        folder = Path(tempfile.gettempdir()) / "vocdesk-reports"
        folder.mkdir(exist_ok=True)
        self._build(folder / f"{report.name}.pdf", view=True)

    def _build(self, target: Path, *, view: bool) -> None:
        from vocdesk.io.pdf import ReportOptions
        from vocdesk.services.core.settings import college_profile
        from vocdesk.services.kinds.reports import ReportRequest

        report = self.reports[self.list.currentRow()]
        params = {name: field.text().strip() for name, field in self.option_fields.items() if field.text().strip()}
        context, thai_digits = self.env.context, self.thai_digits.isChecked()

        def work(control: TaskControl) -> Path:
            with context.db.read() as session:
                college = college_profile(session).name_th
            options = ReportOptions(context.paths.resources_dir, college_name=college, printed=context.today(),
                                    thai_digits=thai_digits)
            data = None if report.name in SAMPLE_REPORTS else ReportRequest(context, params)
            path = report.build(data, target, options, control.progress, control.cancelled)
            context.run(lambda uow: uow.audit("report.print", "report", report.name, {"file": [None, path.name]}))
            return path

        def done(path: Path) -> None:
            self.last_path = path
            self.status.setText(tr("Saved: {path}").format(path=str(path)))
            if view:
                self.open_file(path)

        self.task, self.progress = run_with_progress(self, self.env.runner, tr("Building the report…"), work, done)
