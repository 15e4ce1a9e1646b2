"""The signed-in session: sign-in builds the user's window, lockout after 5 wrong passwords, idle lock, sign-out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.factories.ui import PASSWORD, add_users, sign_in
from tests.ui.conftest import I18N, visible
from ui.context import UiEnv
from ui.main_window import MainWindow
from ui.session import SessionController
from vocdesk.security.idle import IdlePolicy


class Clock:
    """The idle lock's clock, moved on by the test instead of waiting."""

    def __init__(self) -> None:
        self.at = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def controller(env: UiEnv, window_settings: QSettings, qtbot: QtBot) -> Iterator[SessionController]:
    add_users(env, "registrar", "equipment_officer")
    window = MainWindow(None, window_settings, i18n_dir=I18N)
    qtbot.addWidget(window)
    session = SessionController(window, env, idle=IdlePolicy(timeout=dt.timedelta(minutes=2)), now=Clock())
    window.show()
    yield session
    session.idle_timer.stop()
    session.backup_timer.stop()


def test_signing_in_builds_the_window_and_names_the_user(controller: SessionController, qtbot: QtBot) -> None:
    window = controller.window
    assert not window.attached and window.sidebar.count() == 0
    sign_in(qtbot, controller, "registrar")
    assert window.attached and controller.env.actor.role == "registrar"
    assert visible(window.user_label.text()) == "ผู้ใช้: ผู้ใช้ registrar (นายทะเบียน)"
    assert window.sign_out_action.isEnabled()


def test_five_wrong_passwords_lock_the_account_and_say_how_long(controller: SessionController,
                                                               qtbot: QtBot) -> None:
    dialog = controller.show_sign_in()
    qtbot.keyClicks(dialog.username, "registrar")
    for attempt in range(1, 6):
        dialog.message.clear()
        qtbot.keyClicks(dialog.password, f"wrong-guess-{attempt}")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
        if attempt < 5:
            assert visible(dialog.message.text()) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    text = visible(dialog.message.text())
    assert text.startswith("บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง จนถึง ")
    assert text.endswith("ลองใหม่ได้ในอีก 1 นาที")
    dialog.message.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)  # even the right password waits out the lock
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "บัญชีถูกล็อกชั่วคราว" in visible(dialog.message.text()) and not controller.window.attached


def test_the_idle_lock_covers_the_window_and_the_password_unlocks(controller: SessionController,
                                                                 qtbot: QtBot) -> None:
    sign_in(qtbot, controller, "registrar")
    clock = controller.now
    assert isinstance(clock, Clock)
    clock.at += dt.timedelta(minutes=1)
    controller.check_idle()
    assert not controller.is_locked
    clock.at += dt.timedelta(minutes=2)
    controller.check_idle()
    assert controller.is_locked and controller.cover.isVisible()
    assert controller.cover.geometry() == controller.window.rect()
    assert not controller.window.menuBar().isEnabled()
    dialog = controller.dialog
    assert dialog is not None and dialog.username.text() == "registrar" and dialog.username.isReadOnly()
    qtbot.keyClicks(dialog.password, "wrong-guess-1")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert controller.is_locked and controller.cover.isVisible()
    sign_in(qtbot, controller, "registrar")
    assert not controller.is_locked and not controller.cover.isVisible()
    assert controller.env.actor.username == "registrar" and controller.window.menuBar().isEnabled()


def test_another_user_may_unlock_and_gets_their_own_window(controller: SessionController, qtbot: QtBot) -> None:
    from ui.pages import pages_for

    sign_in(qtbot, controller, "registrar")
    controller.lock()
    dialog = controller.dialog
    assert dialog is not None and dialog.other_user.isVisible()
    qtbot.mouseClick(dialog.other_user, Qt.MouseButton.LeftButton)
    assert not dialog.username.isReadOnly() and dialog.username.text() == ""
    sign_in(qtbot, controller, "equipment-officer")
    window = controller.window
    assert controller.env.actor.role == "equipment_officer" and not controller.cover.isVisible()
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        spec.title() for spec in pages_for(controller.env.actor)]
    assert "learners" not in [spec.key for spec in window.specs]


def test_sign_out_empties_the_window_until_someone_signs_in(controller: SessionController, qtbot: QtBot) -> None:
    sign_in(qtbot, controller, "registrar")
    controller.window.refresh_status()
    qtbot.waitUntil(lambda: controller.window.db_status is not None)
    controller.window.sign_out_action.trigger()
    window = controller.window
    assert not window.attached and window.sidebar.count() == 0 and window.user_label.text() == ""
    assert controller.env.actor.role == "none"
    assert controller.dialog is not None and controller.dialog.isVisible()
    window.switch_language("en")  # the menus still work while signed out
    window.switch_language("th")
    sign_in(qtbot, controller, "somchai")
    assert window.attached and controller.env.actor.role == "administrator"


def test_a_status_bar_answer_that_comes_after_sign_out_is_dropped(controller: SessionController,
                                                                  qtbot: QtBot) -> None:
    sign_in(qtbot, controller, "registrar")
    window = controller.window
    qtbot.waitUntil(lambda: window.db_status is not None)
    with qtbot.waitSignal(controller.env.runner.idle, timeout=10_000):
        window.refresh_status()  # asked while signed in ...
        window.sign_out_action.trigger()  # ... answered once nobody is signed in
    assert not window.attached and window.db_status is None  # and no error from a window without its database
