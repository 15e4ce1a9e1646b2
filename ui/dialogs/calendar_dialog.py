"""The academic calendar: each term's first and last teaching day for one year, saved through `set_term`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.service_dialog import ServiceDialog
from vocdesk.domain.academic import academic_year_of
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.terms import YearTerm, terms_of_year


class CalendarDialog(ServiceDialog):
    """Pick the year; the three terms show their stored days (or the usual ones); Save stores what changed."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.loaded: list[YearTerm] = []
        self.year = QSpinBox(self)
        self.year.setRange(2560, 2650)
        self.year.setValue(academic_year_of(env.context.today()))
        self.year_label = QLabel(self)
        self.form.addRow(self.year_label, self.year)
        self.rows: list[tuple[QCheckBox, BuddhistDateEdit, BuddhistDateEdit]] = []
        self.row_labels: list[QLabel] = []
        for _number in range(3):
            use, first, last = QCheckBox(self), BuddhistDateEdit(self), BuddhistDateEdit(self)
            line = QHBoxLayout()
            line.addWidget(use)
            line.addWidget(first)
            line.addWidget(QLabel("–", self))
            line.addWidget(last, 1)
            label = QLabel(self)
            self.form.addRow(label, line)
            self.rows.append((use, first, last))
            self.row_labels.append(label)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.layout_.insertWidget(1, self.note)
        self.setMinimumWidth(620)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        actor, year = self.env.actor, self.year.value()
        self.load(lambda session: terms_of_year(session, actor, year), self.show_terms)

    def show_terms(self, terms: list[YearTerm]) -> None:
        self.loaded = terms
        for (use, first, last), term, label in zip(self.rows, terms, self.row_labels, strict=True):
            use.setChecked(term.stored or not term.key.startswith("3/"))  # the summer term only when set
            first.setDate(term.first_day)
            last.setDate(term.last_day)
            label.setText(self._term_name(term.key))

    def wanted(self) -> list[tuple[str, dt.date, dt.date]]:
        """The terms to store: ticked and different from what is stored (or not stored yet)."""
        changes = []
        for (use, first, last), term in zip(self.rows, self.loaded, strict=True):
            if not use.isChecked():
                continue
            begin, end = first.date(), last.date()
            if begin is None or end is None:
                raise ValidationFailed("required", field=self._term_name(term.key))
            if not term.stored or (begin, end) != (term.first_day, term.last_day):
                changes.append((term.key, begin, end))
        return changes

    def save(self) -> None:
        from vocdesk.errors import VocDeskError
        from vocdesk.services.training.calendar_ import set_term

        try:
            changes = self.wanted()
        except VocDeskError as error:
            self.show_failure(error)
            return

        def store(uow: UnitOfWork) -> int:
            for key, begin, end in changes:
                set_term(uow, key, begin, end)
            return len(changes)

        self.submit(store)

    def _term_name(self, key: str) -> str:
        number, year = key.split("/")
        return tr("Summer {year}").format(year=year) if number == "3" else tr("Semester {key}").format(key=key)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Academic calendar"))
        self.year_label.setText(tr("Academic year (B.E.)"))
        self.note.setText(tr("First and last teaching day of each term. Unticked terms are left as they are; "
                             "a term not set yet shows the usual vocational calendar."))
        for key, label in zip((t.key for t in self.loaded), self.row_labels, strict=False):
            label.setText(self._term_name(key))
