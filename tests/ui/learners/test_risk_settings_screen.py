"""The risk thresholds, which only `vocdesk settings` could change, are a form on the learner dashboard."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import open_window
from ui.context import UiEnv
from ui.pages.learners.dashboard_page import LearnerDashboardPage
from ui.pages.learners.risk_settings import RiskSettingsDialog
from vocdesk.persistence.models import AuditEvent
from vocdesk.services.learners.risk import risk_thresholds


def test_lowering_the_thresholds_saves_audits_and_shrinks_the_risk_counts(
        qtbot: QtBot, demo_env: UiEnv, window_settings: QSettings) -> None:
    window = open_window(qtbot, demo_env, window_settings)
    page = window.page("learner_dashboard")
    assert isinstance(page, LearnerDashboardPage)
    with qtbot.waitSignal(page.data_shown, timeout=15_000):
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("learner_dashboard"))
    def flagged() -> int:
        return sum(int(page.cards[key].number.text().replace(",", "")) for key in ("watch", "high"))

    before = flagged()
    assert before > 0  # the demo college has learners to watch
    with demo_env.context.db.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEvent))
    qtbot.mouseClick(page.risk_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RiskSettingsDialog) and page.risk_button.text() == "เกณฑ์ความเสี่ยง…"
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert dialog.attendance.value() == 80.0 and dialog.gpax.value() == 2.0  # the defaults as stored
    for field, value in ((dialog.attendance, 0), (dialog.gpax, 0), (dialog.income, 0), (dialog.suspensions, 50)):
        field.setValue(value)
    with qtbot.waitSignal(page.data_shown, timeout=15_000):  # the dashboard recomputes on its own
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert flagged() < before  # attendance, GPAX, income and suspensions no longer flag anyone; other rules still do
    with demo_env.context.db.read() as s:
        limits = risk_thresholds(s)
        grew = s.scalar(select(func.count()).select_from(AuditEvent)) - audits
        actions = set(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(grew)))
    assert (limits.attendance_min_pct, limits.gpax_min, limits.household_income_max, limits.suspensions_max) == (
        0, 0, 0, 50)
    assert grew == 5 and actions == {"setting.update"}  # one audited record per threshold (none was stored yet)


def test_a_refused_value_stays_in_the_dialog(qtbot: QtBot, demo_env: UiEnv) -> None:
    dialog = RiskSettingsDialog(demo_env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    demo_env.context.actor = type(demo_env.context.actor)("teacher1", "teacher")  # a teacher may not change them
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.isVisible() and "สิทธิ์" in dialog.error_label.text()
