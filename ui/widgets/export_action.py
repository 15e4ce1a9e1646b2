""""Export to Excel…" for any page table that has an export kind: writes the rows it shows, in its order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLayout, QMainWindow, QPushButton, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.progress import run_with_progress
from ui.tasks import TaskControl

KIND_FILE_NAMES = {"learners": "รายชื่อผู้เรียน", "teachers": "รายชื่อครูและบุคลากร", "equipment": "ทะเบียนครุภัณฑ์",
                   "outcomes": "ภาวะการมีงานทำ", "facilities": "สถานที่ฝึกอบรม",
                   "logbook": "บันทึกการฝึกอาชีพ"}
"""The Thai start of the suggested file name, per export kind."""


class ShownRows(Protocol):
    """A table model that knows the record ids it shows, in display order (filters and sort applied)."""

    def rowCount(self, *args: Any) -> int: ...

    def row_id(self, row: int) -> int: ...


class ListedIds:
    """ShownRows for a page that keeps its shown records as a list: `ids()` gives them in display order."""

    def __init__(self, ids: Callable[[], Sequence[int]]) -> None:
        self.ids = ids

    def rowCount(self, *_args: Any) -> int:
        return len(self.ids())

    def row_id(self, row: int) -> int:
        return self.ids()[row]


def suggested_name(kind: str, today: dt.date) -> str:
    """`รายชื่อผู้เรียน_24-11-2569.xlsx`: the day in พ.ศ., no characters Windows refuses."""
    return f"{KIND_FILE_NAMES.get(kind, kind)}_{today.day:02d}-{today.month:02d}-{today.year + 543}.xlsx"


def ask_xlsx_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """A save dialog in the user's documents folder for an .xlsx file (the suffix added when left out), or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested),
                                                  tr("Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ExportAction(QPushButton):
    """A button that exports what `model` shows; `choose_path` can be replaced (tests inject a path)."""

    def __init__(self, env: UiEnv, kind: str, model: ShownRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.kind, self.model = env, kind, model
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self.last_result: Any = None
        self.setText(tr("Export to Excel…"))
        self.clicked.connect(self.export)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(tr("Export to Excel…"))
        super().changeEvent(event)

    @classmethod
    def install(cls, page: QWidget, layout: QLayout, kind: str, model: ShownRows) -> ExportAction | None:
        """The one-line opt-in: adds the button to `layout` when the user may export."""
        from vocdesk.services.core.permissions import allowed

        env: UiEnv = page.env  # type: ignore[attr-defined]
        if not allowed(env.actor, "export.data"):
            return None
        button = cls(env, kind, model, page)
        layout.addWidget(button)
        page.export_action = button  # type: ignore[attr-defined]
        return button

    def _ask_path(self, suggested: str) -> Path | None:
        return ask_xlsx_path(self, tr("Export to Excel"), suggested)

    def shown_ids(self) -> Sequence[int]:
        return [self.model.row_id(row) for row in range(self.model.rowCount())]

    def export(self) -> None:
        from vocdesk.services.kinds.exports import ExportRequest, run_export

        target = self.choose_path(suggested_name(self.kind, self.env.context.today()))
        if target is None:
            return
        context, kind, request = self.env.context, self.kind, ExportRequest(ids=self.shown_ids())

        def work(control: TaskControl) -> Any:
            return run_export(context, kind, target, request, control.progress, control.cancelled)

        run_with_progress(self.window(), self.env.runner, tr("Exporting to Excel…"), work, self._done)

    def _done(self, result: Any) -> None:
        self.last_result = result
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(tr("Exported {n} rows to {path}").format(
                n=f"{result.rows:,}", path=str(result.path)), 15_000)
