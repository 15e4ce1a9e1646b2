"""Starting the program: first-start demo offer, a database that cannot open, crash log, self-test, translations."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import I18N, visible
from ui import app as ui_app
from ui import self_test as ui_self_test
from ui.context import UiEnv
from ui.errors import report_crash, setup_logging
from ui.main_window import MainWindow
from ui.pages.core.home_page import HomePage
from vocdesk.paths import app_root
from vocdesk.services.core.overview import college_overview

ROOT = app_root()
HEAVY = ("pandas", "openpyxl", "reportlab", "alembic")


def answer_message_boxes(monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]) -> None:
    """Instead of waiting for a person, press the button labelled `button_text` in the next message box."""

    def press(box: QMessageBox) -> int:
        seen.append(visible(box.text()))
        next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)


def started(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> ui_app.Gui:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(env, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_data_shown, timeout=10_000):
        window.show()
    return ui_app.Gui(window, env.runner, settings, env.i18n_dir, env=env)


def test_first_start_offers_the_demo_college(qtbot: QtBot, env: UiEnv, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    gui = started(qtbot, env, tmp_path)
    home = gui.window.page("home")
    assert isinstance(home, HomePage) and visible(home.name_label.text()) == "ยังไม่ได้ตั้งค่าข้อมูลสถานศึกษา"
    asked: list[str] = []
    answer_message_boxes(monkeypatch, "เติมข้อมูลวิทยาลัยตัวอย่าง", asked)
    with qtbot.waitSignal(home.data_shown, timeout=60_000):
        ui_app.offer_demo_if_empty(gui, learners=60)
    with env.context.db.read() as session:  # 60 learners now, and the demo's graduates kept in the register
        counts = college_overview(session, env.actor).learners_by_level_status
    total = sum(c.count for c in counts)
    assert total - sum(c.count for c in counts if c.status == "graduated") == 60
    qtbot.waitUntil(lambda: home.cards["learners"].number.text() == f"{total:,}", timeout=10_000)
    assert asked and "ฐานข้อมูลนี้ยังว่างอยู่" in asked[0]
    assert home.name_label.text().startswith("วิทยาลัย")
    asked.clear()
    with qtbot.waitSignal(env.runner.idle, timeout=10_000):  # idle: the emptiness check has answered (after on_done)
        ui_app.offer_demo_if_empty(gui, learners=60)  # not empty any more: no question
    assert asked == []


def test_start_empty_leaves_the_database_empty(qtbot: QtBot, env: UiEnv, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    gui = started(qtbot, env, tmp_path)
    asked: list[str] = []
    answer_message_boxes(monkeypatch, "เริ่มจากฐานข้อมูลว่าง", asked)
    ui_app.offer_demo_if_empty(gui)
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(lambda: env.runner.pending() == 0)
    with env.context.db.read() as session:
        assert college_overview(session, env.actor).is_empty


def test_a_database_that_cannot_open_is_explained_and_exits_2(qapp: QApplication, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    on_screen: list[str] = []

    def critical(parent: MainWindow, _title: str, text: str) -> None:
        shown.append(text)
        on_screen.append(parent.loading.label.text() if parent.isVisible() else "(window not visible)")

    monkeypatch.setattr(ui_app.QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    args = argparse.Namespace(home=str(tmp_path / "home"), db="mysql://server/vocdesk", lang=None, self_test=False)
    assert ui_app.run_gui(args) == 2
    assert shown == ["ไม่รองรับฐานข้อมูลชนิด mysql"]
    assert on_screen == shown  # the window is up and says it where the pages would be


def test_an_unexpected_error_is_logged_and_the_dialog_names_the_log_file(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, thai: None) -> None:
    log_file = tmp_path / "logs" / "vocdesk.log"
    setup_logging(log_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(visible(box.text())) or 0)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError as error:
        report_crash(error)
    assert len(shown) == 1 and str(log_file) in shown[0] and "ผู้ดูแลระบบ" in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a slot" in logged and "Traceback" in logged


def run_main(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120, check=False)


def test_self_test_passes_on_a_fresh_home(tmp_path: Path) -> None:
    # A fresh home means a fresh database: a configured server is not touched.
    result = run_main("main.py", "--self-test", home=tmp_path, VOCDESK_DB_URL="postgresql://nobody@127.0.0.1:1/x")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("VocDesk self-test OK")


def test_showing_the_main_window_imports_no_heavy_library(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = run_main("main.py", "--home", str(home), "info", home=home)  # migrates (Alembic is fine here)
    assert first.returncode == 0, first.stderr
    result = run_main("-X", "importtime", "main.py", "--home", str(home), "--self-test", home=home)
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "PySide6.QtWidgets" in imported and not imported.intersection(HEAVY)


def bench_lines(result: subprocess.CompletedProcess[str]) -> list[tuple[str, int]]:
    """The benchmark hook's `<moment> rss_peak_kb=<n>` lines, in the order printed."""
    lines = [line.partition(" rss_peak_kb=") for line in result.stdout.splitlines()]
    assert all(peak.isdigit() for _moment, _sep, peak in lines), result.stdout
    return [(moment, int(peak)) for moment, _sep, peak in lines]


