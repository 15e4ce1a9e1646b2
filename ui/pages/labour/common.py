"""Shared pieces of the labour pages: read-only tables, number formats and the labels of measures and statuses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ui.i18n import pick

MEASURES = {"employed": ("ผู้มีงานทำ", "Employed"), "unemployed": ("ผู้ว่างงาน", "Unemployed"),
            "vacancies": ("ตำแหน่งงานว่าง", "Vacancies"), "job_seekers": ("ผู้สมัครงาน", "Job seekers"),
            "placements": ("การบรรจุงาน", "Placements"), "projected_demand": ("ความต้องการแรงงาน", "Projected demand"),
            "labour_force": ("กำลังแรงงาน", "Labour force")}
STATUS_COLOURS = {"shortage": "#c0392b", "watch": "#e0a100", "no_shortage": "#2e8b57", "unknown": "#8a949e"}
STATUS_LABELS = {"shortage": ("ขาดแคลน", "Shortage"), "watch": ("เฝ้าระวัง", "Watch"),
                 "no_shortage": ("ไม่ขาดแคลน", "No shortage"), "unknown": ("ไม่มีข้อมูล", "No data")}
LEVELS = {"pvc": ("ปวช.", "Cert."), "pvs": ("ปวส.", "Higher cert."), "btech": ("ทล.บ.", "B.Tech"), "": ("", "")}


def label(table: dict[str, tuple[str, str]], key: str) -> str:
    return pick(*table.get(key, (key, key)))


def number(value: float | None, places: int = 0) -> str:
    return "—" if value is None else f"{value:,.{places}f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def read_only_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]],
               right: Sequence[int] = ()) -> None:
    """Replace the table's contents keeping the selected row; columns in `right` are right-aligned (numbers)."""
    current = table.currentRow()
    table.setRowCount(0)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if 0 <= current < len(rows):
        table.selectRow(current)

