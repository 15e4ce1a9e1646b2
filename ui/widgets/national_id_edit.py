"""Thai national-ID field: formats #-####-#####-##-# while typing, accepts Thai digits, shows the checksum state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QToolButton, QWidget

from ui.i18n import tr
from vocdesk.domain.thai_ids import is_valid_national_id, to_ascii_digits

GROUPS = (1, 4, 5, 2, 1)



def group_digits(digits: str) -> str:
    """`1103700012345` → `1-1037-00012-34-5`; shorter input is grouped as far as it goes."""
    parts, start = [], 0
    for size in GROUPS:
        if start >= len(digits):
            break
        parts.append(digits[start:start + size])
        start += size
    return "-".join(parts)


class NationalIdEdit(QWidget):
    """`digits()` are ASCII; `is_acceptable()` needs a correct checksum or an override with a reason."""

    state_changed = Signal(str)
    """"empty", "incomplete", "valid", "checksum_failed" or "overridden"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("#-####-#####-##-#")
        self.edit.setMaxLength(17)
        self.state_label = QLabel(self)
        self.override_button = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A fixed-width field: the state text beside it changes while typing, the field must not jump.
        metrics = self.edit.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in ("0-0000-00000-00-0", self.edit.placeholderText()))
        self.edit.setFixedWidth(widest + 24)  # the hint "#-####-…" is wider than the digits in most fonts
        layout.addWidget(self.edit)
        layout.addWidget(self.state_label)
        layout.addWidget(self.override_button)
        layout.addStretch(1)
        self._reason = ""
        self.ask_reason: Callable[[], str | None] = self._ask_reason
        self.edit.textEdited.connect(self._reformat)
        self.override_button.clicked.connect(self._override)
        self.retranslate()
        self._show_state()

    def digits(self) -> str:
        return "".join(ch for ch in self.edit.text() if ch.isascii() and ch.isdigit())

    def set_digits(self, value: str) -> None:
        self._reason = ""
        self.edit.setText(group_digits(self._clean(value)))
        self._show_state()

    def override_reason(self) -> str:
        return self._reason

    def state(self) -> str:
        digits = self.digits()
        if not digits:
            return "empty"
        if len(digits) < 13:
            return "incomplete"
        if is_valid_national_id(digits):
            return "valid"
        return "overridden" if self._reason else "checksum_failed"

    def is_acceptable(self) -> bool:
        return self.state() in ("valid", "overridden")

    def set_override_reason(self, reason: str) -> None:
        """Accept a number whose check digit fails (e.g. a foreign learner's number); the reason is kept."""
        self._reason = reason.strip()
        self._show_state()

    def retranslate(self) -> None:
        self.override_button.setText(tr("Use anyway…"))
        self.override_button.setToolTip(tr("Keep this number although its check digit does not match, with a reason"))
        self._show_state()

    def _clean(self, text: str) -> str:
        return "".join(ch for ch in to_ascii_digits(text) if ch.isascii() and ch.isdigit())[:13]

    def _reformat(self, text: str) -> None:
        cursor = self.edit.cursorPosition()
        digits_before = len(self._clean(text[:cursor]))
        digits = self._clean(text)
        formatted = group_digits(digits)
        self.edit.setText(formatted)
        position, seen = 0, 0
        while position < len(formatted) and seen < digits_before:
            if formatted[position].isdigit():
                seen += 1
            position += 1
        self.edit.setCursorPosition(position)
        self._reason = ""
        self._show_state()

    def _show_state(self) -> None:
        state = self.state()
        texts = {
            "empty": "",
            "incomplete": tr("{n}/13 digits").format(n=len(self.digits())),
            "valid": tr("✓ check digit correct"),
            "checksum_failed": tr("⚠ check digit does not match"),
            "overridden": tr("⚠ kept by override: {reason}").format(reason=self._reason),
        }
        self.state_label.setText(texts[state])
        colour = {"valid": "#1b7f3a", "checksum_failed": "#b35c00", "overridden": "#b35c00"}.get(state, "#666")
        self.state_label.setStyleSheet(f"color: {colour}")
        self.override_button.setVisible(state == "checksum_failed")
        self.state_changed.emit(state)

    def _override(self) -> None:
        reason = self.ask_reason()
        if reason and reason.strip():
            self.set_override_reason(reason)

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, tr("Keep this number"),
                                        tr("Why is this number right although its check digit fails?"))
        return text if ok else None
