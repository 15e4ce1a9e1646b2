"""Short courses: the catalogue, the runs of the chosen course, and the chosen run's sessions, trainees, attendance,
payments and certificates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.training.course_dialogs import CourseDialog, ScheduleDialog
from ui.pages.training.run_view import RunView
from ui.pages.training.tables import fill_table, fit_columns, read_only_table
from ui.widgets.search_bar import SearchBar
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.training_money import baht_text
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.training import ATTENDANCE, CERTIFICATES, COURSES, FEES, TRAINEES
from vocdesk.services.training.courses import CourseRow, list_courses
from vocdesk.services.training.run_listing import RunRow, course_runs


class CoursesPage(Page):
    """Catalogue and runs on the left, the run on the right; everything refreshes in place after a change."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.courses: list[CourseRow] = []
        self.runs: list[RunRow] = []
        self.dialog: QDialog | None = None
        self.search = SearchBar(self)
        self.count_label = QLabel(self)
        self.add_button, self.schedule_button = QPushButton(self), QPushButton(self)
        may = allowed(env.actor, "training.courses")
        self.add_button.setEnabled(may)
        self.schedule_button.setEnabled(may)
        self.add_button.clicked.connect(self.add_course)
        self.schedule_button.clicked.connect(self.schedule)
        self.catalogue = read_only_table(self)
        self.catalogue.itemSelectionChanged.connect(self._course_chosen)
        self.run_list = read_only_table(self)
        self.run_list.itemSelectionChanged.connect(self._run_chosen)
        self.run_view = RunView(env, self)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        top.addWidget(self.schedule_button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.catalogue)
        left.addWidget(self.run_list)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.run_view)
        splitter.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.retranslate()

    def refresh(self) -> None:
        actor, text = self.env.actor, self.search.text().strip()
        self.env.runner.read(lambda s: list_courses(s, actor, text), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if not self.activated_once:
            return
        if changes.touches(COURSES):
            self.refresh()
        elif changes.touches(TRAINEES, ATTENDANCE, FEES, CERTIFICATES):
            self._course_chosen()

    def _show(self, courses: list[CourseRow]) -> None:
        self.courses = courses
        hours = tr("Hours", "a column of a course's hours, abbreviated")
        fill_table(self.catalogue, (tr("Code"), tr("Course"), hours, tr("Fee"), tr("Runs")),
                   [[c.code, c.name_th, str(c.hours),
                     baht_text(c.fee_satang) if c.fee_satang else tr("Free"), str(c.runs)] for c in courses])
        fit_columns(self.catalogue, stretch=1)
        self.count_label.setText(tr("{count:,} courses", "training courses").format(count=len(courses)))
        if courses and self.catalogue.currentRow() < 0:
            self.catalogue.selectRow(0)
        self._course_chosen()
        self.data_shown.emit()

    def chosen_course(self) -> CourseRow | None:
        row = self.catalogue.currentRow()
        return self.courses[row] if 0 <= row < len(self.courses) else None

    def _course_chosen(self) -> None:
        course, actor = self.chosen_course(), self.env.actor
        self.schedule_button.setEnabled(course is not None and allowed(actor, "training.courses"))
        if course is None:
            return
        code = course.code
        self.env.runner.read(lambda s: course_runs(s, actor, code), on_done=self._show_runs,
                             on_error=lambda error: show_error(self, error))

    def _show_runs(self, runs: list[RunRow]) -> None:
        self.runs = runs
        fill_table(self.run_list, (tr("Run"), tr("Dates"), tr("Room"), tr("Sessions"), tr("Seats"),
                                   tr("Waitlist")),
                   [[r.key, f"{format_be_short(r.first_day)}–{format_be_short(r.last_day)}", r.room,
                     str(r.sessions), f"{r.enrolled}/{r.capacity}", str(r.waitlist)] for r in runs])
        fit_columns(self.run_list, stretch=1)
        if runs and self.run_list.currentRow() < 0:
            self.run_list.selectRow(len(runs) - 1)
        self._run_chosen()

    def _run_chosen(self) -> None:
        row = self.run_list.currentRow()
        self.run_view.show_run(self.runs[row] if 0 <= row < len(self.runs) else None)

    def add_course(self) -> None:
        self.dialog = CourseDialog(self.env, self)
        self.dialog.open()

    def schedule(self) -> None:
        course = self.chosen_course()
        if course is not None:
            self.dialog = ScheduleDialog(self.env, course.code, self)
            self.dialog.open()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search courses…"))
        self.add_button.setText(tr("Add course…"))
        self.schedule_button.setText(tr("Schedule a run…"))
        self.run_view.retranslate()
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, CoursesPage)  # key, title, order and permission: its line in PAGES
