"""A progress dialog with a cancel button for long work submitted to the task runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import show_error
from ui.i18n import tr
from ui.tasks import Task, TaskControl, TaskRunner


def run_with_progress(
    parent: QWidget | None, runner: TaskRunner, title: str, work: Callable[[TaskControl], Any],
    on_done: Callable[[Any], None], *, cancellable: bool = True, writes: bool = False,
    initiator: object | None = None, on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> tuple[Task, QProgressDialog]:
    """Show a window-modal progress dialog while `work` runs; Cancel asks the work to stop.

    Pass `cancellable=False` for work that never checks `control.cancelled()`: a Cancel button that
    cannot stop anything would mislead. With `writes=True`, `work` returns (result, Changes): the runner broadcasts
    the changes (with `initiator`) and `on_done` receives the result alone. Errors go to `on_error` when given,
    else to `show_error`; `on_cancelled` runs after the dialog closed on a cancelled task.
    """
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def close() -> None:
        dialog.canceled.disconnect(cancel)  # closing a QProgressDialog emits `canceled`
        dialog.hide()
        dialog.deleteLater()

    def finish(result: Any) -> None:
        close()
        on_done(result)

    def failed(error: BaseException) -> None:
        close()
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    def cancelled() -> None:
        close()
        if on_cancelled is not None:
            on_cancelled()

    callbacks: dict[str, Any] = {"on_done": finish, "on_error": failed, "on_progress": progress,
                                 "on_cancelled": cancelled}
    task = runner.long_action(work, initiator=initiator, **callbacks) if writes else runner.submit(work, **callbacks)

    def cancel() -> None:
        dialog.setLabelText(tr("Stopping…"))
        task.cancel()

    dialog.canceled.connect(cancel)
    return task, dialog
