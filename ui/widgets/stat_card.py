"""A big number with a caption under it, for overview pages."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    """`number` shows the value in a large bold font; `caption` says what it counts."""

    def __init__(self, parent: QWidget | None = None, scale: float = 2.0) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("statCard")
        self.number = QLabel("–", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
