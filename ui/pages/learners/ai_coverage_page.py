"""Programme catalogue as the college keeps it: shortage flag with its source and the AI/digital competences taught."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.labels import level_label
from ui.pages import Page, page_of
from ui.pages.learners.detail import COMPETENCE_TH
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.learners import LEARNERS, PROGRAMMES, SKILLS
from vocdesk.services.learners.programmes import CoverageRow, coverage, edit_programme
from vocdesk.services.learners.support import DIGITAL_COMPETENCES


class ProgrammeDialog(QDialog):
    """Edit one programme's shortage flag, its source and the competences its curriculum covers."""

    def __init__(self, row: CoverageRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{level_label(row.level)} {row.name_th}")
        self.shortage = QCheckBox(tr("Shortage / new-technology field"), self)
        self.shortage.setChecked(row.is_shortage)
        self.source = QLineEdit(row.shortage_source, self)
        self.source.setPlaceholderText(tr("Source, e.g. OVEC notice FY2569"))
        self.boxes = {code: QCheckBox(COMPETENCE_TH.get(code, code), self) for code in DIGITAL_COMPETENCES}
        grid = QGridLayout()
        for index, (code, box) in enumerate(self.boxes.items()):
            box.setChecked(code in row.competences)
            grid.addWidget(box, index // 2, index % 2)
        form = QFormLayout()
        form.addRow(self.shortage)
        form.addRow(tr("Source", "where a shortage listing comes from"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Digital and AI competences taught"), self))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def competences(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class AiCoveragePage(Page):
    """All programmes of a level; programmes not yet teaching AI first; double-click a row to edit it."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[CoverageRow] = []
        self.level = QComboBox(self)
        for code in ("pvs", "pvc", "btech"):
            self.level.addItem(level_label(code), code)
        self.summary = QLabel(self)
        self.table: QTableWidget = read_only_table(self, fit_contents=True)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.edit(row))
        self.names_button = QPushButton(self)  # names and the OVEC code of the selected programme
        self.names_button.setVisible(allowed(env.actor, "programmes.edit"))
        self.names_button.clicked.connect(self.edit_names)
        self.dialog: QDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.level)
        top.addWidget(self.summary, 1)
        top.addWidget(self.names_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.level.currentIndexChanged.connect(lambda _index: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.names_button.setText(tr("Name and code…"))

    def refresh(self) -> None:
        actor, level = self.env.actor, str(self.level.currentData())
        self.env.runner.read(lambda session: coverage(session, actor, level), on_done=self.show_rows,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PROGRAMMES, LEARNERS, SKILLS):
            self.refresh()

    def show_rows(self, rows: list[CoverageRow]) -> None:
        self.rows = rows
        gaps = [r for r in rows if not r.teaches_ai]
        self.summary.setText(tr("{count} programmes do not teach AI yet; {value:,} learners are in them",
                                "learners ai coverage")
                             .format(count=len(gaps), value=sum(r.learners for r in gaps)))
        fill_table(self.table, [tr("Code"), tr("Programme"), tr("Shortage"),
                           tr("Teaches AI"), tr("Competences"),
                           tr("Learners", "a column of counts"), tr("With an AI skill")],
              [[r.major_code or "—", r.name_th, "✓" if r.is_shortage else "",
                tr("yes") if r.teaches_ai else tr("not yet"),
                ", ".join(COMPETENCE_TH.get(c, c) for c in r.competences) or "–", f"{r.learners:,}",
                f"{r.learners_with_ai_skill:,}"] for r in rows])
        for index, row in enumerate(rows):
            code = self.table.item(index, 0)
            if code is not None and not row.major_code:
                code.setToolTip(tr("OVEC has not confirmed this programme's national code yet"))
        self.data_shown.emit()

    def edit_names(self) -> None:
        from ui.pages.learners.programme_names import ProgrammeNamesDialog

        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            self.dialog = ProgrammeNamesDialog(self.env, self.rows[index].programme_id, self)
            self.dialog.open()

    def edit(self, index: int) -> None:
        row = self.rows[index]
        dialog = ProgrammeDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        shortage, text, codes = dialog.shortage.isChecked(), dialog.source.text(), dialog.competences()
        self.env.runner.action(lambda uow: edit_programme(uow, row.programme_id, row.version, is_shortage=shortage,
                                                          shortage_source=text, competences=codes),
                               on_error=lambda error: show_error(self, error))


PAGE = page_of(__name__, AiCoveragePage)  # key, title, order and permission: its line in PAGES
