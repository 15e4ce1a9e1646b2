"""First start on an empty database: offer to fill a demo college or start empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.progress import run_with_progress
from ui.tasks import TaskControl

DEMO_LEARNERS = 2000
DEMO_SEED = 2569



def ask_demo(parent: QWidget | None) -> bool:
    """True when the user chooses the demo college."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Welcome to VocDesk"), tr(
        "This database is empty. Would you like to try VocDesk with a demo college (invented learners, "
        "teachers and groups), or start empty and enter your own college?"), parent=parent)
    demo = box.addButton(tr("Fill demo college"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    return box.clickedButton() is demo


def fill_demo(env: UiEnv, parent: QWidget | None, on_done: Callable[[Any], None],
              learners: int = DEMO_LEARNERS) -> None:
    """Run the demo generator in one unit of work with a progress dialog; everything refreshes afterwards."""
    context, runner = env.context, env.runner

    def work(control: TaskControl) -> Any:
        from vocdesk.demo import DemoOptions, fill_demo_college_with_users

        control.progress(0, 0)
        summary, changes = context.run(
            lambda uow: fill_demo_college_with_users(uow, DemoOptions(learners=learners, seed=DEMO_SEED,
                                                                      keys_dir=context.paths.keys_dir)))
        return summary, changes

    def done(summary: Any) -> None:
        if summary.get("demo_users"):
            show_demo_users(parent, summary["demo_users"])
        on_done(summary)

    # The generator reports no progress and cannot be interrupted: one transaction, no Cancel button.
    run_with_progress(parent, runner, tr("Creating the demo college…"), work, done, cancellable=False, writes=True)


def show_demo_users(parent: QWidget | None, users: list[dict[str, str]]) -> QDialog:
    """The demo accounts' passwords, shown once (only hashes are stored); the text can be copied. Not blocking."""
    dialog = QDialog(parent)
    dialog.setObjectName("demo_users")
    dialog.setWindowTitle(tr("Demo users"))
    layout = QVBoxLayout(dialog)
    warning = QLabel(tr("DEMO ONLY — one account per role, for trying each role. Note these passwords now: they are "
                        "not shown again. Change or delete these accounts before real use."), dialog)
    warning.setWordWrap(True)
    layout.addWidget(warning)
    listing = QPlainTextEdit(dialog)
    listing.setReadOnly(True)
    listing.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    listing.setPlainText("\n".join(f"{u['username']:<24} {u['role']:<22} {u['password']}" for u in users))
    layout.addWidget(listing)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 300)
    dialog.open()
    return dialog
