"""Starts the GUI: the window first, then the database on the worker, then sign-in; crash handling."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.bench_hooks import bench_requested, install_bench_hooks, install_bench_sign_in, report_moment
from ui.context import UiEnv
from ui.errors import install_crash_handler, report_crash, setup_logging, show_error
from ui.i18n import current_language, set_language, tr
from ui.main_window import MainWindow
from ui.pyside_source_cache import stop_caching_imported_sources
from ui.tasks import TaskControl, TaskRunner
from vocdesk.errors import VocDeskError
from vocdesk.messages import describe
from vocdesk.paths import AppPaths, app_root

if TYPE_CHECKING:
    from ui.dialogs.login import LoginDialog
    from ui.session import SessionController
    from vocdesk.bootstrap import Opened

FONT_FAMILY = "Sarabun"
FIRST_PAINT_WAIT_MS = 500


def make_application() -> QApplication:
    stop_caching_imported_sources()  # before the database stack and the pages are imported
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("VocDesk")
    app.setOrganizationName("OVEC")
    return app


def install_fonts(app: QApplication, fonts_dir: Path) -> str:
    """Register every bundled TTF and make Sarabun the application font; returns the family used."""
    families: set[str] = set()
    for path in sorted(fonts_dir.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY not in families:
        raise RuntimeError(f"the bundled font {FONT_FAMILY} could not be loaded from {fonts_dir}")
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.5))
    app.setFont(font)
    return FONT_FAMILY


Opener = Callable[[str | None, str | None], "Opened"]
"""Opens (and migrates) the database for a home and URL; runs on the database worker thread."""


def open_database(home: str | None, db_url: str | None) -> Opened:
    """The database stack (SQLAlchemy, models, services) is imported here, on the worker, not before the window."""
    from vocdesk.bootstrap import open_app

    return open_app(home, db_url)


@dataclass
class Gui:
    """The running pieces, so that run_gui and self_test shut them down the same way."""

    window: MainWindow
    runner: TaskRunner
    settings: QSettings
    i18n_dir: Path
    env: UiEnv | None = None
    opened: Opened | None = None
    """Set on the worker as soon as the database is open, so that closing early still disposes of it."""
    session: SessionController | None = None

    def close(self) -> None:
        self.window.close()
        self.runner.shutdown()  # lets a running open or migration finish
        if self.opened is not None:
            self.opened.context.db.dispose()


def start_language(args: argparse.Namespace, paths: AppPaths) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    from vocdesk.config import LocalConfig

    try:
        language = LocalConfig.load(paths.config_file).language
    except VocDeskError:
        language = "th"
    return language if language in ("th", "en") else "th"


def remember_language(paths: AppPaths, language: str) -> None:
    from vocdesk.config import LocalConfig

    config = LocalConfig.load(paths.config_file)
    config.language = language
    config.save(paths.config_file)


def build_shell(app: QApplication, args: argparse.Namespace) -> Gui:
    """Everything the window needs before the database: paths, log, fonts, language, worker, the empty shell."""
    paths = AppPaths.resolve(args.home).ensure()
    setup_logging(paths.log_file)
    install_fonts(app, app_root() / "resources" / "fonts")
    i18n_dir = app_root() / "resources" / "i18n"
    set_language(start_language(args, paths), i18n_dir)
    runner = TaskRunner()
    settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    try:
        window = MainWindow(None, settings, i18n_dir=i18n_dir)
    except BaseException:
        runner.shutdown()  # a worker thread left running would abort the process on exit
        raise
    # A task without its own error handler: an expected refusal is a warning naming what to do; only a bug
    # opens the crash dialog with the log file.
    runner.failed.connect(lambda error: show_error(window, error))
    window.language_changed.connect(lambda language: remember_language(paths, language))
    return Gui(window, runner, settings, i18n_dir)


def attach_database(gui: Gui, opened: Opened, *, sign_in: bool = False) -> None:
    """On the GUI thread: hand the open context to the runner; then either build the pages for the context's actor
    (tools, screenshots) or, with `sign_in`, leave the window empty until someone signs in (the program)."""
    gui.opened = opened
    gui.runner.context = opened.context
    gui.env = UiEnv(opened.context, gui.runner, gui.i18n_dir)
    if sign_in:
        from ui.session import SessionController

        gui.session = SessionController(gui.window, gui.env, on_first_administrator=lambda: offer_demo_if_empty(gui))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            gui.session.install(app)
        return
    gui.window.attach(gui.env)


def open_in_background(gui: Gui, args: argparse.Namespace, *, on_ready: Callable[[], None],
                       on_failed: Callable[[BaseException], None], opener: Opener = open_database,
                       sign_in: bool = False) -> None:
    """Open and migrate the database on the worker thread, then attach it; `on_failed` gets any error."""

    def work(_control: TaskControl) -> Opened:
        opened = opener(args.home, args.db)
        gui.opened = opened
        from ui.pages import import_first_page

        import_first_page()  # here, off the GUI thread; every other page module is imported when first opened
        return opened

    def done(opened: Opened) -> None:
        try:
            attach_database(gui, opened, sign_in=sign_in)
        except Exception as error:  # a page that fails to build is reported like a failed open
            on_failed(error)
            return
        on_ready()

    gui.runner.submit(work, on_done=done, on_error=on_failed)


def start_when_painted(gui: Gui, start: Callable[[], None]) -> None:
    """Run `start` once the shell has painted (so the database import does not slow that paint), at the latest
    after a moment (a window that never gets a paint event, e.g. started minimised)."""
    started: list[bool] = []

    def once() -> None:
        if not started:
            started.append(True)
            start()

    gui.window.shell_painted.connect(once)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, gui.window, once)  # dropped if the window is gone


def open_gui(app: QApplication, args: argparse.Namespace, opener: Opener = open_database) -> Gui:
    """For tools and screenshots: the shell with the database opened in the foreground; raises VocDeskError."""
    gui = build_shell(app, args)
    try:
        attach_database(gui, opener(args.home, args.db))
    except BaseException:
        gui.close()
        raise
    return gui


def offer_demo_if_empty(gui: Gui, learners: int | None = None) -> None:
    """On an empty database (no college profile, no learners) ask: demo college or start empty."""
    from ui.dialogs.demo_offer import DEMO_LEARNERS, ask_demo, fill_demo
    from vocdesk.services.core.overview import college_overview
    from vocdesk.services.core.permissions import allowed

    env = gui.env
    if env is None or not allowed(env.actor, "demo.fill"):
        return

    def decide(empty: bool) -> None:
        if empty and ask_demo(gui.window):
            fill_demo(env, gui.window, on_done=lambda _summary: None, learners=learners or DEMO_LEARNERS)

    env.runner.read(lambda session: college_overview(session, env.actor).is_empty, on_done=decide)


def explain_failure_and_quit(gui: Gui, error: BaseException, language: str) -> None:
    """The database did not open: say why (exit 2), or report a crash (exit 1)."""
    if isinstance(error, VocDeskError):
        text = describe(error, language)
        gui.window.show_failure(text)
        QMessageBox.critical(gui.window, "VocDesk", text)
        QApplication.exit(2)
    else:
        gui.window.show_failure(tr("VocDesk could not start. The details are in the log file."))
        report_crash(error)
        QApplication.exit(1)


class EarlySignIn:
    """The sign-in dialog shown as soon as the window has painted, before the database stack is imported: the person
    types while the worker imports and opens the database (a new database without users swaps it for the
    first-administrator dialog once that is known)."""

    def __init__(self, gui: Gui) -> None:
        self.gui = gui
        self.dialog: LoginDialog | None = None

    def show(self, then: Callable[[], None]) -> None:
        """Open the dialog; `then` (opening the database) starts once it has painted, at the latest after a moment."""
        from ui.dialogs.login import LoginDialog

        dialog = LoginDialog(None, self.gui.window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        started: list[bool] = []

        def once() -> None:
            if not started:
                started.append(True)
                then()

        dialog.painted.connect(once)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self.gui.window, once)
        dialog.open()

    def take(self) -> LoginDialog | None:
        """The dialog, now the session's to look after (None when it was cancelled or never shown)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.rejected.disconnect(self._cancelled)
        return dialog

    def _cancelled(self) -> None:
        self.dialog = None
        self.gui.window.close()  # nobody signs in: the program ends (a database still opening is waited for)


def run_gui(args: argparse.Namespace, opener: Opener = open_database) -> int:
    """Show the window at once, open the database on the worker, then fill the first page."""
    app = make_application()
    install_crash_handler()
    gui = build_shell(app, args)
    language = getattr(args, "lang", None) or current_language()
    bench = bench_requested()
    if bench:
        install_bench_hooks(gui)

    early = EarlySignIn(gui)

    def ready() -> None:
        if bench:
            report_moment("database_ready")
        if gui.session is not None:
            gui.session.start(early.take())

    def failed(error: BaseException) -> None:
        dialog = early.take()
        if dialog is not None:
            dialog.withdraw()  # it would cover why the program cannot go on
        explain_failure_and_quit(gui, error, language)

    def start() -> None:
        early.show(then=lambda: open_in_background(gui, args, on_ready=ready, on_failed=failed, opener=opener,
                                                   sign_in=True))
        if bench:
            install_bench_sign_in(gui, early.dialog)

    start_when_painted(gui, start)
    gui.window.show()
    try:
        code = int(app.exec())
        if code == 0 and gui.session is not None:
            gui.session.end()  # a clean exit: the next start need not assume a crash
        return code
    finally:
        gui.close()
