"""The report dialog lists the catalogue in Thai, builds a PDF on the worker, opens it to view, and shows options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.report_dialog import ReportDialog


def _dialog(qtbot: QtBot, env: UiEnv) -> ReportDialog:
    dialog = ReportDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_reports_in_thai_and_saves_sample_thai_as_pdf(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, env)
    texts = [visible(dialog.list.item(row).text()) for row in range(dialog.list.count())]
    assert any(text.startswith("ตัวอย่างรายงานภาษาไทย") for text in texts)
    assert any("สัญญาจ้างครู" in text for text in texts)
    dialog.select("sample-thai")
    target = tmp_path / "ตัวอย่าง.pdf"
    dialog.choose_path = lambda _suggested: target
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.last_path == target, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5_000
    assert not list(tmp_path.glob(".*.part"))
    assert str(target) in dialog.status.text()


def test_view_builds_and_opens_the_pdf(qtbot: QtBot, env: UiEnv) -> None:
    dialog = _dialog(qtbot, env)
    opened: list[Path] = []
    dialog.open_file = opened.append
    dialog.select("contracts-ending")
    dialog.option_fields["window_days"].setText("30")
    dialog.view_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].name == "contracts-ending.pdf" and opened[0].read_bytes().startswith(b"%PDF")


def test_reports_with_options_show_their_fields(qtbot: QtBot, env: UiEnv) -> None:
    dialog = _dialog(qtbot, env)
    dialog.select("teacher-development")
    assert list(dialog.option_fields) == ["academic_year"] and dialog.options_box.isVisibleTo(dialog)
    dialog.select("sample-thai")
    assert dialog.option_fields == {} and not dialog.options_box.isVisibleTo(dialog)


def test_cancelled_report_leaves_no_file(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, env)
    dialog.select("sample-thai")
    target = tmp_path / "cancelled.pdf"
    dialog.choose_path = lambda _suggested: target
    env.runner.submit(lambda _control: __import__("time").sleep(0.3))  # the worker is busy: Cancel comes first
    dialog.save_button.click()
    dialog.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=60_000)
    assert not target.exists() and not list(tmp_path.glob(".*.part")) and dialog.last_path is None
