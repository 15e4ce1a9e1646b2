"""User management in the GUI: add a user who can then sign in, password rules, unlock, last administrator, menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import PASSWORD, add_users, sign_in
from tests.ui.conftest import I18N, visible
from ui.context import UiEnv
from ui.dialogs.users_dialog import UsersDialog
from ui.dialogs.users_forms import AddUserDialog, ChangeRoleDialog
from ui.main_window import MainWindow
from ui.session import SessionController
from vocdesk.persistence.models import UserAccount
from vocdesk.security.idle import IdlePolicy
from vocdesk.security.lockout import LockoutPolicy
from vocdesk.services.core.context import Actor
from vocdesk.services.core.login import login


def _dialog(env: UiEnv, qtbot: QtBot) -> UsersDialog:
    env.context.actor = Actor("somchai", "administrator", "สมชาย ใจดี")
    dialog = UsersDialog(env)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    return dialog


def _row(dialog: UsersDialog, username: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        cells = [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
        if cells[0] == username:
            return cells
    raise AssertionError(f"{username} is not in the list")


def _ok(qtbot: QtBot, form: QDialog) -> None:
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def _user_count(env: UiEnv) -> int:
    with env.context.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(UserAccount)) or 0)


def test_an_added_registrar_is_listed_and_can_sign_in(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env)
    dialog = _dialog(env, qtbot)
    form = dialog.open_add()
    assert isinstance(form, AddUserDialog)
    qtbot.keyClicks(form.username, "malee.s")
    form.display_name.setText("มาลี สายใจ")  # keyClicks types ASCII only
    form.role.setCurrentIndex(form.role.findData("registrar"))
    qtbot.keyClicks(form.password, "Regis-pass-2569")
    qtbot.keyClicks(form.repeat, "Regis-pass-2569")
    with qtbot.waitSignal(form.accepted, timeout=10_000):
        _ok(qtbot, form)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert _row(dialog, "malee.s") == ["malee.s", "มาลี สายใจ", "นายทะเบียน", "ใช้งานได้", "—"]
    outcome, _ = env.context.run(lambda uow: login(uow, "malee.s", "Regis-pass-2569"))
    assert outcome.ok and outcome.actor == Actor("malee.s", "registrar", "มาลี สายใจ")


def test_a_too_short_password_shows_the_rule_beside_the_field_and_saves_nothing(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env)
    dialog = _dialog(env, qtbot)
    form = dialog.open_add()
    assert isinstance(form, AddUserDialog)
    qtbot.keyClicks(form.username, "malee.s")
    qtbot.keyClicks(form.password, "short1")
    qtbot.keyClicks(form.repeat, "short1")
    _ok(qtbot, form)
    note = form.field_messages["password"]
    qtbot.waitUntil(lambda: bool(note.text()), timeout=10_000)
    assert visible(note.text()) == "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร"
    assert note.isVisible() and form.isVisible() and form.buttons.isEnabled()
    assert _user_count(env) == 1


def test_unlock_clears_a_lockout_after_wrong_passwords(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env, "registrar")
    policy = LockoutPolicy()
    for _ in range(6):
        env.context.run(lambda uow: login(uow, "registrar", "wrong-password-1", policy))
    dialog = _dialog(env, qtbot)
    assert visible(_row(dialog, "registrar")[3]).startswith("ล็อกถึง ")
    assert not env.context.run(lambda uow: login(uow, "registrar", PASSWORD))[0].ok
    dialog.select("registrar")
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _row(dialog, "registrar")[3] == "ใช้งานได้", timeout=10_000)
    outcome, _ = env.context.run(lambda uow: login(uow, "registrar", PASSWORD))
    assert outcome.ok


def test_lock_disables_the_account_until_unlocked(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env, "registrar")
    dialog = _dialog(env, qtbot)
    dialog.select("registrar")
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _row(dialog, "registrar")[3].startswith("ปิดใช้งาน"), timeout=10_000)
    assert env.context.run(lambda uow: login(uow, "registrar", PASSWORD))[0].reason == "account_disabled"


def test_demoting_the_last_administrator_is_refused_with_the_services_message(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env, "registrar")
    dialog = _dialog(env, qtbot)
    dialog.select("somchai")
    form = dialog.open_change_role()
    assert isinstance(form, ChangeRoleDialog)
    form.role.setCurrentIndex(form.role.findData("registrar"))
    _ok(qtbot, form)
    qtbot.waitUntil(lambda: bool(form.message.text()), timeout=10_000)
    assert visible(form.message.text()) == (
        "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน จึงเปลี่ยน 'somchai' ไม่ได้")
    assert form.isVisible()
    with env.context.db.read() as session:
        assert session.scalar(select(UserAccount.role).where(UserAccount.username == "somchai")) == "administrator"
    form.reject()
    dialog.select("somchai")
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน" in visible(dialog.message.text())


def test_an_administrator_resets_a_password_and_the_new_one_signs_in(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env, "registrar")
    dialog = _dialog(env, qtbot)
    dialog.select("registrar")
    form = dialog.open_reset_password()
    assert form is not None
    qtbot.keyClicks(form.password, "Brand-new-2569")  # type: ignore[attr-defined]
    qtbot.keyClicks(form.repeat, "Brand-new-2569")  # type: ignore[attr-defined]
    with qtbot.waitSignal(form.accepted, timeout=10_000):
        _ok(qtbot, form)
    assert env.context.run(lambda uow: login(uow, "registrar", "Brand-new-2569"))[0].ok
    assert not env.context.run(lambda uow: login(uow, "registrar", PASSWORD))[0].ok


@pytest.mark.parametrize(("username", "shown"), [("somchai", True), ("registrar", False)])
def test_the_users_menu_entry_shows_only_for_administrators(
        username: str, shown: bool, env: UiEnv, window_settings: QSettings, qtbot: QtBot) -> None:
    add_users(env, "registrar")
    window = MainWindow(None, window_settings, i18n_dir=I18N)
    qtbot.addWidget(window)
    session = SessionController(window, env, idle=IdlePolicy(timeout=dt.timedelta(minutes=10)))
    window.show()
    try:
        sign_in(qtbot, session, username)
        window.file_menu.aboutToShow.emit()
        assert window.users_action.isVisible() is shown
        assert window.users_action.text() == "ผู้ใช้งาน…"
        assert window.users_action in window.file_menu.actions()
        if shown:
            window.users_action.trigger()
            dialog = window.findChild(UsersDialog)
            assert dialog is not None
            qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
            dialog.reject()
    finally:
        session.idle_timer.stop()
        session.backup_timer.stop()
