"""Staffing dashboard: need against actual per department (chart and table), contract alerts, development."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.pages.teachers.staffing_chart import Bar, StaffingChart
from ui.pages.teachers.staffing_dialogs import ConstantsDialog, GroupCountsDialog, PlanDialog
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.staffing import TEACHING_POSITIONS, ContractAlert, StaffingResult, WorkloadConstants
from vocdesk.domain.teachers import PositionType
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.core.changes import SETTINGS
from vocdesk.services.core.context import Actor, Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import SUPERVISION
from vocdesk.services.dual.visit_workload import DepartmentVisits, department_visit_workload
from vocdesk.services.learners import GROUPS, LEARNERS
from vocdesk.services.teachers import STAFFING, TEACHERS
from vocdesk.services.teachers.listing import TeacherRow, department_choices, development_lines, teacher_rows
from vocdesk.services.teachers.staffing import (
    GroupCountLine,
    alerts,
    group_count_lines,
    staffing_overview,
    workload_constants,
)


@dataclass(frozen=True)
class Dashboard:
    """Everything the page shows, read in one go on the worker thread."""

    result: StaffingResult
    constants: WorkloadConstants
    alerts: list[ContractAlert]
    development: dict[str, tuple[int, int]]  # department name → (teachers, short of the target)
    academic_year: int
    visits: DepartmentVisits | None = None
    """The dual system's supervision visits this semester per department; None when the role may not see them."""


def load_dashboard(session: Session, actor: Actor, today_iso: str, window_days: int) -> Dashboard:
    import datetime as dt

    today = dt.date.fromisoformat(today_iso)
    year = academic_year_of(today)
    development: dict[str, tuple[int, int]] = {}
    for line in development_lines(session, actor, year):
        total, short = development.get(line.row.department_th, (0, 0))
        development[line.row.department_th] = (total + 1, short + (0 if line.standing.met else 1))
    visits = department_visit_workload(session, actor, today) if allowed(actor, "dual.view") else None
    return Dashboard(staffing_overview(session, actor), workload_constants(session),
                     alerts(session, actor, today, window_days), development, year, visits)


def visit_cells(visits: DepartmentVisits | None, department: str | None) -> list[str]:
    """Visits and visit hours of a department (None: the college); "not shown" to a role without dual.view."""
    if visits is None:
        return [tr("not shown")] * 2
    found = visits.college if department is None else visits.by_department.get(department)
    return [str(found.visits), f"{found.hours:g}"] if found else ["0", "0"]


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


