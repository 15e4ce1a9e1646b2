"""The import wizard on a messy registrar workbook: the mapping, Thai findings highlighted, commit only when
allowed, a cancelled import writes nothing, refused files explained, the error workbook saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.data.import_catalogue import seed_catalogue
from tests.data.import_files import ole_file, write_workbook, zip_bomb
from tests.factories.learners import HEADER, TITLES, messy_rows
from tests.factories.ui import open_window
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.import_wizard import CHOOSE, MAPPING, PREVIEW, RESULT, ImportWizard, importable_kinds
from ui.dialogs.import_wizard_pages import ERROR_FILL
from ui.errors import message_for
from ui.main_window import MainWindow
from vocdesk.errors import VocDeskError
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import Actor
from vocdesk.services.kinds.imports import read_import_file


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "รายชื่อ ปวช.1.xlsx", HEADER, messy_rows(), titles=TITLES,
                          extra_sheets=["คำอธิบาย"])


def _learners(env: UiEnv) -> int:
    with env.context.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Learner)) or 0)


def _wizard(qtbot: QtBot, env: UiEnv, path: Path) -> ImportWizard:
    seed_catalogue(env.context)
    wizard = ImportWizard(env)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.kind.setCurrentIndex(wizard.choose.kind.findData("learners"))
    wizard.choose.path.setText(str(path))
    return wizard


def _read(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=20_000)


def _cells(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [[visible(table.item(r, c).text()) for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_messy_workbook_shows_mapping_and_thai_findings_and_commits_only_when_allowed(
        qtbot: QtBot, env: UiEnv, messy: Path, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, env, messy)
    _read(qtbot, wizard)
    assert "หัวตารางอยู่แถวที่ 3 มีข้อมูล 9 แถว" in visible(wizard.mapping.where.text())
    mapping = _cells(wizard.mapping.table)
    assert ["B", "รหัสนักเรียน", "รหัสนักศึกษา (studentCode)"] in mapping
    assert "N: หมายเหตุ" in visible(wizard.mapping.unknown.text())
    wizard.next()
    assert wizard.currentId() == PREVIEW
    findings = _cells(wizard.preview.findings)
    by_row = {(row[0], row[1].split(":")[0]): row for row in findings}
    assert by_row[("8", "C")][2] == "ข้อผิดพลาด" and "เลขตรวจสอบ" in by_row[("8", "C")][3]
    assert by_row[("12", "L")][2] == "ข้อผิดพลาด"
    assert by_row[("11", "J")][2] == "คำเตือน"
    error_row = next(r for r in range(len(findings)) if findings[r][0] == "8")
    assert wizard.preview.findings.item(error_row, 3).background().color() == ERROR_FILL
    counts = visible(wizard.preview.counts.text())
    assert "ทั้งหมด 9 แถว" in counts and "ถูกต้อง 3" in counts and "ใหม่ 3" in counts
    # errors present and skip off: commit refused, with the reason
    assert not wizard.preview.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert "มี 6 แถวที่ผิดพลาด" in visible(wizard.preview.explanation.text())
    wizard.preview.skip_invalid.setChecked(True)
    assert wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert _learners(env) == 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=20_000)
    assert _learners(env) == 3
    assert "ใหม่ 3" in visible(wizard.result_page.summary.text())
    assert [p.name for p in env.context.paths.backup_dir.glob("*before-import*.sqlite3")]  # backed up first
    target = tmp_path / "out" / "errors.xlsx"
    target.parent.mkdir()
    wizard.choose_save_path = lambda _suggested: target
    wizard.result_page.save_errors.click()
    qtbot.waitUntil(lambda: target.exists() and "6" in wizard.result_page.saved.text(), timeout=20_000)
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert len(rows) == 1 + 6  # header + the six bad rows


def test_second_import_shows_updates_as_old_to_new(qtbot: QtBot, env: UiEnv, messy: Path, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, env, messy)
    _read(qtbot, wizard)
    wizard.next()
    wizard.preview.skip_invalid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=20_000)
    rows = messy_rows()
    rows[0][11] = 3.75  # GPAX of 66201010001 changes
    again = write_workbook(tmp_path / "again.xlsx", HEADER, rows, titles=TITLES)
    second = ImportWizard(env)
    qtbot.addWidget(second)
    second.show()
    second.choose.kind.setCurrentIndex(second.choose.kind.findData("learners"))
    second.choose.path.setText(str(again))
    _read(qtbot, second)
    second.next()
    changes = _cells(second.preview.changes)
    assert ["4", "66201010001", "L: เกรดเฉลี่ย", "3.25", "3.75"] in [[c.replace("3.250", "3.25") for c in row]
                                                                    for row in changes]
    assert "ไม่เปลี่ยน 2" in visible(second.preview.counts.text())


def test_cancelled_read_writes_nothing_and_says_so(qtbot: QtBot, env: UiEnv, messy: Path) -> None:
    wizard = _wizard(qtbot, env, messy)
    env.runner.submit(lambda _control: __import__("time").sleep(0.3))  # keep the worker busy so Cancel comes first
    wizard.next()
    assert wizard.progress is not None
    wizard.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: wizard.progress is None, timeout=20_000)
    assert wizard.currentId() == CHOOSE
    assert _learners(env) == 0
    assert "ไม่มีการบันทึก" in visible(wizard.choose.problem.text())


def test_cancelled_commit_leaves_the_database_unchanged(qtbot: QtBot, env: UiEnv, messy: Path) -> None:
    wizard = _wizard(qtbot, env, messy)
    _read(qtbot, wizard)
    wizard.next()
    wizard.preview.skip_invalid.setChecked(True)
    env.runner.submit(lambda _control: __import__("time").sleep(0.3))  # keep the worker busy so Cancel comes first
    wizard.next()
    assert wizard.progress is not None
    wizard.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: wizard.progress is None, timeout=20_000)
    assert wizard.currentId() == PREVIEW
    assert _learners(env) == 0


@pytest.mark.parametrize(("make", "expected"), [
    (lambda tmp, valid: ole_file(tmp / "รายชื่อ.xls", encrypted=False), ".xls"),
    (lambda tmp, valid: ole_file(tmp / "รายชื่อ.xlsx", encrypted=True), "รหัสผ่าน"),
    (lambda tmp, valid: zip_bomb(valid, tmp / "bomb.xlsx"), "zip bomb"),
])
def test_refused_file_shows_one_clear_message(qtbot: QtBot, env: UiEnv, tmp_path: Path, messy: Path,
                                              make: Callable[[Path, Path], Path], expected: str) -> None:
    refused = make(tmp_path, messy)
    wizard = _wizard(qtbot, env, refused)
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.choose.problem.text()), timeout=20_000)
    assert wizard.currentId() == CHOOSE
    with pytest.raises(VocDeskError) as raised:
        read_import_file(env.actor, "learners", refused)
    assert wizard.choose.problem.text() == message_for(raised.value)  # the catalogue's one message, nothing else
    assert expected in visible(wizard.choose.problem.text())
    assert _learners(env) == 0


def test_file_menu_offers_import_only_to_roles_allowed(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    window = open_window(qtbot, env, window_settings)
    qtbot.waitUntil(window.import_action.isVisible)  # once the worker has listed the kinds this user may import
    assert window.report_action.isVisible()
    assert visible(window.import_action.text()).startswith("นำเข้าข้อมูลจาก Excel")
    wizard = window.open_import()
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.close()
    executive = UiEnv(dataclasses.replace(env.context, actor=Actor("exec1", "executive")), env.runner, env.i18n_dir)
    other = MainWindow(executive, window_settings)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: env.runner.pending() == 0)
    assert not other.import_action.isVisible() and other.report_action.isVisible()


def test_roles_without_import_permission_get_no_kinds() -> None:
    assert importable_kinds(Actor("exec1", "executive")) == []
    assert "learners" in importable_kinds(Actor("reg1", "registrar"))
    assert "learners" not in importable_kinds(Actor("eq1", "equipment_officer"))
