"""The intake row: every field of one job in typing order, Enter to the next field, Enter on the last saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from ui.i18n import tr
from ui.widgets.national_id_edit import NationalIdEdit
from vocdesk.domain.community import all_categories
from vocdesk.services.community.jobs import JobInput

TEXT_FIELDS = ("owner_name", "owner_phone", "owner_address", "brand", "model", "age", "problem")


class IntakeForm(QWidget):
    """`submitted(JobInput)` when Enter is pressed on the last field with the required ones filled."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.texts["age"].setValidator(QIntValidator(0, 100, self))
        self.texts["age"].setFixedWidth(70)  # up to three digits
        self.national_id = NationalIdEdit(self)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in sorted(all_categories(), key=lambda c: (c.code.startswith("ords:"), c.name)):
            shown = item.name if item.ords_name is None or not item.code.startswith("ords:") else \
                f"{item.name} · {item.ords_name}"
            self.category.addItem(shown, item.code)
        completer = self.category.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCurrentIndex(-1)
        self.terms = QCheckBox(self)
        self.labels: dict[str, QLabel] = {}
        self.order: list[QWidget] = [self.texts["owner_name"], self.texts["owner_phone"], self.national_id.edit,
                                     self.texts["owner_address"], self.category, self.texts["brand"],
                                     self.texts["model"], self.texts["age"], self.texts["problem"], self.terms]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: tuple[tuple[str, QWidget, int, int, int], ...] = (
                 ("owner_name", self.texts["owner_name"], 0, 0, 2), ("owner_phone", self.texts["owner_phone"], 0, 2, 1),
                 ("national_id", self.national_id, 0, 3, 2), ("owner_address", self.texts["owner_address"], 1, 0, 5),
                 ("category", self.category, 2, 0, 2), ("brand", self.texts["brand"], 2, 2, 1),
                 ("model", self.texts["model"], 2, 3, 1), ("age", self.texts["age"], 2, 4, 1),
                 ("problem", self.texts["problem"], 3, 0, 5), ("terms", self.terms, 4, 0, 5))
        for name, widget, row, column, span in cells:
            label = QLabel(self)
            self.labels[name] = label
            label.setBuddy(widget if widget is not self.national_id else self.national_id.edit)
            if widget is not self.terms:  # the check box carries its own text
                grid.addWidget(label, row * 2, column, 1, span)
            grid.addWidget(widget, row * 2 + 1, column, 1, span)
        for column, stretch in enumerate((3, 2, 2, 2, 1)):
            grid.setColumnStretch(column, stretch)
        for widget in self.order:
            widget.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in (("owner_name", tr("Owner's name")), ("owner_phone", tr("Phone")),
                           ("national_id", tr("National ID (optional)")),
                           ("owner_address", tr("Address or village")), ("category", tr("Item brought in")),
                           ("brand", tr("Brand")), ("model", tr("Model")), ("age", tr("Age (years)")),
                           ("problem", tr("Problem as the owner tells it"))):
            self.labels[name].setText(text)
        self.labels["terms"].setText("")
        self.terms.setText(tr("The owner accepts the terms: repaired as is, at the owner's risk, parts at cost"))
        self.national_id.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in self.order:
            if watched is self.category:
                self._settle_category()
            index = self.order.index(watched)
            if index == len(self.order) - 1:
                self.submit()
            else:
                self.order[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _settle_category(self) -> None:
        """A typed name picks the item it names, or the first the completer offers."""
        typed = self.category.currentText().strip()
        found = self.category.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found < 0 and typed:
            found = self.category.findText(typed, Qt.MatchFlag.MatchContains)
        if found >= 0:
            self.category.setCurrentIndex(found)

    def category_code(self) -> str:
        """The picked item's code; a name that matches none is sent as typed (the service names the problem)."""
        self._settle_category()
        index = self.category.currentIndex()
        if index >= 0 and self.category.itemText(index) == self.category.currentText():
            return str(self.category.itemData(index))
        return self.category.currentText().strip()

    def job(self, point: str, day: dt.date) -> JobInput:
        age = self.texts["age"].text().strip()
        return JobInput(point, day, self.texts["owner_name"].text(), self.category_code(), self.texts["problem"].text(),
                        self.texts["owner_phone"].text(), self.national_id.digits(), self.national_id.override_reason(),
                        self.texts["owner_address"].text(), self.texts["brand"].text(), self.texts["model"].text(),
                        int(age) if age else None, self.terms.isChecked())

    def submit(self) -> None:
        self.submitted.emit(None)

    def clear(self) -> None:
        for edit in self.texts.values():
            edit.clear()
        self.national_id.set_digits("")
        self.category.setCurrentIndex(-1)
        self.terms.setChecked(False)
        self.texts["owner_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.texts.values()) and not self.national_id.digits()

    def restore(self, data: JobInput) -> None:
        """Put a job that could not be saved back into the row, to be corrected."""
        for name, value in (("owner_name", data.owner_name), ("owner_phone", data.owner_phone),
                            ("owner_address", data.owner_address), ("brand", data.brand), ("model", data.model),
                            ("age", "" if data.age_years is None else str(data.age_years)),
                            ("problem", data.problem)):
            self.texts[name].setText(value)
        self.national_id.set_digits(data.owner_national_id)
        if data.owner_id_reason:
            self.national_id.set_override_reason(data.owner_id_reason)
        self.category.setCurrentIndex(self.category.findData(data.category))
        if self.category.currentIndex() < 0:
            self.category.setEditText(data.category)
        self.terms.setChecked(data.terms_acknowledged)
