"""The one place that turns errors into Thai/English messages, logs unexpected ones and shows a crash dialog."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.i18n import current_language, tr, wrappable
from vocdesk.errors import VocDeskError
from vocdesk.messages import describe

log = logging.getLogger("vocdesk.ui")
_crash: dict[str, object] = {"log_file": None, "showing": False, "handler": None}



def setup_logging(log_file: Path) -> None:
    """Write the application log (with tracebacks of unexpected errors) to `log_file`, rotated."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    previous = _crash["handler"]
    if isinstance(previous, logging.Handler):
        root.removeHandler(previous)
        previous.close()
    root.addHandler(handler)
    _crash["handler"] = handler
    root.setLevel(logging.INFO)
    _crash["log_file"] = log_file


def message_for(error: BaseException, language: str | None = None) -> str:
    """User text for an expected error (VocDeskError); a generic sentence for anything else."""
    lang = language or current_language()
    if isinstance(error, VocDeskError):
        return wrappable(describe(error, lang))
    return wrappable(describe(VocDeskError("error"), lang))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Expected errors become a warning box with the catalogue text; anything else is a crash."""
    if not isinstance(error, VocDeskError):
        report_crash(error, parent)
        return
    log.info("refused: %s", error)
    QMessageBox.warning(parent, tr("VocDesk"), message_for(error))


def report_crash(error: BaseException, parent: QWidget | None = None) -> None:
    """Log the traceback and tell the user which file holds it."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", text)
    sys.stderr.write(text)
    if QApplication.instance() is None or _crash["showing"]:
        return
    _crash["showing"] = True
    try:
        where = str(_crash["log_file"] or tr("(no log file)"))
        box = QMessageBox(QMessageBox.Icon.Critical, tr("VocDesk — unexpected error"),
                          tr("Something went wrong that VocDesk did not expect. Your saved data is safe: "
                             "the last action was not saved.\n\nPlease send this log file to your support "
                             "person:\n{path}").format(path=where), QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(text)
        box.exec()
    finally:
        _crash["showing"] = False


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    report_crash(error.with_traceback(tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.error("unexpected error in thread %s", args.thread.name if args.thread else "?",
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_crash_handler() -> None:
    """Route uncaught exceptions (GUI slots included) to the log and the crash dialog."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
