"""A failing automatic backup (a backup drive pulled out) is said once in the status bar, never as a crash."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

import ui.errors
from tests.ui.conftest import visible
from ui.backup_watch import WARN_AFTER, BackupWatch
from ui.context import UiEnv
from vocdesk.services.core.settings import CollegeProfile, save_college_profile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def watched(qtbot: QtBot, env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> tuple[BackupWatch, QMainWindow, list]:
    crashes: list[BaseException] = []
    monkeypatch.setattr(ui.errors, "report_crash", lambda error, parent=None: crashes.append(error))
    profile = CollegeProfile(code="1310100001", name_th="วิทยาลัยเทคนิคทดสอบ")
    env.context.run(lambda uow: save_college_profile(uow, profile))  # data changed: a backup is due
    folder = env.context.paths.backup_dir
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("the backup drive is gone; a file stands where the folder was")  # root can write anywhere
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return BackupWatch(env, window, lambda text: window.statusBar().showMessage(text)), window, crashes


def attempt(qtbot: QtBot, env: UiEnv, watch: BackupWatch) -> None:
    watch.run()
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=10_000)


def test_an_unwritable_backup_folder_warns_once_in_the_status_bar(qtbot: QtBot, env: UiEnv, watched: tuple) -> None:
    watch, window, crashes = watched
    attempt(qtbot, env, watch)
    message = visible(window.statusBar().currentMessage())
    assert "สำรองข้อมูลอัตโนมัติไม่สำเร็จ" in message and str(env.context.paths.backup_dir) in message
    assert shown_boxes() == [] and crashes == []
    for _ in range(WARN_AFTER - 2):
        attempt(qtbot, env, watch)
    assert shown_boxes() == [] and crashes == []


def test_repeated_failures_raise_one_warning_dialog_and_success_clears_it(qtbot: QtBot, env: UiEnv,
                                                                         watched: tuple) -> None:
    watch, window, crashes = watched
    for _ in range(WARN_AFTER + 2):
        attempt(qtbot, env, watch)
    boxes = shown_boxes()
    assert [box.objectName() for box in boxes] == ["backupWarning"] and crashes == []
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    boxes[0].accept()
    env.context.paths.backup_dir.unlink()  # the drive is back
    attempt(qtbot, env, watch)
    assert watch.failures == 0 and any(env.context.paths.backup_dir.glob("*.sqlite3"))
    assert visible(window.statusBar().currentMessage()) == visible(
        QApplication.translate("", "The automatic backup works again."))
