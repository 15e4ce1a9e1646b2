"""Each role signs in and sees exactly the pages and menu actions that the PERMISSIONS table gives it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.factories.ui import add_users, sign_in
from tests.ui.conftest import I18N
from ui.context import UiEnv
from ui.main_window import MainWindow
from ui.session import SessionController
from vocdesk.security.idle import IdlePolicy
from vocdesk.services.core.permissions import ROLES, all_permissions


def may(role: str, action: str) -> bool:
    return role in all_permissions()[action]


TRAINING_VIEW = ["training_facilities", "training_week", "training_finder"]
TRAINING_STAFF = [*TRAINING_VIEW, "training_approvals", "courses", "trainees"]
DUAL_PAGES = ["dual_enterprises", "dual_mous", "dual_trainers", "dual_placements", "dual_dashboard", "dual_plans",
              "dual_visits", "dual_logbook", "dual_assessment", "dual_allowances", "dual_risk",
              "dual_centres"]
COMMUNITY_PAGES = ["fixit_points", "fixit_intake", "fixit_jobs", "service_hours", "volunteer_shifts"]
COMMUNITY_READ = [page for page in COMMUNITY_PAGES if page != "fixit_intake"]
LABOUR_PAGES = ["labour_demand", "labour_map", "labour_supply", "labour_outcomes"]
LEARNER_PAGES = ["learners", "learner_dashboard"]
EQUIPMENT_PAGES = ["grants", "assets", "stocktake"]
ALL_PAGES = ["home", *LEARNER_PAGES, "ai_coverage", "teachers", "staffing", *TRAINING_STAFF, *DUAL_PAGES,
             *EQUIPMENT_PAGES, *COMMUNITY_PAGES, *LABOUR_PAGES, "packages"]
READ_ALL = [page for page in ALL_PAGES if page not in ("training_approvals", "trainees", "fixit_intake", "packages")]
# written by hand from the roles' jobs, not from the permission table: a changed table must change this too
SEES: dict[str, tuple[list[str], bool]] = {  # role -> (pages in sidebar order, may import)
    "administrator": (ALL_PAGES, True),
    "registrar": (["home", *LEARNER_PAGES, "ai_coverage", "teachers", "staffing", *DUAL_PAGES, *COMMUNITY_READ,
                   *LABOUR_PAGES, "packages"], True),
    "equipment_officer": (["home", "ai_coverage", *TRAINING_VIEW, "courses", *EQUIPMENT_PAGES], True),
    "training_staff": (["home", "ai_coverage", *TRAINING_STAFF, *DUAL_PAGES, *COMMUNITY_PAGES], True),
    # read everything but the OVEC packages, the trainees (PDPA) and Fix it intake; approve no bookings
    "executive": (READ_ALL, False),
    "auditor": (READ_ALL, False),
}


def test_the_hand_table_names_every_role() -> None:
    assert sorted(SEES) == sorted(ROLES)


@pytest.mark.parametrize("role", sorted(SEES))
def test_each_role_sees_only_what_it_may_do(role: str, env: UiEnv, window_settings: QSettings,
                                           qtbot: QtBot) -> None:
    pages, may_import = SEES[role]
    add_users(env, *(r for r in ROLES if r != "administrator"))
    window = MainWindow(None, window_settings, i18n_dir=I18N)
    qtbot.addWidget(window)
    session = SessionController(window, env, idle=IdlePolicy(timeout=dt.timedelta(minutes=10)))
    window.show()
    try:
        sign_in(qtbot, session, "somchai" if role == "administrator" else role.replace("_", "-"))
        assert [spec.key for spec in window.specs] == pages
        assert window.sidebar.count() == len(pages)
        qtbot.waitUntil(lambda: env.runner.pending() == 0)  # the worker lists the importable kinds after the page
        assert window.import_action.isVisible() == may_import
        assert window.report_action.isVisible()  # every role may print reports
        assert window.settings_action.isEnabled()  # and look at the settings
        assert window.sign_out_action.isEnabled()
        assert env.actor.role == role
    finally:
        session.idle_timer.stop()
        session.backup_timer.stop()


@pytest.mark.parametrize("role", [r for r in ROLES if may(r, "learners.view")])
def test_national_ids_are_masked_unless_the_signed_in_role_may_see_them(
        role: str, env: UiEnv, window_settings: QSettings, qtbot: QtBot) -> None:
    from tests.ui.conftest import fill_learners
    from ui.pages.learners.register_page import LEARNER_COLUMNS, LearnersPage

    fill_learners(env.context, 3)
    add_users(env, *(r for r in ROLES if r != "administrator"))
    window = MainWindow(None, window_settings, i18n_dir=I18N)
    qtbot.addWidget(window)
    session = SessionController(window, env)
    window.show()
    try:
        sign_in(qtbot, session, "somchai" if role == "administrator" else role.replace("_", "-"))
        page = window.page("learners")
        assert isinstance(page, LearnersPage)
        with qtbot.waitSignal(page.data_shown, timeout=10_000):
            window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("learners"))
        column = [c.key for c in LEARNER_COLUMNS].index("national_id")
        listed = page.model.index(0, column).data()
        assert listed == "1-1037-xxxxx-xx-5"  # the list masks for everyone; whole IDs only in the detail
        from vocdesk.services.learners.register import learner_detail

        with env.context.db.read() as db_session:  # the services act as the signed-in user
            detail = learner_detail(db_session, env.actor, 1)
        expected = "1103700012345" if may(role, "learners.view_national_id") else "1-1037-xxxxx-xx-5"
        assert env.actor.role == role and detail.national_id == expected
    finally:
        session.idle_timer.stop()
        session.backup_timer.stop()
