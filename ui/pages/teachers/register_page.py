"""Teachers: search and filter by department and position type; a detail with profile, contracts and development."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.pages.teachers.workload_tab import WorkloadView
from ui.widgets.export_action import ExportAction, ListedIds
from ui.widgets.search_bar import SearchBar
from ui.widgets.tables import fill_table, read_only_table
from ui.widgets.toolbar import FlowLayout
from vocdesk.domain.teachers import DevelopmentTopic, PositionType
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services import dual as dual_area
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual.visit_workload import VisitWorkload, teacher_visit_workload
from vocdesk.services.teachers import ENTERPRISES, TEACHERS
from vocdesk.services.teachers.listing import (
    TeacherDetail,
    TeacherRow,
    department_choices,
    teacher_detail,
    teacher_rows,
)
from vocdesk.services.teachers.register import TeacherInput

EXPORTS = (("teachers", "รายชื่อครูและบุคลากร", "Teacher register"),
           ("staffing", "อัตรากำลังครูรายแผนก", "Staffing by department"),
           ("contracts", "สัญญาจ้าง", "Contracts"),
           ("development", "ชั่วโมงพัฒนาครู", "Development hours"))
"""Every teacher list the page can export: kind, Thai and English names."""


class TeacherDetailView(QTabWidget):
    """Profile, contracts, development and workload tabs for one teacher."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = QWidget(self)
        self.form = QFormLayout(self.profile)
        self.fields: dict[str, QLabel] = {}
        for key in ("name", "name_en", "position", "title", "department", "national_id", "contact", "industry",
                    "qualifications"):
            label = QLabel("–", self.profile)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            self.form.addRow(QLabel(self.profile), label)
        self.contracts = read_only_table(self)
        self.development = read_only_table(self)
        self.development_total = QLabel(self)
        development_tab = QWidget(self)
        layout = QVBoxLayout(development_tab)
        layout.addWidget(self.development_total)
        layout.addWidget(self.development, 1)
        self.addTab(self.profile, "")
        self.addTab(self.contracts, "")
        self.addTab(development_tab, "")
        self.workload = WorkloadView(self)
        self.addTab(self.workload, "")
        self.detail: TeacherDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate((tr("Profile"), tr("Contracts"),
                                      tr("Development"), tr("Workload"))):
            self.setTabText(index, text)
        captions = (tr("Name", "of a person or a scholarship"), tr("English name"), tr("Position"),
                    tr("Academic standing"), tr("Department"),
                    tr("National ID"), tr("Contact"),
                    tr("Industry experience"), tr("Qualifications"))
        for row, caption in enumerate(captions):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(caption)
        if self.detail is not None:
            self.show_detail(self.detail, self.workload.visits)

    def show_detail(self, detail: TeacherDetail, visits: list[VisitWorkload] | None = None) -> None:
        self.detail = detail
        self.workload.show_workload(detail.teaching, visits)
        row = detail.row
        position = PositionType(row.position_type)
        values = {
            "name": row.name, "name_en": detail.name_en or "–",
            "position": pick(position.label_th, position.label_en), "title": detail.academic_title or "–",
            "department": row.department_th or "–", "national_id": row.national_id,
            "contact": " · ".join(x for x in (row.phone, row.email) if x) or "–",
            "industry": tr("{years} years").format(years=detail.industry_experience_years)
            + (f" — {detail.industry_experience}" if detail.industry_experience else ""),
            "qualifications": "\n".join(
                f"{title}" + (tr(" level {level}").format(level=level) if level else "") + (f" ({issuer})"
                                                                                            if issuer else "")
                for _kind, title, level, issuer, _on in detail.qualifications) or "–",
        }
        for key, label in self.fields.items():
            label.setText(values[key])
        renewed = {c[4] for c in detail.contracts if c[4] is not None}
        fill_table(self.contracts, (tr("Start", "a contract column"), tr("End", "a contract column"), tr("Funding"),
                                    tr("Status")),
                   [[format_be_short(start), format_be_short(end), funding,
                     tr("Renewed") if cid in renewed else tr("Current")]
                    for cid, start, end, funding, _renews in detail.contracts])
        fill_table(self.development, (tr("Dates"), tr("Hours", "a development column"), tr("Topic"),
                                      tr("Enterprise"), tr("Certificate")),
                   [[f"{format_be_short(start)}–{format_be_short(end)}", f"{hours:g}",
                     pick(DevelopmentTopic(topic).label_th, DevelopmentTopic(topic).label_en), enterprise,
                     certificate]
                    for start, end, topic, _title, enterprise, hours, certificate in detail.development])
        total = sum(item[5] for item in detail.development)
        self.development_total.setText(tr("{hours} hours in all years").format(hours=f"{total:g}"))
        self.contracts.resizeColumnsToContents()
        self.development.resizeColumnsToContents()


