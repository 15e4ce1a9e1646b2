"""The window shows before the database opens: loading state, then data; a page that fails is reported."""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import visible
from ui import app as ui_app
from ui.main_window import MainWindow
from ui.pages.core.home_page import HomePage
from vocdesk.bootstrap import Opened, open_app
from vocdesk.paths import app_root


def window_args(tmp_path: Path) -> argparse.Namespace:
    return argparse.Namespace(home=str(tmp_path / "home"), db=f"sqlite:///{tmp_path / 'start.sqlite3'}",
                              lang="th", self_test=False)


def test_the_window_shows_while_the_database_is_still_opening(qtbot: QtBot, qapp: QApplication,
                                                              tmp_path: Path) -> None:
    entered, release = threading.Event(), threading.Event()
    opened_on: list[str] = []

    def slow_open(home: str | None, db_url: str | None) -> Opened:
        opened_on.append(threading.current_thread().name)
        entered.set()
        if not release.wait(30):
            raise TimeoutError("the test never let the database open")
        return open_app(home, db_url)

    gui = ui_app.build_shell(qapp, window_args(tmp_path))
    ready: list[bool] = []
    failures: list[BaseException] = []
    try:
        ui_app.start_when_painted(gui, lambda: ui_app.open_in_background(
            gui, window_args(tmp_path), on_ready=lambda: ready.append(True), on_failed=failures.append,
            opener=slow_open))
        with qtbot.waitSignal(gui.window.shell_painted, timeout=10_000):
            gui.window.show()
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        window = gui.window
        assert window.isVisible() and not window.attached
        assert window.stack.currentWidget() is window.loading and window.loading.isVisible()
        assert visible(window.loading.label.text()) == "กำลังเปิดฐานข้อมูล…"
        assert window.sidebar.count() == 0 and not window.settings_action.isEnabled()
        with qtbot.waitSignal(window.first_data_shown, timeout=30_000):
            release.set()
        assert ready == [True] and failures == []
        assert opened_on and opened_on[0] != threading.main_thread().name
        home = window.page("home")
        assert isinstance(home, HomePage) and window.stack.currentWidget() is home
        assert visible(home.name_label.text()) == "ยังไม่ได้ตั้งค่าข้อมูลสถานศึกษา"  # the empty database's data
        assert home.cards["learners"].number.text() == "0"
        assert window.sidebar.item(0).text() == "หน้าหลัก" and window.settings_action.isEnabled()
    finally:
        release.set()
        gui.close()


def test_a_page_that_fails_to_build_is_reported_not_left_loading(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_attach(_window: MainWindow, _env: object) -> None:
        raise RuntimeError("a page failed to build")

    monkeypatch.setattr(MainWindow, "attach", broken_attach)
    gui = ui_app.build_shell(qapp, window_args(tmp_path))
    failures: list[BaseException] = []
    try:
        ui_app.open_in_background(gui, window_args(tmp_path), on_ready=lambda: None, on_failed=failures.append)
        gui.window.show()
        qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
        assert str(failures[0]) == "a page failed to build"
    finally:
        gui.close()  # and the database that did open is disposed of


SHELL_PROBE = """
import argparse, sys
from ui import app as ui_app
app = ui_app.make_application()
gui = ui_app.build_shell(app, argparse.Namespace(home=sys.argv[1], db=None, lang=None))
def painted():
    heavy = ("sqlalchemy", "vocdesk.persistence.database", "vocdesk.services.core.context", "ui.pages")
    print("loaded:", ",".join(name for name in heavy if name in sys.modules))
    app.quit()
gui.window.shell_painted.connect(painted)
gui.window.show()
app.exec()
gui.close()
"""


def test_the_shell_paints_before_the_database_stack_is_imported(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", SHELL_PROBE, str(tmp_path / "home")], cwd=app_root(), env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded:"


def test_an_unexpected_error_while_opening_goes_to_the_crash_dialog_and_exits_1(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[BaseException] = []
    on_screen: list[str] = []

    def report(error: BaseException) -> None:
        reported.append(error)
        on_screen.append(visible(window_of[0].loading.label.text()))

    window_of: list[MainWindow] = []
    real_build = ui_app.build_shell

    def build(app: QApplication, args: argparse.Namespace) -> ui_app.Gui:
        gui = real_build(app, args)
        window_of.append(gui.window)
        return gui

    def broken_open(_home: str | None, _db_url: str | None) -> Opened:
        raise ZeroDivisionError("a bug while opening")

    monkeypatch.setattr(ui_app, "report_crash", report)
    monkeypatch.setattr(ui_app, "build_shell", build)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert ui_app.run_gui(window_args(tmp_path), opener=broken_open) == 1
    assert [str(error) for error in reported] == ["a bug while opening"]
    assert on_screen == ["VocDesk เริ่มทำงานไม่ได้ รายละเอียดอยู่ในแฟ้มบันทึก (log)"]
