"""A search field that waits until typing pauses before it asks for results."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250
MAX_HINT_WIDTH = 360


class SearchBar(QLineEdit):
    """Emits `search_changed(text)` once typing has paused for `delay_ms`, or at once on Enter."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def sizeHint(self) -> QSize:
        """Wide enough for its hint ("search by name…") up to a third of a small screen, so wrapping toolbars keep it
        readable instead of squeezing it to a few characters."""
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48  # frame and clear button
        return QSize(max(hint.width(), min(wanted, MAX_HINT_WIDTH)), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 14, super().minimumSizeHint().height())

    def flush(self) -> None:
        """Emit now if the text differs from the last emitted search."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def pending(self) -> bool:
        return self._timer.isActive()
