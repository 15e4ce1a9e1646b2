"""A toolbar that wraps its controls onto another line when the window is too narrow, instead of clipping them."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Lays items out left to right at their preferred widths and starts a new row when the next one does not fit.

    A drop-in for a QHBoxLayout toolbar: widgets added with a stretch (a search field) share the room left in their
    row. The minimum width is the widest item's, so a narrow window never grows to make room for a long toolbar.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[QWidget] = set()
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """As QHBoxLayout's: a `stretch` above 0 lets the widget take the room left in its row."""
        self.insertWidget(len(self._items), widget, stretch)

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.insert(index, item)
        if stretch > 0:
            self._stretch.add(widget)
        self.invalidate()

    def addStretch(self, _stretch: int = 0) -> None:
        """Accepted for QHBoxLayout compatibility: a wrapping row has no fixed end to push controls to."""

    def rows(self) -> int:
        """How many lines the controls take at the layout's current width."""
        return len([row for row in self._rows(max(self.contentsRect().width(), 1)) if row])

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        hints = [item.sizeHint() for item in self._visible()]
        width = sum(h.width() for h in hints) + self.spacing() * max(len(hints) - 1, 0)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._visible():
            wanted = min(max(item.sizeHint().width(), item.minimumSize().width()), width)
            if rows[-1] and used + self.spacing() + wanted > width:
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + wanted
            rows[-1].append((item, wanted))
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for row in self._rows(max(area.width(), 1)):
            if not row:
                continue
            spare = area.width() - sum(w for _i, w in row) - self.spacing() * (len(row) - 1)
            growing = [item for item, _w in row if item.widget() in self._stretch]
            height = max(item.sizeHint().height() for item, _w in row)
            x = area.x()
            for item, wanted in row:
                if item in growing and spare > 0:
                    wanted += spare // len(growing)
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                           QSize(wanted, item.sizeHint().height())))
                x += wanted + self.spacing()
            y += height + self.spacing()
        return max(y - self.spacing() - area.y(), 0) + margins.top() + margins.bottom()
