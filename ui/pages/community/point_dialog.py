"""Opening a service point: code, name, kind, place, dates and the per-item parts allowance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.community import DEFAULT_PARTS_ALLOWANCE_SATANG, POINT_KINDS
from vocdesk.services.community.points import PointInput, add_point


def kind_names() -> dict[str, str]:
    return {"fixit_centre": tr("Fix it Center (permanent)"), "flood_relief": tr("Flood relief point"),
            "road_safety": tr("Road-safety point (อาชีวะอาสา)"), "community_day": tr("Community day")}


class PointDialog(QDialog):
    """Saved through the worker; closes when the point exists."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(tr("New service point"))
        self.code, self.name, self.place, self.province = (QLineEdit(self) for _ in range(4))
        self.code.setMaxLength(20)
        self.kind = QComboBox(self)
        for code in POINT_KINDS:
            self.kind.addItem(kind_names()[code], code)
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.start.setDate(env.context.today())
        self.allowance = QDoubleSpinBox(self)
        self.allowance.setRange(0, 100_000)
        self.allowance.setDecimals(2)
        self.allowance.setSuffix(" ฿")
        self.allowance.setValue(DEFAULT_PARTS_ALLOWANCE_SATANG / 100)
        form = QFormLayout()
        for label, widget in ((tr("Code (printed in job numbers)"), self.code), (tr("Name"), self.name),
                              (tr("Kind"), self.kind), (tr("Place"), self.place), (tr("Province"), self.province),
                              (tr("Opens on"), self.start), (tr("Closes on (empty: permanent)"), self.end),
                              (tr("Parts allowance per item"), self.allowance)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def point(self) -> PointInput:
        start = self.start.date() or self.env.context.today()
        return PointInput(self.code.text(), self.name.text(), str(self.kind.currentData()), start, self.end.date(),
                          self.place.text(), self.province.text(),
                          parts_allowance_satang=round(self.allowance.value() * 100))

    def save(self) -> None:
        data = self.point()
        self.env.runner.action(lambda uow: add_point(uow, data), on_done=lambda _row: self.accept(),
                               on_error=lambda error: show_error(self, error), initiator=self)
