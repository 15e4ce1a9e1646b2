"""Programme names and OVEC codes are corrected on the Programmes and AI page, under the confirmed-code rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ui.context import UiEnv
from ui.pages.learners.ai_coverage_page import AiCoveragePage
from ui.pages.learners.programme_names import ProgrammeNamesDialog
from vocdesk.persistence.models import AuditEvent, Programme


def _open(qtbot: QtBot, env: UiEnv, name: str) -> tuple[AiCoveragePage, ProgrammeNamesDialog]:
    page = AiCoveragePage(env)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    env.runner.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    row = next(i for i, r in enumerate(page.rows) if r.name_th == name)
    page.table.selectRow(row)
    qtbot.mouseClick(page.names_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeNamesDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    return page, dialog


def test_confirming_a_code_renames_audits_and_shows_it(qtbot: QtBot, demo_env: UiEnv) -> None:
    page, dialog = _open(qtbot, demo_env, "เมคคาทรอนิกส์และหุ่นยนต์")
    assert page.names_button.text() == "ชื่อและรหัสสาขา…"
    assert dialog.code.text() == "" and dialog.name_th.text() == "เมคคาทรอนิกส์และหุ่นยนต์"  # not confirmed: no TBC
    with demo_env.context.db.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEvent))
    dialog.code.setText("30127")
    dialog.name_en.setText("Mechatronics and Robotics")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):  # the page lists the new code by itself
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = next(r for r in page.rows if r.name_th == "เมคคาทรอนิกส์และหุ่นยนต์")
    assert shown.major_code == "30127"
    with demo_env.context.db.read() as s:
        stored = s.execute(select(Programme.major_code, Programme.major_name_en).where(
            Programme.level == "pvs", Programme.major_name_th == "เมคคาทรอนิกส์และหุ่นยนต์")).one()
        last = s.execute(select(AuditEvent.action, AuditEvent.changes_json).order_by(AuditEvent.id.desc())).first()
        grew = s.scalar(select(func.count()).select_from(AuditEvent)) - audits
    assert tuple(stored) == ("30127", "Mechatronics and Robotics")
    assert grew == 1 and last is not None and last[0] == "programme.rename" and "30127" in last[1]


def test_a_code_of_the_wrong_level_or_a_placeholder_is_refused_in_the_dialog(qtbot: QtBot, demo_env: UiEnv) -> None:
    _page, dialog = _open(qtbot, demo_env, "เมคคาทรอนิกส์และหุ่นยนต์")
    for typed in ("20127", "TBC01"):
        dialog.code.setText(typed)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
        assert dialog.isVisible() and "ขึ้นต้นด้วย 3" in dialog.error_label.text().replace("\u200b", "")
        dialog.error_label.hide()
    with demo_env.context.db.read() as s:
        renamed = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "programme.rename")
        assert s.scalar(renamed) == 0
