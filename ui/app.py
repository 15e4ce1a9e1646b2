"""Starts the GUI: fonts, language, context, main window, first-start demo offer, crash handling, self-test."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.context import UiEnv
from ui.errors import install_crash_handler, report_crash, setup_logging
from ui.i18n import set_language
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from vocdesk.errors import VocDeskError
from vocdesk.messages import describe
from vocdesk.paths import AppPaths, app_root

BENCH_ENV = "VOCDESK_BENCH_FIRST_PAINT"
FONT_FAMILY = "Sarabun"



def make_application() -> QApplication:
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


@dataclass
class Gui:
    """The running pieces, so that run_gui and self_test shut them down the same way."""

    env: UiEnv
    window: MainWindow
    settings: QSettings

    def close(self) -> None:
        self.window.close()
        self.env.runner.shutdown()
        self.env.context.db.dispose()


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


def open_gui(app: QApplication, args: argparse.Namespace) -> Gui:
    """Everything between QApplication and the event loop; raises VocDeskError when the database cannot open."""
    from vocdesk.bootstrap import open_app

    paths = AppPaths.resolve(args.home).ensure()
    setup_logging(paths.log_file)
    install_fonts(app, app_root() / "resources" / "fonts")
    i18n_dir = app_root() / "resources" / "i18n"
    set_language(start_language(args, paths), i18n_dir)
    opened = open_app(args.home, args.db)
    runner = TaskRunner(opened.context)
    runner.failed.connect(report_crash)
    env = UiEnv(opened.context, runner, i18n_dir)
    settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    try:
        window = MainWindow(env, settings)
    except BaseException:
        runner.shutdown()  # a worker thread left running would abort the process on exit
        opened.context.db.dispose()
        raise
    window.language_changed.connect(lambda language: remember_language(paths, language))
    return Gui(env, window, settings)


def offer_demo_if_empty(gui: Gui, learners: int | None = None) -> None:
    """On an empty database (no college profile, no learners) ask: demo college or start empty."""
    from ui.dialogs.demo_offer import DEMO_LEARNERS, ask_demo, fill_demo
    from vocdesk.services.overview import college_overview
    from vocdesk.services.permissions import allowed

    env = gui.env
    if not allowed(env.actor, "demo.fill"):
        return

    def decide(empty: bool) -> None:
        if empty and ask_demo(gui.window):
            fill_demo(env, gui.window, on_done=lambda _summary: None, learners=learners or DEMO_LEARNERS)

    env.runner.read(lambda session: college_overview(session, env.actor).is_empty, on_done=decide)


def peak_rss_kb() -> int:
    """Peak resident memory of this process in KiB (ru_maxrss on Unix, PeakWorkingSetSize on Windows)."""
    if sys.platform != "win32":
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    windll = ctypes.windll
    windll.psapi.GetProcessMemoryInfo(windll.kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb)
    return int(counters.PeakWorkingSetSize) // 1024


def print_first_paint_and_quit(gui: Gui) -> None:
    """Benchmark hook: the first page's data is on screen; paint it now, report peak memory, exit 0."""
    gui.window.repaint()
    print(f"first_paint rss_peak_kb={peak_rss_kb()}", flush=True)
    QApplication.exit(0)


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    bench = os.environ.get(BENCH_ENV) == "1"
    install_crash_handler()
    try:
        gui = open_gui(app, args)
    except VocDeskError as error:
        QMessageBox.critical(None, "VocDesk", describe(error, getattr(args, "lang", None) or "th"))
        return 2
    if bench:
        gui.window.first_data_shown.connect(lambda: QTimer.singleShot(0, lambda: print_first_paint_and_quit(gui)))
    gui.window.show()
    if not bench:
        QTimer.singleShot(0, lambda: offer_demo_if_empty(gui))
    try:
        return int(app.exec())
    finally:
        gui.close()


def self_test(args: argparse.Namespace) -> int:
    """Offscreen, on a fresh temporary home unless --home is given: migrate, open and close the main window."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="vocdesk-selftest-") as scratch:
        if not args.home:
            args.home = scratch
            if not args.db:  # a fresh home means a fresh database too, whatever VOCDESK_DB_URL says
                args.db = f"sqlite:///{Path(scratch) / 'data' / 'vocdesk.sqlite3'}"
        try:
            app = make_application()
            gui = open_gui(app, args)
            outcome: dict[str, object] = {}
            gui.window.first_data_shown.connect(lambda: outcome.setdefault("shown", True))
            gui.env.runner.failed.connect(lambda error: outcome.setdefault("error", error))
            gui.window.show()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(app.quit)
            gui.window.first_data_shown.connect(app.quit)
            timer.start(60_000)
            app.exec()
            pages = [spec.key for spec in gui.window.specs]
            gui.close()
        except Exception as error:  # a self-test reports every failure as a line and a non-zero exit
            print(f"VocDesk self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        if "error" in outcome or not outcome.get("shown"):
            print(f"VocDesk self-test FAILED: {outcome.get('error', 'the home page never showed its data')}",
                  file=sys.stderr)
            return 1
    print(f"VocDesk self-test OK: main window opened and closed offscreen, pages {', '.join(pages)}")
    return 0