class TeachersPage(Page):
    """Filters on top, the list on the left, the selected teacher's tabs on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[TeacherRow] = []
        self.search = SearchBar(self)
        self.department = QComboBox(self)
        self.position = QComboBox(self)
        for box in (self.department, self.position):  # filled after the first show: size to the texts each time
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_teacher)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_teacher)
        self.departments: list[tuple[str, str, bool]] = []
        self.contract_button = QPushButton(self)
        self.contract_button.clicked.connect(self.add_contract)
        self.development_button = QPushButton(self)
        self.development_button.clicked.connect(self.add_development)
        self.qualification_button = QPushButton(self)  # what only `vocdesk teacher add-qualification` could do
        self.qualification_button.clicked.connect(self.add_qualification)
        self.assignment_button = QPushButton(self)
        self.assignment_button.clicked.connect(self.add_assignment)
        self.may_edit = allowed(env.actor, "teachers.edit")
        self.selected_id: int | None = None
        self.dialog: QDialog | None = None
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = TeacherDetailView(self)
        top = FlowLayout()  # wraps on a narrow window instead of squeezing the search field
        top.addWidget(self.search, 2)
        top.addWidget(self.department, 1)
        top.addWidget(self.position, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.contract_button)
        top.addWidget(self.development_button)
        top.addWidget(self.qualification_button)
        top.addWidget(self.assignment_button)
        top.addWidget(self.export_button)
        ExportAction.install(self, top, "teachers", ListedIds(lambda: [r.id for r in self.rows]))  # the shown rows
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([500, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.department.currentIndexChanged.connect(lambda _i: self.refresh())
        self.position.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_positions()
        self.retranslate()

    def _fill_positions(self) -> None:
        current = self.position.currentData()
        self.position.blockSignals(True)
        self.position.clear()
        self.position.addItem(tr("All positions"), "")
        for kind in PositionType:
            self.position.addItem(pick(kind.label_th, kind.label_en), kind.value)
        self.position.setCurrentIndex(max(0, self.position.findData(current)))
        self.position.blockSignals(False)

    def refresh(self) -> None:
        actor = self.env.actor
        text, department = self.search.text().strip(), self.department.currentData() or ""
        position = self.position.currentData() or ""
        self.env.runner.read(lambda s: (department_choices(s, actor),
                                        teacher_rows(s, actor, text, department, position)),
                             on_done=self._show, on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        # Development records name enterprises of the one register the dual system edits (and merges).
        if self.activated_once and changes.touches(TEACHERS, ENTERPRISES, dual_area.ENTERPRISES,
                                                   dual_area.SUPERVISION):
            self.refresh()

    def _show(self, result: tuple[list[tuple[str, str, bool]], list[TeacherRow]]) -> None:
        departments, rows = result
        self.departments = departments
        if self.department.count() != len(departments) + 1:
            self.department.blockSignals(True)
            self.department.clear()
            self.department.addItem(tr("All departments"), "")
            for code, name, _technical in departments:
                self.department.addItem(name, code)
            self.department.blockSignals(False)
        self.rows = rows
        fill_table(self.table, (tr("Name", "first and last name"), tr("Position"),
                                tr("Department")),
                   [[r.name, pick(r.position_th, PositionType(r.position_type).label_en), r.department_th]
                    for r in rows])
        self.table.setColumnWidth(0, 210)
        self.table.setColumnWidth(1, 130)
        self.count_label.setText(tr("{count} people").format(count=f"{len(rows):,}"))
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(self.selected_id) if self.selected_id in ids else 0)
        self._enable_buttons()
        self.data_shown.emit()

    def _selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return
        teacher_id, actor = self.rows[selected[0].row()].id, self.env.actor
        self.selected_id = teacher_id
        self._enable_buttons()
        visits = allowed(actor, "dual.view")  # the visit hours come from the dual area's public read

        def read(s: Session) -> tuple[TeacherDetail, list[VisitWorkload] | None]:
            return teacher_detail(s, actor, teacher_id), (teacher_visit_workload(s, actor, teacher_id) if visits
                                                          else None)

        self.env.runner.read(read, on_done=lambda found: self.detail.show_detail(*found),
                             on_error=lambda error: show_error(self, error))

    def selected_row(self) -> TeacherRow | None:
        return next((r for r in self.rows if r.id == self.selected_id), None)

    def _enable_buttons(self) -> None:
        row = self.selected_row()
        teaches = row is not None and PositionType(row.position_type).teaches
        self.contract_button.setEnabled(self.may_edit and row is not None
                                        and PositionType(row.position_type).has_contracts)
        self.development_button.setEnabled(self.may_edit and teaches)
        self.qualification_button.setEnabled(self.may_edit and row is not None)
        self.assignment_button.setEnabled(self.may_edit and teaches)
        self.add_button.setEnabled(self.may_edit)
        self.edit_button.setEnabled(self.may_edit and row is not None)

    def add_teacher(self) -> None:
        from ui.pages.teachers.dialogs import TeacherDialog

        self.dialog = TeacherDialog(self.env, self.departments, parent=self)
        self.dialog.open()

    def edit_teacher(self) -> None:
        from vocdesk.services.teachers.register import teacher_input

        row, actor = self.selected_row(), self.env.actor
        if row is not None:
            teacher_id = row.id
            self.env.runner.read(lambda s: teacher_input(s, actor, teacher_id),
                                 on_done=lambda found: self._open_edit(teacher_id, found),
                                 on_error=lambda error: show_error(self, error))

    def _open_edit(self, teacher_id: int, found: tuple[TeacherInput, int]) -> None:
        from ui.pages.teachers.dialogs import TeacherDialog

        current, version = found
        self.dialog = TeacherDialog(self.env, self.departments, current, teacher_id, version, self)
        self.dialog.open()

    def add_contract(self) -> None:
        from ui.pages.teachers.dialogs import ContractDialog

        row = self.selected_row()
        if row is not None:
            self.dialog = ContractDialog(self.env, row.id, row.name, self)
            self.dialog.open()

    def add_qualification(self) -> None:
        from ui.pages.teachers.teaching_dialogs import QualificationDialog

        row = self.selected_row()
        if row is not None:
            self.dialog = QualificationDialog(self.env, row.id, row.name, self)
            self.dialog.open()

    def add_assignment(self) -> None:
        from ui.pages.teachers.teaching_dialogs import AssignmentDialog
        from vocdesk.domain.academic import academic_year_of

        row, today = self.selected_row(), self.env.context.today()
        if row is not None:
            semester = f"{1 if today.month in range(5, 11) else 2}/{academic_year_of(today)}"
            self.dialog = AssignmentDialog(self.env, row.id, row.name, semester, self)
            self.dialog.open()

    def add_development(self) -> None:
        from ui.pages.teachers.dialogs import DevelopmentDialog

        row = self.selected_row()
        if row is not None:
            self.dialog = DevelopmentDialog(self.env, row.id, row.name, self)
            self.dialog.open()

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for kind, thai, english in EXPORTS:
            action = self.export_menu.addAction(pick(thai, english))
            action.triggered.connect(lambda _checked=False, k=kind, t=thai: self.export(k, t))

    def export(self, kind: str, thai_name: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export to Excel"), f"{thai_name}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self.export_to(kind, Path(name))

    def export_to(self, kind: str, path: Path) -> None:
        from vocdesk.services.teachers.export import export_teacher_list

        context = self.env.context
        self.env.runner.submit(lambda _control: export_teacher_list(context, kind, path),
                               on_error=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search by name or national ID…"))
        self.export_button.setText(tr("Export to Excel", "a short button"))
        self._fill_export_menu()
        self.add_button.setText(tr("Add…"))
        self.edit_button.setText(tr("Edit…"))
        self.contract_button.setText(tr("Add contract…"))
        self.development_button.setText(tr("Add development…"))
        self.qualification_button.setText(tr("Add qualification…"))
        self.assignment_button.setText(tr("Add teaching…"))
        self._fill_positions()
        if self.department.count():
            self.department.setItemText(0, tr("All departments"))
        self.detail.retranslate()
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, TeachersPage)  # key, title, order and permission: its line in PAGES
