"""Qualifications and teaching assignments, once only `vocdesk teacher add-…`, are added from the teachers page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import shown
from ui.context import UiEnv
from ui.pages.teachers.register_page import TeachersPage
from ui.pages.teachers.teaching_dialogs import AssignmentDialog, QualificationDialog
from vocdesk.persistence.models import AuditEvent, TeacherQualification, TeachingAssignment


def _audits(env: UiEnv) -> int:
    with env.context.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _a_teacher(qtbot: QtBot, env: UiEnv) -> TeachersPage:
    page = TeachersPage(env)
    env.runner.changed.connect(page.on_changes)
    shown(qtbot, page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.position.setCurrentIndex(page.position.findData("civil_servant"))
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.row.id == page.rows[0].id)
    return page


def test_a_tpqi_certificate_is_saved_audited_and_shown(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = _a_teacher(qtbot, demo_env)
    teacher = page.rows[0]
    before = _audits(demo_env)
    assert page.qualification_button.isEnabled() and page.qualification_button.text() == "เพิ่มคุณวุฒิ…"
    qtbot.mouseClick(page.qualification_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QualificationDialog) and not dialog.level.isEnabled()  # degrees have no level
    dialog.kind.setCurrentIndex(dialog.kind.findData("occupational"))
    assert dialog.level.isEnabled()
    dialog.title_edit.setText("ช่างไฟฟ้าภายในอาคาร")
    dialog.level.setValue(3)
    dialog.issuer.setText("สถาบันคุณวุฒิวิชาชีพ")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "ช่างไฟฟ้าภายในอาคาร" in page.detail.fields["qualifications"].text(), timeout=10_000)
    with demo_env.context.db.read() as s:
        stored = s.execute(select(TeacherQualification.kind, TeacherQualification.level, TeacherQualification.issuer)
                           .where(TeacherQualification.teacher_id == teacher.id,
                                  TeacherQualification.title == "ช่างไฟฟ้าภายในอาคาร")).one()
    assert tuple(stored) == ("occupational", 3, "สถาบันคุณวุฒิวิชาชีพ") and _audits(demo_env) == before + 1


def test_a_teaching_assignment_is_saved_and_a_bad_semester_is_refused(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = _a_teacher(qtbot, demo_env)
    teacher = page.rows[0]
    before = _audits(demo_env)
    qtbot.mouseClick(page.assignment_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AssignmentDialog) and dialog.semester.text().endswith("/2569")
    dialog.semester.setText("3/69")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible() and _audits(demo_env) == before
    dialog.semester.setText("2/2569")
    dialog.subject_code.setText("20104-2003")
    dialog.subject_name.setText("เครื่องวัดไฟฟ้า")
    dialog.hours.setValue(6)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_env.context.db.read() as s:
        stored = s.execute(select(TeachingAssignment.academic_year, TeachingAssignment.semester,
                                  TeachingAssignment.hours_per_week)
                           .where(TeachingAssignment.teacher_id == teacher.id,
                                  TeachingAssignment.subject_code == "20104-2003")).one()
    assert tuple(stored) == (2569, "2", 6.0) and _audits(demo_env) == before + 1
