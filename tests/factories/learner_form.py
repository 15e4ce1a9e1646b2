"""Driving the learner form in UI tests: typing as a keyboard would, opening a new form, reading a card into it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.context import UiEnv
from ui.pages.learners.form import LearnerForm
from ui.pages.learners.panel import LearnerPanel


def type_text(widget: QWidget, text: str) -> None:
    """Type character by character as a keyboard would (Thai included)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def open_new_form(qtbot: QtBot, env: UiEnv) -> LearnerForm:
    panel = LearnerPanel(env)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.form_buttons.opened, timeout=10_000) as opened:
        panel.form_buttons.add_button.click()
    form = opened.args[0]
    assert isinstance(form, LearnerForm)
    qtbot.waitUntil(lambda: form.card.learner_button.isEnabled(), timeout=10_000)
    return form


def read(qtbot: QtBot, env: UiEnv, button: object) -> None:
    """Click a card button and wait until the read and everything it started are done."""
    with qtbot.waitSignal(button.card_read, timeout=10_000):  # type: ignore[attr-defined]
        button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=10_000)
