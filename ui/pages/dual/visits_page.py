"""Visit planner (การนิเทศ): each placement's visits against the semester's plan, overdue first, and visit entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.dual.visit_form import VisitForm
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import PLACEMENTS, SUPERVISION
from vocdesk.services.dual.visits import add_visit
from vocdesk.services.dual.visits_due import BehindCount, DueRow, behind_by, visits_due


def state_label(state: str) -> str:
    return {"overdue": tr("Overdue"), "due": tr("Visit due"), "done": tr("Done"), "none": tr("Not training")}[state]


class VisitsPage(Page):
    """Semester and teacher on top; the plan per placement on the left, who is behind and visit entry on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        from vocdesk.domain.academic import default_semester_of

        self.semester = QLineEdit(str(default_semester_of(env.context.today())), self)
        self.semester.setMaximumWidth(90)
        self.semester.editingFinished.connect(self.refresh)
        self.teacher = QComboBox(self)
        self.teacher.setMinimumContentsLength(18)
        self.teacher.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.summary = QLabel(self)
        self.plan = read_only_table(self)
        self.behind = read_only_table(self)
        self.form = VisitForm(self)
        self.form.day.setDate(env.context.today())
        self.form.save.clicked.connect(self.save)
        self.form.setEnabled(allowed(env.actor, "dual.followup"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.rows: list[DueRow] = []
        self.shown: list[DueRow] = []
        top = QHBoxLayout()
        self.semester_label, self.teacher_label = QLabel(self), QLabel(self)
        for widget in (self.semester_label, self.semester, self.teacher_label, self.teacher):
            top.addWidget(widget)
        top.addWidget(self.summary, 1)
        side = QWidget(self)
        side.setMinimumWidth(360)
        side.setMaximumWidth(420)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.behind, 1)
        side_layout.addWidget(self.form)
        side_layout.addWidget(self.message)
        split = QSplitter(self)
        split.addWidget(self.plan)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()

    def refresh(self) -> None:
        semester = self.semester.text().strip()
        self.env.runner.action(lambda uow: visits_due(uow, semester), on_done=self._loaded,
                               on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(SUPERVISION, PLACEMENTS):
            self.refresh()

    def _loaded(self, rows: list[DueRow]) -> None:
        self.rows = rows
        current = self.teacher.currentData()
        self.teacher.blockSignals(True)
        self.teacher.clear()
        self.teacher.addItem(tr("All supervising teachers"), None)
        for teacher_id, name in sorted({(r.supervisor_id, r.supervisor) for r in rows if r.supervisor_id},
                                       key=lambda t: t[1]):
            self.teacher.addItem(name, teacher_id)
        self.teacher.setCurrentIndex(max(0, self.teacher.findData(current)))
        self.teacher.blockSignals(False)
        self._show_rows()

    def _show_rows(self) -> None:
        teacher = self.teacher.currentData()
        self.shown = [r for r in self.rows if teacher is None or r.supervisor_id == teacher]
        fill_table(self.plan, (tr("State"), tr("Visits"), tr("Next due"), tr("Student code"), tr("Learner"),
                               tr("Enterprise"), tr("Supervising teacher")),
                   [[state_label(r.state), f"{r.done}/{r.required}" + (" ✈" if r.abroad else ""),
                     format_be_short(r.next_due) if r.next_due else "–", r.student_code, r.learner, r.enterprise,
                     r.supervisor or "–"] for r in self.shown])
        for column, width in enumerate((90, 55, 110, 90, 150, 180)):
            self.plan.setColumnWidth(column, width)
        counts = {s: sum(1 for r in self.shown if r.state == s) for s in ("overdue", "due", "done")}
        self.summary.setText(tr("Overdue {overdue} · due {due} · done {done}", "dual visits").format(**counts))
        by: list[BehindCount] = behind_by(self.shown, "department" if teacher is None else "teacher")
        fill_table(self.behind, (tr("Department") if teacher is None else tr("Supervising teacher"),
                                 tr("Placements"), tr("Behind")),
                   [[b.key, str(b.placements), str(b.behind)] for b in by])
        self.behind.setColumnWidth(0, 170)
        self.behind.setColumnWidth(1, 90)
        self.data_shown.emit()

    def save(self) -> None:
        row = self.plan.currentRow()
        if not 0 <= row < len(self.shown):
            self.message.setText(tr("Pick a placement in the list first"))
            return
        try:
            data = self.form.value(self.shown[row].placement_id)
        except VocDeskError as error:
            show_error(self, error)
            return
        if data is None:
            self.message.setText(tr("Type the date of the visit"))
            return
        learner = self.shown[row].learner
        self.env.runner.action(lambda uow: add_visit(uow, data), initiator=self,
                               on_done=lambda _id: self._saved(learner), on_error=lambda e: show_error(self, e))

    def _saved(self, learner: str) -> None:
        self.form.clear_notes()
        self.message.setText(tr("Visit of {learner} saved", "dual visits").format(learner=learner))
        self.refresh()

    def retranslate(self) -> None:
        self.semester_label.setText(tr("Semester"))
        self.teacher_label.setText(tr("Teacher"))
        self.form.retranslate()
        if self.activated_once:
            self._show_rows()


PAGE = page_of(__name__, VisitsPage)  # key, title, order and permission: its line in PAGES
