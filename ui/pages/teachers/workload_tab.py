"""A teacher's workload per semester: teaching hours a week and, from the dual area, supervision visits and hours."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.academic import SemesterKey
from vocdesk.services.dual.visit_workload import VisitWorkload

Teaching = list[tuple[int, str, str, str, float]]
"""(academic year, semester, subject code, subject name, hours a week) as the teacher's detail lists them."""


def _order(semester: str) -> tuple[int, int]:
    key = SemesterKey.parse(semester)
    return (key.academic_year, key.semester) if key else (0, 0)


class WorkloadView(QWidget):
    """One row per semester; visit hours count as workload (standard 2563), shown beside the teaching."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.teaching: Teaching = []
        self.visits: list[VisitWorkload] | None = None

    def show_workload(self, teaching: Teaching, visits: list[VisitWorkload] | None) -> None:
        """`visits` None: the role may not see the dual system's visits, so the columns say so."""
        self.teaching, self.visits = teaching, visits
        per_week: dict[str, float] = {}
        subjects: dict[str, int] = {}
        for year, semester, _code, _name, hours in teaching:
            key = f"{semester}/{year}"
            per_week[key] = per_week.get(key, 0.0) + hours
            subjects[key] = subjects.get(key, 0) + 1
        by_semester = {v.semester: v for v in visits or []}
        unseen = "–" if visits is not None else tr("not shown")
        rows = []
        for key in sorted(set(per_week) | set(by_semester), key=_order):
            visit = by_semester.get(key)
            rows.append([key, f"{per_week.get(key, 0.0):g}", str(subjects.get(key, 0)),
                         str(visit.visits) if visit else unseen, f"{visit.hours:g}" if visit else unseen])
        fill_table(self.table, (tr("Semester"), tr("Teaching hours a week"), tr("Subjects"),
                                tr("Supervision visits"), tr("Visit hours")), rows)
        self.table.resizeColumnsToContents()
        total = sum(v.hours for v in visits or [])
        self.summary.setText(tr("Supervision visits of the dual system count as workload: {hours} hours in all "
                                "semesters").format(hours=f"{round(total, 2):g}") if visits is not None else
                             tr("Supervision visits are not shown to this role"))

    def retranslate(self) -> None:
        self.show_workload(self.teaching, self.visits)
