"""Timetable import dialog: a check lists findings and writes nothing; the import replaces the term's lessons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.training import add_place
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.timetable_dialog import TimetableDialog
from vocdesk.persistence.models import AuditEvent, Lesson, Location
from vocdesk.services.training.calendar_ import list_terms, set_term

HEADER = '"Activity Id","Day","Hour","Students Sets","Subject","Teachers","Activity Tags","Room","Comments"\n'
LINES = ('"1","จันทร์","คาบ 1 08:00-09:00","ชส.1/1","งานเชื่อม","ครูสมชาย","","W1",""',
         '"2","อังคาร","คาบ 2 09:00-10:00","ชส.1/1","งานกลึง","ครูสมชาย","","X9",""')


def counts(env: UiEnv) -> tuple[int, int, int]:
    with env.context.db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Lesson, Location, AuditEvent))


def opened(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> TimetableDialog:
    add_place(env.context, "W1")
    env.context.run(lambda uow: set_term(uow, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12)))
    path = tmp_path / "college_timetable.csv"
    path.write_text("\ufeff" + HEADER + "\n".join(LINES) + "\n", encoding="utf-8")
    with env.context.db.read() as session:
        terms = list_terms(session, env.context.actor)
    dialog = TimetableDialog(env, terms)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    return dialog


def check(qtbot: QtBot, dialog: TimetableDialog) -> None:
    before = dialog.report
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not before, timeout=10_000)


def test_an_unknown_room_is_an_error_with_its_row_and_nothing_is_written(qtbot: QtBot, env: UiEnv,
                                                                        tmp_path: Path) -> None:
    dialog = opened(qtbot, env, tmp_path)
    before = counts(env)
    check(qtbot, dialog)
    assert visible(dialog.summary.text()).startswith("ไม่ได้นำเข้า: ต้องแก้ไขแฟ้ม 1 ข้อผิดพลาด")
    problems = [[dialog.findings.item(r, c).text() for c in range(4)] for r in range(dialog.findings.rowCount())]
    assert ["3", "room", "ข้อผิดพลาด", "ไม่พบห้อง 'X9' (ใช้ --create-rooms เพื่อสร้างห้องใหม่)"] in problems
    assert not dialog.import_button.isEnabled()
    assert counts(env) == before


def test_with_create_rooms_the_check_then_the_import_writes_the_lessons_and_the_room(qtbot: QtBot, env: UiEnv,
                                                                                   tmp_path: Path) -> None:
    dialog = opened(qtbot, env, tmp_path)
    lessons, places, audit = counts(env)
    dialog.create_rooms.setChecked(True)
    check(qtbot, dialog)
    assert visible(dialog.summary.text()).startswith("พร้อมนำเข้า: 2 คาบ")
    assert counts(env) == (lessons, places, audit)  # the check wrote nothing
    assert dialog.import_button.isEnabled()
    report = dialog.report
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not report, timeout=10_000)
    assert visible(dialog.summary.text()).startswith("นำเข้าแล้ว")
    assert counts(env) == (lessons + 2, places + 1, audit + 2)  # rooms created, timetable imported
    assert not dialog.import_button.isEnabled()
