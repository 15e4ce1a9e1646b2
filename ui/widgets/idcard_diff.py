"""Field-by-field choice between the register and the ID card: one checkbox per differing field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import tr, wrappable
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.thai_ids import format_national_id
from vocdesk.io.idcard import IdCardData


def field_labels() -> dict[str, str]:
    return {
        "national_id": tr("National ID"), "prefix": tr("Prefix"), "first_name_th": tr("First name (Thai)"),
        "last_name_th": tr("Last name (Thai)"), "first_name_en": tr("First name (English)"),
        "last_name_en": tr("Last name (English)"), "gender": tr("Gender"), "birth_date": tr("Date of birth"),
        "address": tr("Address"), "province": tr("Province"),
    }


def shown(name: str, value: object) -> str:
    """A value as the registrar reads it: พ.ศ. dates, grouped IDs, Thai gender words, a dash for nothing."""
    if value in (None, ""):
        return "—"
    if isinstance(value, dt.date):
        return format_be_short(value)
    if name == "national_id":
        return format_national_id(str(value))
    if name == "gender":
        return {"male": tr("Male"), "female": tr("Female")}.get(str(value), str(value))
    return str(value)


class IdCardDiffDialog(QDialog):
    """Rows only for the fields of `current` whose card value differs; every row starts ticked."""

    def __init__(self, current: dict[str, object], card: IdCardData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Differences from the ID card"))
        labels = field_labels()
        card_values = card.form_fields()
        self.differences = {name: value for name, value in card_values.items()
                            if name in current and name in labels and value not in (None, "")
                            and value != current[name]}
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(wrappable(tr("The card differs from the register in these fields. Tick the ones to take "
                                    "from the card; the others keep the register's value.")), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate((tr("Field"), tr("In the register"), tr("On the card"), tr("Use card"))):
            header = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(header, 0, column)
        for row, (name, value) in enumerate(self.differences.items(), 1):
            grid.addWidget(QLabel(labels[name], self), row, 0)
            for column, text in ((1, shown(name, current[name])), (2, shown(name, value))):
                label = QLabel(text, self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(name == "address")
                grid.addWidget(label, row, column)
            check = QCheckBox(self)
            check.setChecked(True)
            check.setAccessibleName(tr("Use the card's {field}").format(field=labels[name]))
            self.checks[name] = check
            grid.addWidget(check, row, 3, Qt.AlignmentFlag.AlignCenter)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        if not self.differences:
            layout.addWidget(QLabel(tr("The card matches the register."), self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Use ticked fields"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def accepted_fields(self) -> dict[str, object]:
        """{field: card value} for the ticked rows (the values in the register's own types: ISO dates, ASCII IDs)."""
        return {name: self.differences[name] for name, check in self.checks.items() if check.isChecked()}


def diff_dialog(current: dict[str, object], card: IdCardData, parent: QWidget | None = None) -> dict[str, object]:
    """Ask which card values replace the register's; {} when cancelled or when nothing differs."""
    dialog = IdCardDiffDialog(current, card, parent)
    if not dialog.differences:
        return {}
    return dialog.accepted_fields() if dialog.exec() == QDialog.DialogCode.Accepted else {}
