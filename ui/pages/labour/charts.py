"""Charts drawn with QPainter (the slim Qt has no QtCharts): diverging gap bars, a score heat map, a trend line."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GAP = QColor("#c0392b")
SURPLUS = QColor("#3c7dbf")
AXIS = QColor("#6b7785")
HEAT = (QColor("#e8f1fa"), QColor("#a9cce3"), QColor("#f5b041"), QColor("#c0392b"))
"""Score 0 … 3: light (no pressure) to red (strong demand)."""


class DivergingBars(QWidget):
    """One bar per programme around zero: right (red) where openings exceed graduates, left (blue) a surplus, in %."""

    ROW = 24
    LABEL = 210

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[tuple[str, float | None]]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 12 + self.ROW * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        left = self.LABEL + 8
        span = max(20.0, self.width() - left - 8)
        middle = left + span / 2
        peak = max([100.0] + [abs(v) for _l, v in self.bars if v is not None])
        text = self.palette().text().color()
        for index, (name, value) in enumerate(self.bars):
            y = 6 + index * self.ROW
            painter.setPen(text)
            painter.drawText(QRectF(4, y, self.LABEL, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.LABEL - 4))
            if value is None:
                painter.drawText(QRectF(middle + 4, y, span / 2, self.ROW), Qt.AlignmentFlag.AlignVCenter, "—")
                continue
            width = (span / 2 - 40) * abs(value) / peak
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GAP if value > 0 else SURPLUS)
            x = middle if value > 0 else middle - width
            painter.drawRect(QRectF(x, y + 5, width, self.ROW - 10))
            painter.setPen(text)
            caption = f"{value:+.0f}%"
            if value > 0:
                painter.drawText(QRectF(middle + width + 3, y, 44, self.ROW), Qt.AlignmentFlag.AlignVCenter, caption)
            else:
                painter.drawText(QRectF(middle - width - 47, y, 44, self.ROW),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, caption)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(QPointF(middle, 2), QPointF(middle, self.height() - 2))
        painter.end()


class HeatMap(QWidget):
    """Programmes × indicators, each cell its 0–3 score coloured, blank where the indicator has no figure."""

    ROW = 24
    LABEL = 210
    CELL = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[tuple[str, list[int | None]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, columns: Sequence[str], rows: Sequence[tuple[str, list[int | None]]]) -> None:
        self.columns, self.rows = list(columns), list(rows)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.LABEL + self.CELL * max(1, len(self.columns)), 8 + self.ROW * (1 + max(1, len(self.rows))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        text = self.palette().text().color()
        cell = min(self.CELL, max(40, (self.width() - self.LABEL - 8) // max(1, len(self.columns))))
        painter.setPen(text)
        for c, name in enumerate(self.columns):
            painter.drawText(QRectF(self.LABEL + c * cell, 2, cell, self.ROW), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell - 4))
        for r, (name, scores) in enumerate(self.rows):
            y = 4 + (r + 1) * self.ROW
            painter.setPen(text)
            painter.drawText(QRectF(4, y, self.LABEL - 6, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.LABEL - 8))
            for c, score in enumerate(scores):
                box = QRectF(self.LABEL + c * cell + 1, y + 1, cell - 2, self.ROW - 2)
                painter.setPen(QPen(AXIS, 0.5))
                painter.setBrush(HEAT[score] if score is not None else QColor("white"))
                painter.drawRect(box)
                painter.setPen(QColor("white") if score == 3 else text)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "—" if score is None else str(score))
        painter.end()


class TrendLine(QWidget):
    """One line of values over the years (gaps where a year has no figure), with the first and last value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[int] = []
        self.values: list[float | None] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_series(self, years: Sequence[int], values: Sequence[float | None]) -> None:
        self.years, self.values = list(years), list(values)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 130)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        area = QRectF(24, 24, max(10, self.width() - 48), max(10, self.height() - 48))
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        known = [v for v in self.values if v is not None]
        peak = max([*known, 1.0])
        step = area.width() / max(1, len(self.years) - 1)
        points = [None if v is None else QPointF(area.left() + i * step, area.bottom() - area.height() * v / peak)
                  for i, v in enumerate(self.values)]
        painter.setPen(text)
        for i, year in enumerate(self.years):
            painter.drawText(QRectF(area.left() + i * step - 30, area.bottom() + 4, 60, 18),
                             Qt.AlignmentFlag.AlignCenter, str(year))
        for point, value in zip(points, self.values, strict=True):
            if point is not None and value is not None:
                painter.drawText(QRectF(point.x() - 40, point.y() - 20, 80, 16), Qt.AlignmentFlag.AlignCenter,
                                 f"{value:,.0f}")
        painter.setPen(QPen(GAP, 2))
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        painter.setBrush(GAP)
        for point in points:
            if point is not None:
                painter.drawEllipse(point, 3, 3)
        painter.end()
