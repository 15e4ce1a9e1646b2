"""The training-plan editor changes a plan: edit a task through its dialog, move it, remove it; the database and
the audit chain show each change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import shown
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.plan_dialogs import RemoveTaskDialog, TaskDialog
from ui.pages.dual.plans_page import PlansPage
from vocdesk.persistence.models import AuditEvent, DualPlanTask
from vocdesk.services.core.audit import verify_audit


def _audit(env: UiEnv) -> tuple[int, list[str]]:
    with env.context.db.read() as session:
        count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(3)))
    return count, actions


def test_a_coordinator_edits_moves_and_removes_a_plan_task(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = PlansPage(demo_env)
    demo_env.runner.changed.connect(page.on_changes)  # as the main window passes every change to its pages
    shown(qtbot, page)
    assert page.edit_button.isEnabled() and visible(page.edit_button.text()) == "แก้ไข…"
    page.table.selectRow(1)
    task = page.rows[1]
    before, _ = _audit(demo_env)
    page.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TaskDialog) and dialog.main.text() == task.main_task
    assert visible(dialog.windowTitle()) == "แก้ไขงานในแผนการฝึก"
    dialog.hours.setValue(task.hours + 7)
    dialog.sub.setText("ตรวจสอบและบันทึกผล")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.ok_button.click()
    with demo_env.context.db.read() as session:
        stored = session.get(DualPlanTask, task.id)
        assert stored is not None and (stored.hours, stored.sub_task) == (task.hours + 7, "ตรวจสอบและบันทึกผล")
    count, actions = _audit(demo_env)
    assert count == before + 1 and actions[0] == "plan.edit"
    shown_row = [r.id for r in page.rows].index(task.id)
    assert page.table.item(shown_row, 2).text() == "ตรวจสอบและบันทึกผล"

    same_semester = [r for r in page.rows if r.semester == task.semester]
    assert same_semester[0].id != task.id  # the demo's plan puts the second row second in its semester
    page.table.selectRow(shown_row)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.up_button.click()
    assert [r.id for r in page.rows].index(task.id) == shown_row - 1
    still = page.selected()
    assert still is not None and still.id == task.id  # pressing again would go on moving the same task
    assert _audit(demo_env)[1][:2] == ["plan.move", "plan.move"]

    page.table.selectRow([r.id for r in page.rows].index(task.id))
    page.remove_button.click()
    remove = page.dialog
    assert isinstance(remove, RemoveTaskDialog)
    assert f"ลบ “{task.main_task} – ตรวจสอบและบันทึกผล” (ภาคเรียนที่ {task.semester}, {task.hours + 7} ชั่วโมง)" in \
        visible(remove.question.text())
    listed = len(page.rows)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        remove.ok_button.click()
    assert len(page.rows) == listed - 1 and task.id not in [r.id for r in page.rows]
    with demo_env.context.db.read() as session:
        assert session.get(DualPlanTask, task.id) is None
    assert _audit(demo_env)[1][0] == "plan.delete"
    verdict = demo_env.context.run(lambda uow: verify_audit(uow))[0]
    assert verdict.ok and verdict.problem is None


def test_the_executive_sees_the_plan_but_cannot_change_it(qtbot: QtBot, demo_env: UiEnv) -> None:
    from vocdesk.services.core.context import Actor

    demo_env.context.actor = Actor("boss", "executive")
    page = PlansPage(demo_env)
    shown(qtbot, page)
    assert page.table.rowCount() > 0
    assert not any(b.isEnabled() for b in (page.add_button, page.edit_button, page.remove_button, page.up_button,
                                           page.down_button))
