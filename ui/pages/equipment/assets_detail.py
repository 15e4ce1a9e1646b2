"""The selected item's tabs on the Assets page: register record, loans (check-out/in), maintenance, depreciation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.i18n import pick, tr
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.equipment.asset_listing import AssetHistory

CONDITIONS = (("good", "ดี", "Good"), ("fair", "พอใช้", "Fair"), ("damaged", "ชำรุด", "Damaged"),
              ("in_repair", "ส่งซ่อม", "In repair"), ("unusable", "ใช้การไม่ได้", "Unusable"))
MAINTENANCE = {"repair": ("ซ่อม", "Repair"), "service": ("บำรุงรักษา", "Service"),
               "inspection": ("ตรวจสภาพ", "Inspection")}
RECORD_FIELDS = (("code", "รหัสครุภัณฑ์", "Asset code"), ("name", "รายการ", "Name"),
                 ("category", "ประเภท", "Category"), ("model", "ยี่ห้อ/รุ่น", "Make/model"),
                 ("serial", "หมายเลขเครื่อง", "Serial no."), ("acquired", "วันที่ได้มา", "Acquired"),
                 ("cost", "ราคาทุน (บาท)", "Cost (baht)"), ("life", "อายุการใช้งาน", "Useful life"),
                 ("funding", "แหล่งเงิน", "Source of funds"), ("place", "สถานที่ตั้ง", "Place"),
                 ("custodian", "ผู้รับผิดชอบ", "Custodian"), ("condition", "สภาพ", "Condition"),
                 ("warranty", "สิ้นสุดประกัน", "Warranty until"), ("disposed", "จำหน่าย", "Disposed of"))


def condition_label(value: str) -> str:
    return next((pick(thai, english) for code, thai, english in CONDITIONS if code == value), value)


def _date(day: dt.date | None) -> str:
    return format_be_short(day) if day else "–"


class AssetDetailView(QTabWidget):
    """Four tabs filled from `asset_history`."""

    history_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = QWidget(self)
        self.form = QFormLayout(self.record)
        self.fields: dict[str, QLabel] = {}
        for key, _thai, _english in RECORD_FIELDS:
            label = QLabel("–", self.record)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            self.form.addRow(QLabel(self.record), label)
        self.loans = read_only_table(self)
        self.maintenance = read_only_table(self)
        self.depreciation = read_only_table(self)
        self.book_value = QLabel(self)
        depreciation_tab = QWidget(self)
        column = QVBoxLayout(depreciation_tab)
        column.addWidget(self.book_value)
        column.addWidget(self.depreciation, 1)
        for widget in (self.record, self.loans, self.maintenance, depreciation_tab):
            self.addTab(widget, "")
        self.history: AssetHistory | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate((tr("Record"), tr("Check-out/in"),
                                      tr("Maintenance"), tr("Depreciation"))):
            self.setTabText(index, text)
        for row, (_key, thai, english) in enumerate(RECORD_FIELDS):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(pick(thai, english))
        if self.history is not None:
            self.show_history(self.history)

    def show_history(self, history: AssetHistory) -> None:
        self.history = history
        values = dict(history.record)
        values["cost"] = format_baht(int(values["cost"]))
        values["acquired"] = _date(dt.date.fromisoformat(values["acquired"]))
        values["condition"] = condition_label(values["condition"])
        life = int(values["life"])
        values["life"] = tr("{years} years").format(years=life) if life else tr("not depreciated")
        if values["warranty"]:
            values["warranty"] = _date(dt.date.fromisoformat(values["warranty"]))
        for key, label in self.fields.items():
            label.setText(values.get(key) or "–")
        fill_table(self.loans, (tr("Out"), tr("Due"), tr("Returned"),
                                tr("Holder"), tr("Condition on return")),
                   [[_date(out), _date(due), _date(back) if back else tr("Still out"), holder,
                     condition_label(condition) if condition else "–"]
                    for out, due, back, holder, condition in history.loans])
        fill_table(self.maintenance, (tr("Date"), tr("Kind"), tr("Details"),
                                      tr("Cost"), tr("By"),
                                      tr("Condition after")),
                   [[_date(day), pick(*MAINTENANCE.get(kind, (kind, kind))), text, format_baht(cost), by,
                     condition_label(after) if after else "–"]
                    for day, kind, text, cost, by, after in history.maintenance])
        fill_table(self.depreciation, (tr("Fiscal year"), tr("Charge"),
                                       tr("Accumulated"), tr("Book value")),
                   [[str(year.fiscal_year), format_baht(year.charge), format_baht(year.accumulated),
                     format_baht(year.book_value)] for year in history.schedule])
        self.book_value.setText(tr("Book value today {value} baht (the table shows fiscal year ends)",
                                   "equipment assets detail").format(value=format_baht(history.book_value)))
        for table in (self.loans, self.maintenance, self.depreciation):
            table.resizeColumnsToContents()
        self.history_shown.emit()
