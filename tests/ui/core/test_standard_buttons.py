"""Qt's own standard buttons (OK, Cancel, Yes, No...) read in Thai when the interface is Thai."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import I18N
from ui.i18n import set_language

Button = QDialogButtonBox.StandardButton
THAI = {Button.Ok: "ตกลง", Button.Cancel: "ยกเลิก", Button.Yes: "ใช่ (&Y)", Button.No: "ไม่ (&N)", Button.Close: "ปิด",
        Button.Save: "บันทึก", Button.Apply: "นำไปใช้", Button.Discard: "ไม่บันทึก", Button.Reset: "ตั้งค่าใหม่"}
ENGLISH = {Button.Ok: "OK", Button.Cancel: "Cancel", Button.Yes: "&Yes", Button.No: "&No", Button.Close: "Close",
           Button.Save: "Save", Button.Apply: "Apply", Button.Discard: "Discard", Button.Reset: "Reset"}


def button_texts(box: QDialogButtonBox) -> dict[Button, str]:
    return {which: box.button(which).text() for which in THAI}


def test_button_box_reads_thai_in_thai_and_english_in_english(qtbot: QtBot, thai: None) -> None:
    buttons = QDialogButtonBox()
    for which in THAI:
        buttons.addButton(which)
    qtbot.addWidget(buttons)
    assert button_texts(buttons) == THAI
    set_language("en", I18N)
    english = QDialogButtonBox()
    for which in THAI:
        english.addButton(which)
    qtbot.addWidget(english)
    assert button_texts(english) == ENGLISH


def test_message_box_ok_cancel_in_thai(qtbot: QtBot, thai: None, tmp_path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "ลบรายการ", "ต้องการลบรายการนี้หรือไม่",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.adjustSize()
    assert box.button(QMessageBox.StandardButton.Ok).text() == "ตกลง"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "ยกเลิก"
    assert box.grab().save(str(tmp_path / "ok_cancel_th.png"))


def test_qt_translation_is_compiled_from_its_ts(qapp: QApplication, tmp_path: Path) -> None:
    """The committed qtbase_th.qm is what lrelease builds from qtbase_th.ts (python -m ui.i18n_update)."""
    source = tmp_path / "qtbase_th.ts"
    shutil.copy(I18N / "qtbase_th.ts", source)
    tools = Path(sys.executable).parent
    subprocess.run([str(tools / "pyside6-lrelease"), str(source), "-qm", str(tmp_path / "qtbase_th.qm")],
                   capture_output=True, check=True)
    assert (tmp_path / "qtbase_th.qm").read_bytes() == (I18N / "qtbase_th.qm").read_bytes()
