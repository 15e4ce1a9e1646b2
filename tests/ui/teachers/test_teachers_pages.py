"""The teachers page (filters, detail tabs) and the staffing dashboard (chart, table, alerts) on the demo college."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.factories.ui import shown
from ui.context import UiEnv
from ui.pages.teachers.register_page import TeachersPage
from ui.pages.teachers.staffing_page import StaffingPage
from vocdesk.services.teachers.listing import teacher_rows
from vocdesk.services.teachers.staffing import alerts, save_workload_constants, staffing_overview, workload_constants


def test_teachers_page_filters_and_shows_tabs(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = TeachersPage(demo_env)
    shown(qtbot, page)
    context = demo_env.context
    with context.db.read() as session:
        everyone = teacher_rows(session, context.actor)
        contract = teacher_rows(session, context.actor, position_type="contract_teacher", department_code="01")
    assert page.table.rowCount() == len(everyone)
    assert page.count_label.text() == f"{len(everyone)} คน"
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.position.setCurrentIndex(page.position.findData("contract_teacher"))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.department.setCurrentIndex(page.department.findData("01"))
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == [row.name for row in contract] and names
    assert {page.table.item(r, 1).text() for r in range(page.table.rowCount())} == {"ครูอัตราจ้าง"}
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.row.id == contract[0].id)
    assert page.detail.fields["name"].text() == contract[0].name
    assert [page.detail.tabText(i) for i in range(3)] == ["ประวัติ", "สัญญาจ้าง", "การพัฒนา"]
    assert page.detail.contracts.rowCount() == len(page.detail.detail.contracts) >= 2  # renewals kept
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.search.setText(contract[0].name.split()[-1])
        page.search.flush()
    assert contract[0].name in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_staffing_dashboard_follows_the_constants(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = StaffingPage(demo_env)
    shown(qtbot, page)
    context = demo_env.context
    with context.db.read() as session:
        result = staffing_overview(session, context.actor)
        found = alerts(session, context.actor, context.today(), 90)
        constants = workload_constants(session)
    assert [(b.label, b.need, b.actual) for b in page.chart.bars] == [
        (line.name_th, line.need, line.actual) for line in result.lines]
    last = page.table.rowCount() - 1
    assert page.table.item(last, 0).text() == "รวมทั้งวิทยาลัย"
    assert page.table.item(last, 4).text() == str(result.college.need)
    assert f"ต้องการครู {result.college.need} คน มีอยู่ {result.college.actual} คน" in page.summary.text()
    assert page.alerts_table.rowCount() == len(found) > 0
    changes = context.run(lambda uow: save_workload_constants(uow, replace(constants, teaching_load=24)))[1]
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.on_changes(changes)
    hours = result.college.weekly_hours
    # Each department rounds up on its own, so the college need is at least the hours over the new load.
    assert int(page.table.item(last, 4).text()) >= hours / 24
    assert int(page.table.item(last, 4).text()) < result.college.need
    assert "ภาระงานสอน 24 ชั่วโมงต่อสัปดาห์" in page.formula.text()


def test_home_alert_panel_counts_what_the_dashboard_lists(qtbot: QtBot, demo_env: UiEnv) -> None:
    from ui.pages.teachers.staffing_alerts import StaffingAlertsPanel

    panel = StaffingAlertsPanel(demo_env)
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.counts is not None, timeout=10_000)
    context = demo_env.context
    with context.db.read() as session:
        found = alerts(session, context.actor, context.today(), 90)
    ending = sum(a.kind == "ending" for a in found)
    assert panel.counts is not None and panel.counts.ending == ending
    assert f"สัญญาจ้างสิ้นสุดภายใน 90 วัน {ending} คน" in panel.text.text()


def test_constants_dialog_and_plan_preview_then_save(qtbot: QtBot, demo_env: UiEnv) -> None:
    from ui.pages.teachers.staffing_dialogs import ConstantsDialog, PlanDialog
    from vocdesk.persistence.models import Department, Teacher

    page = StaffingPage(demo_env)
    shown(qtbot, page)
    context = demo_env.context
    page.edit_constants()
    dialog = page.dialog
    assert isinstance(dialog, ConstantsDialog)
    dialog.load.setValue(20)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with context.db.read() as session:
        assert workload_constants(session).teaching_load == 20
        before = staffing_overview(session, context.actor)
    page.open_plan()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog) and page.dialog.preview is not None, timeout=10_000)
    plan = page.dialog
    assert isinstance(plan, PlanDialog)
    mover = next(t for t in plan.teachers if t.department_code == "13")
    plan.teacher.setCurrentIndex(plan.teachers.index(mover))
    plan.to_department.setCurrentIndex(plan.to_department.findData("01"))
    plan.preview = None
    plan.add_move()
    qtbot.waitUntil(lambda: plan.preview is not None, timeout=10_000)
    auto_row = [line.code for line in before.lines].index("01")
    assert plan.table.item(auto_row, 2).text() == str(before.line("01").actual)
    assert plan.table.item(auto_row, 4).text() == str(before.line("01").actual + 1)
    assert plan.table.item(auto_row, 6).text() == "●"
    with context.db.read() as session:  # previewing saved nothing
        assert staffing_overview(session, context.actor).line("01").actual == before.line("01").actual
    plan.title.setText("ย้ายครูสามัญช่วยสอนช่างยนต์")
    plan.apply_moves.setChecked(True)
    with qtbot.waitSignal(plan.accepted, timeout=10_000):
        plan.save()
    with context.db.read() as session:
        department = session.get(Teacher, mover.id).department_id  # type: ignore[union-attr]
        assert session.get(Department, department).code == "01"  # type: ignore[union-attr]


def test_adding_a_contract_and_development_from_the_page(qtbot: QtBot, demo_env: UiEnv,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import ui.pages.teachers.dialogs as dialogs

    page = TeachersPage(demo_env)
    shown(qtbot, page)
    demo_env.runner.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.position.setCurrentIndex(page.position.findData("contract_teacher"))
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.row.id == page.rows[0].id)
    assert page.contract_button.isEnabled() and page.development_button.isEnabled()
    before = page.detail.detail
    assert before is not None
    last_end = max(c[2] for c in before.contracts)
    page.add_contract()
    dialog = page.dialog
    assert isinstance(dialog, dialogs.ContractDialog)
    dialog.start.setDate(last_end - dt.timedelta(days=10))  # overlaps the current contract
    dialog.end.setDate(last_end + dt.timedelta(days=355))
    dialog.funding.setText("เงินรายได้สถานศึกษา")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)  # said in the dialog, which stays open
    assert "ซ้อน" in dialog.message.text() and dialog.isVisible()
    dialog.start.setDate(last_end + dt.timedelta(days=1))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: page.detail.detail is not None and len(page.detail.detail.contracts)
                    == len(before.contracts) + 1, timeout=10_000)
    assert page.detail.contracts.item(page.detail.contracts.rowCount() - 1, 3).text() == "ฉบับปัจจุบัน"
    page.add_development()
    development = page.dialog
    assert isinstance(development, dialogs.DevelopmentDialog)
    development.start.setDate(dt.date(2026, 11, 2))
    development.end.setDate(dt.date(2026, 11, 4))
    development.hours.setValue(21)
    development.enterprise.setText("บริษัท ราชบุรียานยนต์ จำกัด")
    with qtbot.waitSignal(development.accepted, timeout=10_000):
        development.save()
    qtbot.waitUntil(lambda: page.detail.detail is not None and len(page.detail.detail.development)
                    == len(before.development) + 1, timeout=10_000)


def test_export_menu_writes_each_list(qtbot: QtBot, demo_env: UiEnv, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page = TeachersPage(demo_env)
    shown(qtbot, page)
    assert [a.text() for a in page.export_menu.actions()] == [
        "รายชื่อครูและบุคลากร", "อัตรากำลังครูรายแผนก", "สัญญาจ้าง", "ชั่วโมงพัฒนาครู"]
    out = tmp_path / "สัญญาจ้าง.xlsx"
    page.export_to("contracts", out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: demo_env.runner.pending() == 0, timeout=10_000)
    book = load_workbook(out, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    book.close()
    assert rows[0][:3] == ("ชื่อ - นามสกุล", "ตำแหน่ง", "แผนกวิชา") and len(rows) > 1


def test_typed_group_counts_replace_learner_data_until_cleared(qtbot: QtBot, demo_env: UiEnv) -> None:
    from ui.pages.teachers.staffing_dialogs import GroupCountsDialog

    page = StaffingPage(demo_env)
    shown(qtbot, page)
    context = demo_env.context
    page.edit_groups()
    qtbot.waitUntil(lambda: isinstance(page.dialog, GroupCountsDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, GroupCountsDialog)
    row = next(i for i, line in enumerate(dialog.lines) if (line.department_code, line.level) == ("12", "pvs"))
    learners = dialog.lines[row].from_learners
    assert dialog.table.item(row, 2).text() == str(learners)
    dialog.boxes[row].setText(str(learners + 3))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with context.db.read() as session:
        assert staffing_overview(session, context.actor).line("12").groups == learners + 3
    page.edit_groups()
    qtbot.waitUntil(lambda: page.dialog is not dialog and isinstance(page.dialog, GroupCountsDialog))
    again = page.dialog
    assert isinstance(again, GroupCountsDialog) and again.boxes[row].text() == str(learners + 3)
    again.boxes[row].setText("")
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.save()
    with context.db.read() as session:
        assert staffing_overview(session, context.actor).line("12").groups == learners


def test_add_then_edit_a_teacher(qtbot: QtBot, demo_env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.pages.teachers.dialogs as dialogs

    page = TeachersPage(demo_env)
    shown(qtbot, page)
    demo_env.runner.changed.connect(page.on_changes)
    page.add_teacher()
    dialog = page.dialog
    assert isinstance(dialog, dialogs.TeacherDialog)
    dialog.national_id.set_digits("1101700230709")  # wrong check digit
    dialog.prefix.setText("นาย")
    dialog.first.setText("ทดสอบ")
    dialog.last.setText("ครูใหม่")
    dialog.position.setCurrentIndex(dialog.position.findData("contract_teacher"))
    dialog.department.setCurrentIndex(dialog.department.findData("03"))
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "1101700230709" in dialog.message.text() and dialog.isVisible()
    dialog.national_id.set_digits("1101700230708")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.save()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.search.setText("ครูใหม่")
        page.search.flush()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["นายทดสอบ ครูใหม่"]
    assert page.table.item(0, 2).text() == "แผนกวิชาช่างเชื่อมโลหะ"
    page.edit_teacher()
    qtbot.waitUntil(lambda: isinstance(page.dialog, dialogs.TeacherDialog) and page.dialog is not dialog)
    edit = page.dialog
    assert isinstance(edit, dialogs.TeacherDialog) and edit.first.text() == "ทดสอบ"
    edit.department.setCurrentIndex(edit.department.findData("01"))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        edit.save()
    assert page.table.item(0, 2).text() == "แผนกวิชาช่างยนต์"
