"""The GUI's demo offer creates one demo account per role and shows their passwords once, and they sign in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.demo_offer import fill_demo
from vocdesk.services.core.login import login
from vocdesk.services.core.permissions import ROLES


def test_demo_fill_shows_each_role_s_password_and_they_sign_in(qtbot: QtBot, env: UiEnv) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    summaries: list[dict[str, object]] = []
    fill_demo(env, parent, on_done=summaries.append, learners=30)
    qtbot.waitUntil(lambda: bool(summaries), timeout=60_000)
    dialog = parent.findChild(QDialog, "demo_users")
    assert dialog is not None and dialog.isVisible()
    warning = " ".join(visible(label.text()) for label in dialog.findChildren(QLabel))
    assert "ใช้สาธิตเท่านั้น" in warning and "ก่อนใช้งานจริง" in warning
    listing = dialog.findChild(QPlainTextEdit)
    assert listing is not None and listing.isReadOnly()
    lines = [line.split() for line in listing.toPlainText().splitlines()]
    assert sorted(role for _name, role, _password in lines) == sorted(ROLES)
    for username, role, password in lines:
        outcome, _ = env.context.run(lambda uow: login(uow, username, password))  # noqa: B023 (run at once)
        assert outcome.ok and outcome.actor is not None and outcome.actor.role == role
    dialog.close()

