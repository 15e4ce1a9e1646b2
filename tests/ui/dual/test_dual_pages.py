"""The dual pages on the demo college: placements with their findings, the check before saving, alerts, refreshes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.ui import shown
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.enterprises_page import EnterprisesPage
from ui.pages.dual.placement_dialog import PlacementDialog
from ui.pages.dual.placements_page import PlacementsPage
from ui.pages.dual.trainers_page import TrainersPage
from ui.pages.teachers.register_page import TeachersPage
from vocdesk.persistence.models import DualPlacement, Learner
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise


def test_a_draft_placement_shows_its_broken_rule_in_thai(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = PlacementsPage(demo_env)
    shown(qtbot, page)
    with demo_env.context.db.read() as session:
        total = len(list(session.scalars(select(DualPlacement.id))))
    assert visible(page.count_label.text()) == f"การฝึกอาชีพ {total:,} รายการ" and page.table.rowCount() == total
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.status.setCurrentIndex(page.status.findData("draft"))
    assert {page.table.item(r, 7).text() for r in range(page.table.rowCount())} == {"ร่าง"}
    seen = set()
    for row in range(page.table.rowCount()):
        page.table.selectRow(row)
        qtbot.waitUntil(lambda r=row: page.findings_for == page.rows[r].id, timeout=10_000)
        seen |= {page.findings.table.item(r, 1).text() for r in range(page.findings.table.rowCount())}
    assert "dual.minor_night" in seen and page.activate_button.isEnabled()
    assert "ข้อผิดพลาด" in visible(page.findings.summary.text())


def test_the_form_shows_the_rules_before_saving_and_writes_nothing(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = PlacementsPage(demo_env)
    shown(qtbot, page)
    with demo_env.context.db.read() as session:
        code = session.scalars(select(Learner.student_code).where(Learner.is_dual.is_(True))
                               .order_by(Learner.birth_date.desc())).first()
        before = len(list(session.scalars(select(DualPlacement.id))))
    assert page.choices is not None and code is not None
    dialog = PlacementDialog(demo_env, page.choices)
    qtbot.addWidget(dialog)
    dialog.learner.setText(code)
    today = demo_env.context.today()
    dialog.start.setDate(today + dt.timedelta(days=300))
    dialog.end.setDate(today + dt.timedelta(days=450))
    dialog.shift_start.setTime(QTime(14, 0))
    dialog.shift_end.setTime(QTime(22, 30))
    dialog.check_rules()
    qtbot.waitUntil(lambda: bool(dialog.findings.findings), timeout=10_000)
    assert "dual.minor_night" in [f.code for f in dialog.findings.findings]
    assert "22:00–06:00" in dialog.findings.table.item(
        [f.code for f in dialog.findings.findings].index("dual.minor_night"), 2).text()
    with demo_env.context.db.read() as session:
        assert len(list(session.scalars(select(DualPlacement.id)))) == before


def test_trainers_show_lapsing_certificates_and_pages_follow_enterprise_changes(qtbot: QtBot,
                                                                                demo_env: UiEnv) -> None:
    trainers = TrainersPage(demo_env)
    shown(qtbot, trainers)
    assert "ใกล้หมดอายุ" in {trainers.table.item(r, 4).text() for r in range(trainers.table.rowCount())}
    assert trainers.alerts.text().startswith("⚠ ")
    enterprises, teachers = EnterprisesPage(demo_env), TeachersPage(demo_env)
    shown(qtbot, enterprises)
    shown(qtbot, teachers)
    count = enterprises.table.rowCount()
    changes = demo_env.context.run(lambda uow: add_enterprise(uow, EnterpriseInput(
        "0107537000882", "บริษัท ใหม่ล่าสุด จำกัด")))[1]
    with qtbot.waitSignals([enterprises.data_shown, teachers.data_shown], timeout=10_000):
        for page in (enterprises, teachers):
            page.on_changes(changes)  # the main window forwards every broadcast this way
    assert enterprises.table.rowCount() == count + 1
    assert "บริษัท ใหม่ล่าสุด จำกัด" in [enterprises.table.item(r, 0).text() for r in range(count + 1)]


def test_the_dashboard_shows_the_dual_share_and_each_programme(qtbot: QtBot, demo_env: UiEnv) -> None:
    from sqlalchemy import func

    from ui.pages.dual.dashboard_page import DualDashboardPage

    page = DualDashboardPage(demo_env)
    shown(qtbot, page)
    with demo_env.context.db.read() as session:
        studying = session.scalar(select(func.count()).select_from(Learner).where(Learner.status == "studying"))
        dual = session.scalar(select(func.count()).select_from(Learner).where(Learner.status == "studying",
                                                                              Learner.is_dual.is_(True)))
    assert studying and dual
    assert page.cards[0].number.text() == f"{round(100 * dual / studying)}%"
    assert f"ผู้เรียนทวิภาคี {dual:,} จาก {studying:,} คน" in visible(page.cards[0].caption.text())
    assert sum(int(page.shares.item(r, 3).text()) for r in range(page.shares.rowCount())) == dual


def test_the_plan_editor_lists_the_plan_and_what_a_learner_has_not_covered(qtbot: QtBot, demo_env: UiEnv) -> None:
    from ui.pages.dual.plans_page import PlansPage
    from vocdesk.services.dual.plans import learner_coverage

    page = PlansPage(demo_env)
    shown(qtbot, page)
    assert page.programme.count() > 0 and page.programme.currentText().startswith(("ปวช.", "ปวส."))
    assert page.table.rowCount() == len(page.rows) > 0
    with demo_env.context.db.read() as session:
        code = session.scalars(select(Learner.student_code).where(Learner.is_dual.is_(True))).first()
    assert code is not None
    expected = demo_env.context.run(lambda uow: learner_coverage(uow, code))[0]
    page.learner.setText(code)
    page._load_coverage()
    qtbot.waitUntil(lambda: page.coverage.rowCount() == len(expected.uncovered) and bool(page.coverage_label.text()),
                    timeout=10_000)
    assert f"ฝึกแล้วตามแผน {expected.covered_hours:,} จาก {expected.planned_hours:,} ชั่วโมง" in \
        visible(page.coverage_label.text())
