"""What a person notices around sign-in: only the fields asked for, password re-entry, the start-check warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories.ui import PASSWORD, add_users
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.login import LoginDialog
from ui.session import SessionController, ask_reauthentication
from vocdesk.backup.checks import CheckResult
from vocdesk.services.core.context import Actor
from vocdesk.services.core.login import require_proof


def test_the_sign_in_dialog_shows_only_user_name_and_password(env: UiEnv, qtbot: QtBot) -> None:
    dialog = LoginDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [field for field in dialog.findChildren(QLineEdit) if field.isVisible()]
    assert shown == [dialog.username, dialog.password]
    assert not dialog.other_user.isVisible()


def test_ask_reauthentication_returns_a_proof_the_service_accepts(env: UiEnv, qtbot: QtBot) -> None:
    add_users(env)
    env.context.actor = Actor("somchai", "administrator")

    def answer() -> None:
        from ui.dialogs.login import ReauthDialog

        dialog = next(widget for widget in QApplication.topLevelWidgets() if isinstance(widget, ReauthDialog))
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    proof = ask_reauthentication(None, env, "backup.restore")
    assert proof is not None and proof.purpose == "backup.restore"
    env.context.run(lambda uow: require_proof(uow, proof, "backup.restore"))


def test_a_failed_start_check_is_a_warning_that_says_what_to_do(env: UiEnv, qtbot: QtBot,
                                                               window_settings: object) -> None:
    from tests.ui.conftest import I18N
    from ui.main_window import MainWindow

    window = MainWindow(None, window_settings, i18n_dir=I18N)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    session = SessionController(window, env)
    session._show_check(CheckResult("quick", "ok", "start"))
    assert window.findChild(QMessageBox, "startCheckWarning") is None
    session._show_check(CheckResult("quick", "*** in database main *** Page 7: btreeInitPage() returns error", "start"))
    box = window.findChild(QMessageBox, "startCheckWarning")
    assert box is not None and box.isVisible()
    text = visible(box.text())
    assert "btreeInitPage" in text and "vocdesk check" in text and "กู้คืน" in text
    box.close()