def test_first_paint_benchmark_hook_reports_the_sign_in_dialog_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = run_main("main.py", "--home", str(home), "user", "add", "somchai", "--role", "administrator", home=home,
                     VOCDESK_NEW_PASSWORD="Bench-Hook-2569")
    assert added.returncode == 0, added.stderr  # a home with users: without a password the dialog is the end
    result = run_main("main.py", "--home", str(home), home=home, VOCDESK_BENCH_FIRST_PAINT="1")
    assert result.returncode == 0, result.stderr
    lines = bench_lines(result)  # the window (shell) first, then the sign-in dialog ready to type
    assert [moment for moment, _peak in lines] == ["shell_paint", "signin_ready"]
    assert 10_000 < lines[0][1] <= lines[1][1]


def test_a_password_sent_before_the_database_is_open_signs_in_once_it_is(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = run_main("main.py", "--home", str(home), "user", "add", "somchai", "--role", "administrator", home=home,
                     VOCDESK_NEW_PASSWORD="Bench-Hook-2569")
    assert added.returncode == 0, added.stderr
    result = run_main("main.py", "--home", str(home), home=home, VOCDESK_BENCH_FIRST_PAINT="1",
                      VOCDESK_BENCH_USER="somchai", VOCDESK_BENCH_PASSWORD="Bench-Hook-2569",
                      VOCDESK_BENCH_TYPING_MS="0")
    assert result.returncode == 0, result.stderr
    moments = [moment for moment, _peak in bench_lines(result)]
    # OK is pressed at once, while the worker is still importing the database stack; the dialog waits for it
    # (a refused sign-in would leave the dialog open and never reach the first page's data)
    assert moments == ["shell_paint", "signin_ready", "password_sent", "database_ready", "first_paint"]


FIRST_PAGE_PROBE = """
import runpy, sys
import ui.bench_hooks as hooks
reported = hooks.report_moment
def report(what):
    reported(what)
    if what == "first_paint":  # the first page is painted with its data
        print("modules", " ".join(sorted(sys.modules)), flush=True)
hooks.report_moment = report
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def test_the_first_page_after_sign_in_imports_no_heavy_library_and_no_other_page(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = run_main("main.py", "--home", str(home), "user", "add", "somchai", "--role", "administrator", home=home,
                     VOCDESK_NEW_PASSWORD="Bench-Hook-2569")
    assert added.returncode == 0, added.stderr  # an administrator may open every page: all are in the sidebar
    result = run_main("-c", FIRST_PAGE_PROBE, "--home", str(home), home=home, VOCDESK_BENCH_FIRST_PAINT="1",
                      VOCDESK_BENCH_USER="somchai", VOCDESK_BENCH_PASSWORD="Bench-Hook-2569",
                      VOCDESK_BENCH_TYPING_MS="0")
    assert result.returncode == 0, result.stderr
    loaded = next(line.split()[1:] for line in result.stdout.splitlines() if line.startswith("modules "))
    assert "sqlalchemy" in loaded and not {name.split(".")[0] for name in loaded}.intersection((*HEAVY, "cryptography"))
    pages = [name for name in loaded if name.startswith("ui.pages.") and name.endswith("_page")]
    assert pages == ["ui.pages.core.home_page"]  # every other page module is imported when first opened


def test_translation_is_complete_and_compiled(tmp_path: Path) -> None:
    """Every tr() text of ui/ has a finished Thai translation, and the committed .qm is built from the .ts."""
    tools = Path(sys.executable).parent
    ts = tmp_path / "vocdesk_th.ts"
    shutil.copy(I18N / "vocdesk_th.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"],
                             capture_output=True, text=True, check=True)
    assert "0 new" in lupdate.stdout or "(0 new" in lupdate.stdout, lupdate.stdout
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text
    qm = tmp_path / "vocdesk_th.qm"
    subprocess.run([str(tools / "pyside6-lrelease"), str(I18N / "vocdesk_th.ts"), "-qm", str(qm)],
                   capture_output=True, check=True)
    assert qm.read_bytes() == (I18N / "vocdesk_th.qm").read_bytes(), "run pyside6-lrelease (see docs/ui.md)"


def test_self_test_reports_a_broken_page_and_exits_1(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def broken_window(*_args: object, **_kwargs: object) -> MainWindow:
        raise RuntimeError("a page failed to build")

    monkeypatch.setattr(ui_app, "MainWindow", broken_window)
    args = argparse.Namespace(home=None, db=None, lang=None, self_test=True)
    assert ui_self_test.self_test(args) == 1  # and the worker thread was stopped: no abort when Python exits
    assert "self-test FAILED: RuntimeError: a page failed to build" in capsys.readouterr().err


def test_thai_messages_get_word_break_hints_where_qt_cannot_find_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.errors import message_for
    from ui.i18n import with_word_breaks
    from vocdesk.errors import ValidationFailed

    assert with_word_breaks("รหัสสถานศึกษาต้องเป็นตัวเลข") == "รหัส\u200bสถานศึกษา\u200bต้อง\u200bเป็น\u200bตัวเลข"
    assert with_word_breaks("จังหวัด{province} ({code})") == "จังหวัด{province} ({code})"  # placeholders intact
    error = ValidationFailed("college_code_format", field="college.code", value="13709")
    plain = "รหัสสถานศึกษาต้องเป็นตัวเลข 10 หลัก (ได้รับ '13709')"
    assert message_for(error, "th") == plain  # Linux: libthai finds the words itself
    monkeypatch.setattr(sys, "platform", "win32")
    hinted = message_for(error, "th")
    assert "\u200b" in hinted and visible(hinted) == plain
