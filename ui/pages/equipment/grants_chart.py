"""Grant spending drawn with QPainter: a spent/committed bar against the amount, and bars per spending category."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vocdesk.domain.grants import format_baht

EDGE = QColor("#6b7785")
TRACK = QColor("#e6eaef")
SPENT = QColor("#3c7dbf")
OVER = QColor("#d9534f")
BARS = (QColor("#3c7dbf"), QColor("#e08a1e"), QColor("#3c8d5a"), QColor("#8a5cb8"), QColor("#b8864f"))


class SpendingBar(QWidget):
    """Committed against the grant's available money (amount + adjustments), with the remaining balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = 0
        self.committed = 0
        self.caption = ""
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, available: int, committed: int, caption: str) -> None:
        self.available, self.committed, self.caption = available, committed, caption
        self.update()

    def fraction(self) -> float:
        return min(1.0, self.committed / self.available) if self.available > 0 else 0.0

    def sizeHint(self) -> QSize:
        return QSize(300, 30)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        track = QRectF(0.5, 3.5, self.width() - 1, self.height() - 7)
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(TRACK)
        painter.drawRect(track)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OVER if self.committed > self.available else SPENT)
        painter.drawRect(QRectF(track.left(), track.top(), track.width() * self.fraction(), track.height()))
        painter.setPen(self.palette().text().color() if self.fraction() < 0.55 else QColor("white"))
        painter.drawText(track.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.caption)
        painter.end()


class CategoryChart(QWidget):
    """Horizontal bars: one per spending category (label, satang), scaled to the largest."""

    ROW = 28
    LABEL_WIDTH = 190

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 10 + self.ROW * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        top = 5
        peak = max([1] + [amount for _label, amount in self.bars])
        left = self.LABEL_WIDTH + 8
        value_width = metrics.horizontalAdvance("9,999,999.99") + 12
        span = max(10, self.width() - left - value_width)
        for index, (label, amount) in enumerate(self.bars):
            y = top + index * self.ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(4, y, self.LABEL_WIDTH, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH - 4))
            width = span * amount / peak
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BARS[index % len(BARS)])
            painter.drawRect(QRectF(left, y + 6, width, self.ROW - 12))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(left + width + 6, y, value_width, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             format_baht(amount))
        painter.end()
