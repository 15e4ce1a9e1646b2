"""A date field in พ.ศ. (31/01/2563) whose value is a Gregorian datetime.date, with a พ.ศ. calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language, tr
from vocdesk.domain.thai_dates import BE_OFFSET, MONTHS_TH, format_be_short, parse_thai_date

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")



def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class BuddhistCalendarPopup(QFrame):
    """Month and พ.ศ. year selectors over a day grid; the grid itself is Qt's Gregorian calendar."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.month = QComboBox(self)
        self.month.addItems(list(MONTHS_TH))
        self.year_be = QSpinBox(self)
        self.year_be.setRange(1900 + BE_OFFSET, 2200 + BE_OFFSET)
        self.year_be.setPrefix("พ.ศ. ")
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        header = QHBoxLayout()
        header.addWidget(self.month, 1)
        header.addWidget(self.year_be)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.calendar)
        self.month.currentIndexChanged.connect(self._page_from_selectors)
        self.year_be.valueChanged.connect(self._page_from_selectors)
        self.calendar.currentPageChanged.connect(self._selectors_from_page)
        self.calendar.clicked.connect(lambda day: self.picked.emit(from_qdate(day)))
        self.calendar.activated.connect(lambda day: self.picked.emit(from_qdate(day)))

    def show_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self._selectors_from_page(day.year, day.month)

    def set_language(self, language: str) -> None:
        """Month names and weekday headers in Thai or English; the year stays in the Buddhist Era."""
        index = self.month.currentIndex()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItems(list(MONTHS_TH if language == "th" else MONTHS_EN))
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)
        self.year_be.setPrefix("พ.ศ. " if language == "th" else "B.E. ")
        self.calendar.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand) if language == "th"
                                else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    def shown_year_be(self) -> int:
        return self.year_be.value()

    def _page_from_selectors(self) -> None:
        self.calendar.setCurrentPage(self.year_be.value() - BE_OFFSET, self.month.currentIndex() + 1)

    def _selectors_from_page(self, year: int, month: int) -> None:
        for widget in (self.month, self.year_be):
            widget.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.year_be.setValue(year + BE_OFFSET)
        for widget in (self.month, self.year_be):
            widget.blockSignals(False)


class BuddhistDateEdit(QWidget):
    """Type `31/01/2563`, `๓๑/๐๑/๒๕๖๓` or `31 ม.ค. 63`; the field always shows `dd/mm/พ.ศ.` of `date()`."""

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("วว/ดด/ปปปป")
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.popup = BuddhistCalendarPopup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self._date: dt.date | None = None
        self._valid = True
        self.edit.editingFinished.connect(self.commit_text)
        self.button.clicked.connect(self.open_popup)
        self.popup.picked.connect(self._picked)
        self.retranslate()

    def date(self) -> dt.date | None:
        return self._date

    def is_valid(self) -> bool:
        """False while the text cannot be read as a date (the value keeps the last good date)."""
        return self._valid

    def setDate(self, day: dt.date | None) -> None:
        changed = day != self._date
        self._date = day
        self.edit.setText(format_be_short(day) if day else "")
        self._set_valid(True)
        if changed:
            self.dateChanged.emit(day)

    def commit_text(self) -> None:
        """Parse what was typed; the displayed text is rewritten from the value, never shifted again."""
        text = self.edit.text().strip()
        if not text:
            self.setDate(None)
            return
        parsed = parse_thai_date(text)
        if parsed is None:
            self._set_valid(False)
            return
        self.setDate(parsed.date)

    def open_popup(self) -> None:
        self.commit_text()
        self.popup.show_date(self._date or dt.date.today())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def retranslate(self) -> None:
        self.button.setToolTip(tr("Choose from the calendar (Buddhist Era years)"))
        self.edit.setToolTip(tr("Date in the Buddhist Era, e.g. 31/01/2563"))
        self.popup.set_language(current_language())

    def _picked(self, day: dt.date) -> None:
        self.popup.hide()
        self.setDate(day)

    def _set_valid(self, valid: bool) -> None:
        self._valid = valid
        self.edit.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }")
        self.edit.setToolTip(tr("Date in the Buddhist Era, e.g. 31/01/2563") if valid
                             else tr("Not a date: type day/month/Buddhist year, e.g. 31/01/2563"))
