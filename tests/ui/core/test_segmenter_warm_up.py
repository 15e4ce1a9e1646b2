"""On Windows the Thai word segmenter is loaded on the worker after sign-in, not at the first hinted message."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.factories.ui import add_users, sign_in
from tests.ui.conftest import I18N
from ui.context import UiEnv
from ui.main_window import MainWindow
from ui.session import SessionController
from vocdesk.io.pdf import linebreak


def test_on_windows_signing_in_loads_the_segmenter_on_the_worker(
        env: UiEnv, window_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded_on: list[threading.Thread] = []
    real = linebreak._segmenter

    def recording() -> Callable[[str], list[str]]:
        loaded_on.append(threading.current_thread())
        return real()

    add_users(env)
    monkeypatch.setattr(linebreak, "_segmenter", recording)
    monkeypatch.setattr(sys, "platform", "win32")  # where Qt has no libthai
    window = MainWindow(None, window_settings, i18n_dir=I18N)
    qtbot.addWidget(window)
    session = SessionController(window, env)
    window.show()
    try:
        sign_in(qtbot, session, "somchai")
        qtbot.waitUntil(lambda: bool(loaded_on), timeout=10_000)
        assert loaded_on[0] is not threading.main_thread()
    finally:
        session.idle_timer.stop()
        session.backup_timer.stop()