class StaffingPage(Page):
    """The college line on top, the chart, the department table, then alerts and development side by side."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.dashboard: Dashboard | None = None
        self.summary = QLabel(self)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.formula = QLabel(self)
        self.formula.setWordWrap(True)
        self.chart = StaffingChart(self)
        self.table = read_only_table(self)
        self.window_label = QLabel(self)
        self.window_days = QSpinBox(self)
        self.window_days.setRange(7, 730)
        self.window_days.setValue(90)
        self.window_days.valueChanged.connect(lambda _v: self.refresh())
        self.alerts_title = QLabel(self)
        self.alerts_table = read_only_table(self)
        self.development_title = QLabel(self)
        self.development_table = read_only_table(self)
        self.constants_button = QPushButton(self)
        self.constants_button.clicked.connect(self.edit_constants)
        self.constants_button.setEnabled(allowed(env.actor, "staffing.settings"))
        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self.open_plan)
        self.plan_button.setEnabled(allowed(env.actor, "staffing.plan"))
        self.groups_button = QPushButton(self)
        self.groups_button.clicked.connect(self.edit_groups)
        self.groups_button.setEnabled(allowed(env.actor, "staffing.plan"))
        self.dialog: QDialog | None = None
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.groups_button)
        top.addWidget(self.plan_button)
        top.addWidget(self.constants_button)
        layout.addLayout(top)
        layout.addWidget(self.formula)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        alerts_box = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.alerts_title, 1)
        head.addWidget(self.window_label)
        head.addWidget(self.window_days)
        alerts_box.addLayout(head)
        alerts_box.addWidget(self.alerts_table)
        development_box = QVBoxLayout()
        development_box.addWidget(self.development_title)
        development_box.addWidget(self.development_table)
        self.visits_title = QLabel(self)
        self.visits_title.setWordWrap(True)
        self.visits_table = read_only_table(self)
        development_box.addWidget(self.visits_title)
        development_box.addWidget(self.visits_table)
        bottom = QHBoxLayout()
        bottom.addLayout(alerts_box, 3)
        bottom.addLayout(development_box, 2)
        layout.addLayout(bottom)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def refresh(self) -> None:
        actor, today, window = self.env.actor, self.env.context.today().isoformat(), self.window_days.value()
        self.env.runner.read(lambda s: load_dashboard(s, actor, today, window), on_done=self.show_dashboard,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(TEACHERS, STAFFING, LEARNERS, GROUPS, SETTINGS, SUPERVISION):
            self.refresh()

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.retranslate()
        self.data_shown.emit()

    def edit_constants(self) -> None:
        if self.dashboard is not None:
            self.dialog = ConstantsDialog(self.env, self.dashboard.constants, self)
            self.dialog.open()

    def edit_groups(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: group_count_lines(s, actor), on_done=self._open_groups,
                             on_error=lambda error: show_error(self, error))

    def _open_groups(self, lines: list[GroupCountLine]) -> None:
        self.dialog = GroupCountsDialog(self.env, lines, self)
        self.dialog.open()

    def open_plan(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: (teacher_rows(s, actor), department_choices(s, actor)),
                             on_done=self._open_plan, on_error=lambda error: show_error(self, error))

    def _open_plan(self, loaded: tuple[list[TeacherRow], list[tuple[str, str, bool]]]) -> None:
        self.dialog = PlanDialog(self.env, loaded[0], loaded[1], self)
        self.dialog.open()

    def retranslate(self) -> None:
        self.constants_button.setText(tr("Formula constants…"))
        self.plan_button.setText(tr("Staffing plan…"))
        self.groups_button.setText(tr("Learning groups…"))
        self.window_label.setText(tr("Within (days)"))
        self.alerts_title.setText(tr("Contracts to follow up"))
        dashboard = self.dashboard
        if dashboard is None:
            self.summary.setText(tr("Loading…"))
            return
        result, constants = dashboard.result, dashboard.constants
        college = result.college
        self.summary.setText(pick(
            f"ทั้งวิทยาลัย: ต้องการครู {college.need} คน มีอยู่ {college.actual} คน ({signed(college.balance)})",
            f"College: {college.need} teachers needed, {college.actual} in post ({signed(college.balance)})"))
        hours = ", ".join(f"{level.upper()} {constants.class_hours[level]:g} h ({constants.general_hours[level]:g})"
                          for level in ("pvc", "pvs"))
        self.formula.setText(pick(
            f"T = กลุ่มเรียน × ชั่วโมงเรียนต่อกลุ่มต่อสัปดาห์ ÷ ภาระงานสอน {constants.teaching_load:g} ชั่วโมงต่อสัปดาห์ "
            f"(ปวช. {constants.class_hours['pvc']:g} ชม. วิชาสามัญ {constants.general_hours['pvc']:g}; "
            f"ปวส. {constants.class_hours['pvs']:g} ชม. วิชาสามัญ {constants.general_hours['pvs']:g}) "
            "(แก้ได้ที่ปุ่มค่าคงที่ของสูตร)",
            f"T = groups × class hours per group per week ÷ teaching load {constants.teaching_load:g} h/week "
            f"({hours}; general-education hours in brackets)"))
        self.chart.set_bars([Bar(line.name_th, line.is_technical, line.need, line.actual) for line in result.lines])
        self._fill_lines(result)
        self._fill_visits(result, dashboard.visits)
        self._fill_alerts(dashboard)
        self.development_title.setText(pick(
            f"การพัฒนาครูกับสถานประกอบการ ปีการศึกษา {dashboard.academic_year} (เป้าหมาย "
            f"{constants.development_target_hours:g} ชม.)",
            f"Development with enterprises, year {dashboard.academic_year} "
            f"(target {constants.development_target_hours:g} h)"))
        fill_table(self.development_table, (tr("Department"), tr("Teachers"),
                                            tr("Short")),
                   [[name, str(total), str(short)] for name, (total, short) in dashboard.development.items()])
        self.development_table.resizeColumnsToContents()

    def _fill_lines(self, result: StaffingResult) -> None:
        headers = [tr("Department"), tr("Groups"), tr("Hours/week"),
                   "T", tr("Needed"),
                   *(pick(PositionType(p).label_th, PositionType(p).label_en) for p in TEACHING_POSITIONS),
                   tr("In post"), tr("Balance", "teachers short or over")]
        lines = [*result.lines, result.college]
        fill_table(self.table, headers, [
            [line.name_th + (tr(" (technical)") if line.is_technical else ""), str(line.groups),
             f"{line.weekly_hours:g}", f"{line.need_exact:.2f}", str(line.need),
             *(str(line.in_post[p]) for p in TEACHING_POSITIONS), str(line.actual), signed(line.balance)]
            for line in lines])
        for row, line in enumerate(lines):
            item = self.table.item(row, len(headers) - 1)
            if item is not None and line.balance < 0:
                item.setForeground(QBrush(QColor("#c0392b")))
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def _fill_visits(self, result: StaffingResult, visits: DepartmentVisits | None) -> None:
        """The dual system's supervision visits of the semester per department: workload beside the formula's T."""
        self.visits_title.setText(
            tr("Supervision visits {semester} (dual system): workload too; T counts teaching groups only").format(
                semester=visits.semester) if visits else tr("Supervision visits are not shown to this role"))
        self.visits_table.setVisible(visits is not None)
        names = [(line.code, line.name_th) for line in result.lines]
        if visits is not None and "" in visits.by_department:
            names.append(("", tr("No department")))
        fill_table(self.visits_table, (tr("Department"), tr("Supervision visits"), tr("Visit hours")),
                   [[name, *visit_cells(visits, code)] for code, name in names]
                   + [[result.college.name_th, *visit_cells(visits, None)]])
        self.visits_table.resizeColumnsToContents()
        self.visits_table.setMinimumHeight(200)

    def _fill_alerts(self, dashboard: Dashboard) -> None:
        names = {line.code: line.name_th for line in dashboard.result.lines}
        rows = []
        for alert in dashboard.alerts:
            department = names.get(alert.department_code, alert.department_code)
            if alert.kind == "below_need":
                rows.append([tr("Department falls short"), department,
                             tr("needs {need}, would have {after}").format(need=alert.need, after=alert.actual_after)])
            else:
                assert alert.end is not None
                end = format_be_short(alert.end)
                state = (tr("ends {date} (in {days} days)").format(date=end, days=alert.days_left)
                         if alert.kind == "ending" else tr("ended {date}, not renewed").format(date=end))
                rows.append([alert.teacher_name, department, state])
        fill_table(self.alerts_table, (tr("Teacher / item"), tr("Department"),
                                       tr("Status")), rows)
        self.alerts_table.resizeColumnsToContents()
        self.alerts_table.setMinimumHeight(260)
        for row, alert in enumerate(dashboard.alerts):
            if alert.kind != "ending":
                for column in range(3):
                    item = self.alerts_table.item(row, column)
                    if item is not None:
                        item.setForeground(QBrush(QColor("#c0392b")))
        self.alerts_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)


PAGE = page_of(__name__, StaffingPage)  # key, title, order and permission: its line in PAGES
