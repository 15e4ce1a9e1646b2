"""The learner panel and filters: status change through the dialog, filters narrowing the search-backed provider."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui.context import UiEnv
from ui.pages.learners.dialogs import RolloverDialog, StatusDialog
from ui.pages.learners.panel import LearnerFilterBar, LearnerPanel, SearchProvider
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.domain.risk import RiskLevel
from vocdesk.persistence.models import Learner, LearnerStatusChange
from vocdesk.services.core.context import Actor


@pytest.fixture
def demo_env(env: UiEnv) -> UiEnv:
    env.context.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=400)))
    return env


def first_studying(env: UiEnv) -> int:
    with env.context.db.read() as s:
        return int(s.scalars(select(Learner.id).where(Learner.status == "studying").order_by(Learner.id)).first() or 0)


def test_status_change_through_the_dialog_is_saved_with_history(qtbot: QtBot, demo_env: UiEnv,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = LearnerPanel(demo_env)
    qtbot.addWidget(panel)
    lid = first_studying(demo_env)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.show_learner(lid)
    offered: list[str] = []

    def answer(dialog: StatusDialog) -> int:
        offered.extend(str(dialog.status.itemData(i)) for i in range(dialog.status.count()))
        dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
        dialog.date.setDate(dt.date(2026, 11, 20))
        dialog.reason.setText("ไปทำงานต่างจังหวัดกับผู้ปกครอง")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(StatusDialog, "exec", answer)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.change_status()
    assert sorted(offered) == ["dismissed", "graduated", "suspended", "transferred", "withdrawn"]
    assert panel.view.history.item(panel.view.history.rowCount() - 1, 1).text() == "ลาออก"
    with demo_env.context.db.read() as s:
        assert s.scalar(select(Learner.status).where(Learner.id == lid)) == "withdrawn"
        assert s.scalar(select(LearnerStatusChange.reason).where(LearnerStatusChange.learner_id == lid)
                        .order_by(LearnerStatusChange.id.desc()).limit(1)) == "ไปทำงานต่างจังหวัดกับผู้ปกครอง"


def test_rollover_preview_dialog_lists_every_change_and_cancel_writes_nothing(
        qtbot: QtBot, demo_env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def cancel(dialog: RolloverDialog) -> int:
        seen.append(dialog.table.rowCount())
        assert len(dialog.preview.plan.learners) == dialog.table.rowCount()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(RolloverDialog, "exec", cancel)
    panel = LearnerPanel(demo_env)
    qtbot.addWidget(panel)
    with demo_env.context.db.read() as s:
        before = s.execute(select(Learner.id, Learner.year)).all()
    panel.start_rollover()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0] > 300
    with demo_env.context.db.read() as s:
        assert s.execute(select(Learner.id, Learner.year)).all() == before


def test_filter_bar_narrows_the_provider(qtbot: QtBot, demo_env: UiEnv) -> None:
    bar = LearnerFilterBar()
    qtbot.addWidget(bar)
    provider = SearchProvider(demo_env.context)
    everyone = provider.ordered_ids("", "student_code", False)
    with qtbot.waitSignal(bar.changed) as signal:
        bar.level.setCurrentIndex(bar.level.findData("pvs"))
    provider.filters = signal.args[0]
    pvs = provider.ordered_ids("", "student_code", False)
    bar.risk.setCurrentIndex(bar.risk.findData(RiskLevel.HIGH))
    provider.filters = bar.filters()
    risky = provider.ordered_ids("", "student_code", False)
    with demo_env.context.db.read() as s:
        levels = set(s.scalars(select(Learner.level).where(Learner.id.in_(pvs))))
    assert levels == {"pvs"} and 0 < len(pvs) < len(everyone) and risky and set(risky) < set(pvs)
    assert all("x" in row.national_id_masked for row in provider.rows(pvs[:3]))  # lists mask by default
    provider.whole_ids = True
    assert all("x" not in row.national_id_masked for row in provider.rows(pvs[:3]))  # the administrator may see
    demo_env.context.actor = Actor("boss", "executive")
    assert all("x" in row.national_id_masked for row in provider.rows(pvs[:3]))


def test_a_home_visit_recorded_in_the_dialog_raises_the_risk(qtbot: QtBot, demo_env: UiEnv,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.pages.learners.dialogs import CaseDialog

    panel = LearnerPanel(demo_env)
    qtbot.addWidget(panel)
    lid = first_studying(demo_env)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.show_learner(lid)
    cases_before = panel.view.cases.rowCount()

    def answer(dialog: CaseDialog) -> int:
        assert dialog.responsible.text()  # the advisor is suggested
        dialog.screening.setCurrentIndex(dialog.screening.findData("problem"))
        dialog.notes.setText("ผู้ปกครองย้ายไปทำงานต่างประเทศ")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CaseDialog, "exec", answer)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.record_case()
    assert panel.view.cases.rowCount() == cases_before + 1
    assert "มีปัญหา" in panel.view.risk_label.text() and panel.view.risk_label.text().startswith("เสี่ยงสูง")


def test_the_slow_search_mode_is_said_on_screen(qtbot: QtBot, env: UiEnv) -> None:
    bar = LearnerFilterBar()
    qtbot.addWidget(bar)
    bar.show()
    seen: list[str] = []
    bar.watch_search_mode(env)
    env.runner.read(lambda session: "later", on_done=seen.append)  # one worker, in order: the mode came first
    qtbot.waitUntil(lambda: bool(seen))
    assert not bar.mode_note.isVisible()  # SQLite: FTS5 index
    bar.show_search_mode("ilike")
    assert bar.mode_note.isVisible() and "pg_trgm" in bar.mode_note.text()


def test_support_dialog_adds_a_scholarship_and_refuses_a_bad_amount(qtbot: QtBot, demo_env: UiEnv,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.pages.learners.dialogs import SupportDialog

    panel = LearnerPanel(demo_env)
    qtbot.addWidget(panel)
    lid = first_studying(demo_env)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.show_learner(lid)
    before = panel.view.support.rowCount()
    amounts = iter(["12,000", "สองพัน"])

    def answer(dialog: SupportDialog) -> int:
        dialog.what.setCurrentIndex(dialog.what.findData("scholarship"))
        dialog.source.setCurrentIndex(dialog.source.findData("company"))
        dialog.title.setText("ทุนบริษัท ไทยซัมมิท")
        dialog.amount.setText(next(amounts))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SupportDialog, "exec", answer)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.add_support_item()
    row = [panel.view.support.item(0, c).text() for c in range(4)]
    assert panel.view.support.rowCount() == before + 1 and row[1:4] == ["สถานประกอบการ", "ทุนบริษัท ไทยซัมมิท",
                                                                          "12,000"]
    shown: list[str] = []
    monkeypatch.setattr("ui.pages.learners.panel.show_error", lambda _parent, error: shown.append(error.code))
    panel.add_support_item()
    assert shown == ["invalid"]
