"""Benchmark hooks (VOCDESK_BENCH_*): print peak memory at the first paints, optionally sign in and open a page."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.app import Gui
    from ui.dialogs.login import LoginDialog

BENCH_ENV = "VOCDESK_BENCH_FIRST_PAINT"
BENCH_USER_ENV, BENCH_PASSWORD_ENV = "VOCDESK_BENCH_USER", "VOCDESK_BENCH_PASSWORD"
BENCH_TYPING_ENV = "VOCDESK_BENCH_TYPING_MS"
BENCH_PAGE_ENV = "VOCDESK_BENCH_PAGE"  # then also open this page and report when its first rows are painted


def bench_requested() -> bool:
    return os.environ.get(BENCH_ENV) == "1"


def install_bench_hooks(gui: Gui) -> None:
    """Report the shell's first paint, then the first page's data on screen (and quit, or open VOCDESK_BENCH_PAGE)."""
    gui.window.shell_painted.connect(lambda: print_shell_paint(gui))
    gui.window.first_data_shown.connect(lambda: QTimer.singleShot(0, lambda: print_first_paint_and_quit(gui)))


def install_bench_sign_in(gui: Gui, dialog: LoginDialog | None) -> None:
    """Once the start-up sign-in dialog has painted: report it, then sign in as VOCDESK_BENCH_USER (or quit)."""
    if dialog is not None:
        dialog.painted.connect(lambda: QTimer.singleShot(0, lambda: bench_sign_in(dialog)))


def report_moment(what: str) -> None:
    """One benchmark line: `<what> rss_peak_kb=<peak resident memory so far>`; the benchmark times its arrival."""
    print(f"{what} rss_peak_kb={peak_rss_kb()}", flush=True)


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


def print_shell_paint(gui: Gui) -> None:
    """Benchmark hook: the window (shell) has painted; the first page's data may still be loading."""
    report_moment("shell_paint")


def print_first_paint_and_quit(gui: Gui) -> None:
    """Benchmark hook: the first page's data is on screen; paint it now, report peak memory, exit 0."""
    gui.window.repaint()
    report_moment("first_paint")
    page_key = os.environ.get(BENCH_PAGE_ENV)
    if page_key:
        open_page_and_quit(gui, page_key)
        return
    QApplication.exit(0)


def open_page_and_quit(gui: Gui, key: str) -> None:
    """Benchmark hook: open one page as a person would (its sidebar entry) and report when its data is painted."""
    window = gui.window
    keys = [spec.key for spec in window.specs]
    if key not in keys:
        print(f"page_missing {key}", flush=True)
        QApplication.exit(3)
        return
    page = window.page(key)

    def painted() -> None:
        window.repaint()
        report_moment("page_paint")
        QApplication.exit(0)

    page.data_shown.connect(lambda: QTimer.singleShot(0, painted))
    window.sidebar.setCurrentRow(keys.index(key))


def bench_sign_in(dialog: LoginDialog) -> None:
    """Benchmark hook: the sign-in dialog is on screen (`signin_ready`). With VOCDESK_BENCH_USER and _PASSWORD the
    dialog is filled and sent after VOCDESK_BENCH_TYPING_MS (the time a person takes to type them; the database
    keeps opening meanwhile), `password_sent` marking the press of OK; without them the program quits here."""
    dialog.repaint()
    report_moment("signin_ready")
    user, password = os.environ.get(BENCH_USER_ENV), os.environ.get(BENCH_PASSWORD_ENV)
    if not (user and password):
        QApplication.exit(0)
        return

    def send() -> None:
        dialog.username.setText(user)
        dialog.password.setText(password)
        report_moment("password_sent")
        dialog.submit()

    QTimer.singleShot(int(os.environ.get(BENCH_TYPING_ENV, "0")), send)
