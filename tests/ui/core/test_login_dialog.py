"""The sign-in dialogs: first start creates the administrator, wrong passwords are named, re-entry yields a proof."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.login import LoginDialog, ReauthDialog
from vocdesk.persistence.models import UserAccount
from vocdesk.services.core.context import Actor
from vocdesk.services.core.login import require_proof
from vocdesk.services.core.settings import write_setting

PASSWORD = "Admin-pass-2569"


def _fast_hashing(env: UiEnv) -> None:
    env.context.run(lambda uow: write_setting(uow, "security.argon2",
                                              {"memory_kib": 19456, "time_cost": 2, "parallelism": 1}))


def _ok(qtbot: QtBot, dialog: LoginDialog | ReauthDialog) -> None:
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_first_start_creates_the_administrator_the_person_chose(env: UiEnv, qtbot: QtBot) -> None:
    _fast_hashing(env)
    env.context.actor = Actor.setup()
    dialog = LoginDialog(env, first_start=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "somchai")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD + "x")
    _ok(qtbot, dialog)
    assert visible(dialog.message.text()) == "รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน"
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        _ok(qtbot, dialog)
    assert env.context.actor == Actor("somchai", "administrator", "")
    with env.context.db.read() as session:
        assert session.scalars(select(UserAccount.username)).all() == ["somchai"]


def test_wrong_password_is_named_and_right_one_signs_in(env: UiEnv, qtbot: QtBot) -> None:
    _fast_hashing(env)
    from vocdesk.services.core.users import create_first_administrator

    env.context.run(lambda uow: create_first_administrator(uow, "somchai", PASSWORD))
    env.context.actor = Actor.setup()
    dialog = LoginDialog(env)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "somchai")
    qtbot.keyClicks(dialog.password, "guess-guess-1")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert visible(dialog.message.text()) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert dialog.password.text() == "" and env.context.actor == Actor.setup()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        _ok(qtbot, dialog)
    assert env.context.actor.username == "somchai"


def test_password_again_gives_a_proof_the_services_accept(env: UiEnv, qtbot: QtBot) -> None:
    _fast_hashing(env)
    from vocdesk.services.core.users import create_first_administrator

    env.context.run(lambda uow: create_first_administrator(uow, "somchai", PASSWORD))
    env.context.actor = Actor("somchai", "administrator")
    dialog = ReauthDialog(env, "backup.restore")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _ok(qtbot, dialog)
    proof = dialog.proof
    assert proof is not None
    env.context.run(lambda uow: require_proof(uow, proof, "backup.restore"))
