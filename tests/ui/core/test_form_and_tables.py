"""The shared FormDialog (a refusal said beside its field, the dialog stays open; success closes it) and the
read-only tables (every number right-aligned, codes and words left)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.widgets.form_dialog import FormDialog
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile


class CollegeDialog(FormDialog):
    """A small real form: the college code and Thai name, saved by the real service."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__("College", env=env)
        self.code, self.name = QLineEdit(self), QLineEdit(self)
        self.add_field("Code", self.code, "college.code")
        self.add_field("Name", self.name, "college.name_th")

    def proceed(self) -> None:
        profile = CollegeProfile(self.code.text(), self.name.text())
        self.run(lambda uow: save_college_profile(uow, profile))


def test_a_refusal_is_said_beside_its_field_and_a_save_closes_the_dialog(qtbot: QtBot, env: UiEnv) -> None:
    dialog = CollegeDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("13709")
    dialog.name.setText("วิทยาลัยเทคนิคทดสอบ")
    dialog.ok_button.click()
    note = dialog.field_messages["college.code"]
    qtbot.waitUntil(lambda: note.isVisible(), timeout=10_000)
    assert visible(note.text()) == "รหัสสถานศึกษาต้องเป็นตัวเลข 10 หลัก (ได้รับ '13709')"
    assert dialog.isVisible() and dialog.message.text() == "" and dialog.ok_button.isEnabled()
    dialog.code.setText("1370900001")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert not note.isVisible()
    with env.context.db.read() as session:
        assert college_profile(session).code == "1370900001"


def test_numbers_are_right_aligned_and_codes_and_words_are_not(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    table = read_only_table(parent)
    row = ["1,234.50", "-12.00", "7.5 %", "42", "2569", "66201010001", "1101700230708", "ห้อง 101", "7440-001"]
    fill_table(table, [str(i) for i in range(len(row))], [row])
    right = [bool(table.item(0, c).textAlignment() & Qt.AlignmentFlag.AlignRight) for c in range(len(row))]
    assert right == [True, True, True, True, True, False, False, False, False]
    assert table.rowCount() == 1 and table.columnCount() == len(row)


def test_the_staffing_constants_refusal_is_said_beside_the_field_it_names(qtbot: QtBot, env: UiEnv) -> None:
    from ui.pages.teachers.staffing_dialogs import ConstantsDialog
    from vocdesk.domain.staffing import WorkloadConstants

    dialog = ConstantsDialog(env, WorkloadConstants())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.general_hours["pvs"].setValue(40)  # more general-education hours than class hours (30)
    dialog.ok_button.click()
    note = dialog.field_messages["general_hours.pvs"]
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert visible(note.text()) == "ชั่วโมงวิชาสามัญต่อกลุ่มของระดับ pvs มากกว่าชั่วโมงเรียนทั้งหมด"
    assert dialog.isVisible() and not dialog.field_messages["teaching_load"].isVisible()
