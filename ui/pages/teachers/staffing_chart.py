"""A horizontal bar chart of teachers needed against teachers in post per department, drawn with QPainter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import tr

NEED_FILL = QColor("#d9dee5")
NEED_EDGE = QColor("#6b7785")
SHORT = QColor("#d9534f")
ENOUGH = QColor("#3c8d5a")
TECHNICAL_MARK = QColor("#e08a1e")


@dataclass(frozen=True)
class Bar:
    """One department: its name, whether it is technical, teachers needed and in post."""

    label: str
    technical: bool
    need: int
    actual: int


class StaffingChart(QWidget):
    """Per department a pale bar for the need and a narrower bar for the actual (red when short)."""

    ROW = 30
    LABEL_WIDTH = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 40 + self.ROW * max(1, len(self.bars)) + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        self._legend(painter, metrics.height())
        top = 36
        scale_max = max([1] + [max(b.need, b.actual) for b in self.bars])
        plot_left, plot_right = self.LABEL_WIDTH + 10, width - 60
        per_unit = (plot_right - plot_left) / scale_max
        bold = QFont(painter.font())
        bold.setBold(True)
        regular = QFont(painter.font())
        for index, bar in enumerate(self.bars):
            y = top + index * self.ROW
            if bar.technical:
                painter.fillRect(QRectF(0, y + 4, 4, self.ROW - 8), TECHNICAL_MARK)
            painter.setFont(bold if bar.technical else regular)
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH - 12)
            painter.drawText(QRectF(10, y, self.LABEL_WIDTH - 10, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            painter.setFont(regular)
            painter.setPen(QPen(NEED_EDGE, 1))
            painter.setBrush(NEED_FILL)
            painter.drawRect(QRectF(plot_left, y + 4, bar.need * per_unit, self.ROW - 8))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SHORT if bar.actual < bar.need else ENOUGH)
            painter.drawRect(QRectF(plot_left, y + 10, bar.actual * per_unit, self.ROW - 20))
            painter.setPen(self.palette().text().color())
            end = plot_left + max(bar.need, bar.actual) * per_unit + 6
            painter.drawText(QRectF(end, y, 60, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             f"{bar.actual}/{bar.need}")
        painter.end()

    def _legend(self, painter: QPainter, height: int) -> None:
        x = 10
        items = ((NEED_FILL, tr("Teachers needed")), (ENOUGH, tr("In post, enough")),
                 (SHORT, tr("In post, short")), (TECHNICAL_MARK, tr("Technical")))
        for colour, text in items:
            painter.setPen(QPen(NEED_EDGE, 1) if colour == NEED_FILL else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, 10, 14, 14))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 20, 4, 200, 26), Qt.AlignmentFlag.AlignVCenter, text)
            x += 30 + painter.fontMetrics().horizontalAdvance(text)
