"""What a user would see clipped on a small screen: buttons, labels and fields too narrow for their text, or cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

SIZES = ((1280, 720), (1100, 650))
FIELD_CHARS = 12
"""A text field narrower than this many average characters cannot show what is typed into it."""


def _text(widget: QWidget) -> str:
    return widget.text().replace("\u200b", "").replace("&&", "\0").replace("&", "").replace("\0", "&")  # type: ignore[attr-defined]


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of the widget that its ancestors up to `top` leave on screen."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        rect = rect.intersected(QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(top.rect())


def _name(widget: QWidget) -> str:
    text = widget.currentText() if isinstance(widget, QComboBox) else _text(widget) if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {text!r}" if text else f"{type(widget).__name__} {widget.objectName()!r}"


def clipped(top: QWidget) -> list[str]:
    """Every visible control in `top` whose text does not fit it, or that is cut off by the window's edge."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top.window():
            continue
        if isinstance(widget, QAbstractButton | QLabel | QLineEdit | QComboBox):
            whole = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
            if not _in_scroll_area(widget, top) and _visible_rect(widget, top) != whole:
                problems.append(f"{_name(widget)} is cut off ({whole.width()}×{whole.height()} at "
                                f"{whole.x()},{whole.y()} in {top.width()}×{top.height()})")
                continue
        need = 0
        if isinstance(widget, QPushButton | QToolButton) and _text(widget):
            style = widget.toolButtonStyle() if isinstance(widget, QToolButton) else None
            if style is None or style.name != "ToolButtonIconOnly":
                need = widget.fontMetrics().horizontalAdvance(_text(widget)) + 8
                if not widget.icon().isNull():
                    need += widget.iconSize().width() + 4
                if isinstance(widget, QPushButton) and widget.menu() is not None:
                    need += 12
        elif isinstance(widget, QCheckBox | QRadioButton) and _text(widget):
            need = widget.fontMetrics().horizontalAdvance(_text(widget)) + 20
        elif isinstance(widget, QLabel) and not widget.wordWrap() and _text(widget) and widget.pixmap().isNull():
            if "\n" not in _text(widget) and "<" not in _text(widget):
                need = widget.fontMetrics().horizontalAdvance(_text(widget)) + widget.margin() * 2
        elif isinstance(widget, QComboBox) and widget.currentText():
            need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 28
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly() \
                and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            sized_for_its_content = widget.minimumWidth() == widget.maximumWidth()  # e.g. the national ID field
            need = 0 if sized_for_its_content else widget.fontMetrics().averageCharWidth() * FIELD_CHARS
            shown = widget.text() or widget.placeholderText()
            if shown:
                need = max(need, widget.fontMetrics().horizontalAdvance(shown) + 12)
        if need and widget.width() < need:
            problems.append(f"{_name(widget)} is {widget.width()} px wide, needs {need}")
    return problems
