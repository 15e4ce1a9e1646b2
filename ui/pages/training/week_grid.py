"""A painted week of one facility: seven day columns, hour rows, lessons, bookings and requests as coloured blocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.i18n import wrappable
from ui.pages.training.common import be_date, day_name, span
from vocdesk.services.training.views import FacilityWeek, WeekItem

COLOURS = {"lesson": QColor("#c9d8ef"), "booking": QColor("#bfe3c4"), "requested": QColor("#f6dca4")}
EDGES = {"lesson": QColor("#4a6fa5"), "booking": QColor("#2f7d3a"), "requested": QColor("#b07a10")}
CLOSED = QColor("#e4e4e4")
FIRST_HOUR, LAST_HOUR = 7, 22
TIME_COLUMN, HEADER, FOOTER = 52, 40, 10


@dataclass(frozen=True)
class WeekLabels:
    """The texts the grid wraps: one per block, in the week's order, and each closed day's name."""

    blocks: tuple[str, ...]
    closed: dict[dt.date, str]


def week_labels(week: FacilityWeek) -> WeekLabels:
    """The wrapped texts with word-break hints where Qt cannot find Thai words itself (Windows, where the first call
    loads the segmenter: call it on the worker). Course titles and holiday names are data, not translations, so
    they carry no hints of their own."""
    return WeekLabels(tuple(wrappable(f"{span(item.start, item.end)} {item.title}") for item in week.items),
                      {day: wrappable(name) for day, name in week.blocked.items()})


def labelled(week: FacilityWeek) -> tuple[FacilityWeek, WeekLabels]:
    """The week with its labels, for a worker's answer."""
    return week, week_labels(week)


class WeekGrid(QWidget):
    """Draws `FacilityWeek`; a block shows its time and title, the tooltip everything about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: FacilityWeek | None = None
        self.labels = WeekLabels((), {})
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(640, 420))

    def set_week(self, week: FacilityWeek, labels: WeekLabels | None = None) -> None:
        self.week = week
        self.labels = labels if labels is not None else week_labels(week)
        self.update()

    def day_of(self, index: int) -> dt.date:
        assert self.week is not None
        return self.week.monday + dt.timedelta(days=index)

    def header_text(self, index: int) -> str:
        return f"{day_name(self.day_of(index))}\n{be_date(self.day_of(index))}"

    def column_width(self) -> float:
        return (self.width() - TIME_COLUMN - 1) / 7

    def y_of(self, minutes: int) -> float:
        per_minute = (self.height() - HEADER - FOOTER) / ((LAST_HOUR - FIRST_HOUR) * 60)
        clipped = min(max(minutes, FIRST_HOUR * 60), LAST_HOUR * 60)
        return HEADER + (clipped - FIRST_HOUR * 60) * per_minute

    def rect_for(self, item: WeekItem) -> QRectF:
        assert self.week is not None
        index = (item.day - self.week.monday).days
        left = TIME_COLUMN + index * self.column_width()
        top, bottom = self.y_of(item.start), self.y_of(item.end)
        return QRectF(left + 2, top + 1, self.column_width() - 4, max(bottom - top - 2, 4))

    def item_at(self, x: float, y: float) -> WeekItem | None:
        if self.week is None:
            return None
        return next((i for i in self.week.items if self.rect_for(i).contains(x, y)), None)

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            item = self.item_at(event.pos().x(), event.pos().y())
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{span(item.start, item.end)} {item.title}\n{item.detail}", self)
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.week is None:
            return
        width, grid = self.column_width(), QColor("#d0d0d0")
        small = painter.font()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        for index in range(7):
            left = TIME_COLUMN + index * width
            closed = self.week.blocked.get(self.day_of(index))
            if closed is not None:
                painter.fillRect(QRectF(left, HEADER, width, self.height() - HEADER), CLOSED)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(left, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter),
                             self.header_text(index))
        painter.setFont(small)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self.y_of(hour * 60)
            painter.setPen(grid)
            painter.drawLine(TIME_COLUMN, int(y), self.width(), int(y))
            painter.setPen(QColor("#606060"))
            painter.drawText(QRectF(0, y - 8, TIME_COLUMN - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{hour:02d}:00")
        painter.setPen(grid)
        for index in range(8):
            x = int(TIME_COLUMN + index * width)
            painter.drawLine(x, 0, x, self.height())
        painter.setPen(QColor("#707070"))
        for index in range(7):  # the holiday's or closure's name over the grid lines
            closed = self.labels.closed.get(self.day_of(index))
            if closed is not None:
                text_box = QRectF(TIME_COLUMN + index * width + 4, HEADER + 6, width - 8, self.height() - HEADER - 12)
                painter.fillRect(painter.boundingRect(text_box, int(Qt.AlignmentFlag.AlignHCenter
                                                                    | Qt.TextFlag.TextWordWrap), closed), CLOSED)
                painter.drawText(text_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), closed)
        for item, label in zip(self.week.items, self.labels.blocks, strict=True):
            rect = self.rect_for(item)
            painter.setBrush(QBrush(COLOURS[item.kind]))
            painter.setPen(QPen(EDGES[item.kind], 1))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#202020"))
            painter.drawText(rect.adjusted(3, 1, -3, -1),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             label)
        painter.end()
