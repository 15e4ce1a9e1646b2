"""The academic calendar, once only `vocdesk term set`, is a dialog from the File menu: terms' days per year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import open_window
from ui.context import UiEnv
from ui.dialogs.calendar_dialog import CalendarDialog
from vocdesk.persistence.models import AuditEvent, Term


def test_setting_a_years_terms_stores_and_audits_only_the_ticked_ones(qtbot: QtBot, env: UiEnv,
                                                                       window_settings: QSettings) -> None:
    window = open_window(qtbot, env, window_settings)
    assert window.calendar_action.isVisible() and window.calendar_action.text() == "ปฏิทินการศึกษา (&C)…"
    dialog = window.open_calendar()
    assert isinstance(dialog, CalendarDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    dialog.year.setValue(2569)
    qtbot.waitUntil(lambda: bool(dialog.loaded) and dialog.loaded[0].key == "1/2569", timeout=10_000)
    assert [label.text() for label in dialog.row_labels] == ["ภาคเรียนที่ 1/2569", "ภาคเรียนที่ 2/2569",
                                                             "ภาคฤดูร้อน 2569"]
    assert [use.isChecked() for use, _f, _l in dialog.rows] == [True, True, False]  # summer only when wanted
    _use, first, last = dialog.rows[0]
    first.setDate(dt.date(2026, 5, 18))
    last.setDate(dt.date(2026, 9, 25))
    with env.context.db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    with env.context.db.read() as s:
        terms = {t.key: (t.first_day, t.last_day) for t in s.scalars(select(Term))}
        grew = s.scalar(select(func.count()).select_from(AuditEvent)) - before
    assert set(terms) == {"1/2569", "2/2569"} and terms["1/2569"] == (dt.date(2026, 5, 18), dt.date(2026, 9, 25))
    assert grew == 2

    again = window.open_calendar()
    assert isinstance(again, CalendarDialog)
    qtbot.waitUntil(lambda: again.save_button.isEnabled() and bool(again.loaded), timeout=10_000)
    again.year.setValue(2569)
    qtbot.waitUntil(lambda: again.loaded[0].key == "1/2569" and again.loaded[0].stored, timeout=10_000)
    assert again.rows[0][1].date() == dt.date(2026, 5, 18)  # what was stored comes back
    _use, first, last = again.rows[1]
    first.setDate(dt.date(2027, 3, 1))
    last.setDate(dt.date(2026, 11, 1))  # before the first day: refused, nothing stored
    again.save_button.click()
    qtbot.waitUntil(lambda: again.error_label.isVisible(), timeout=10_000)
    assert again.isVisible()
    with env.context.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) - before == 2
