"""UI test helpers: users and sign-in, an open main window, pages settled after loading."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.factories.equipment import add_room
from ui.context import UiEnv
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.pages.equipment.assets_page import AssetsPage
from ui.pages.teachers.register_page import TeachersPage
from ui.pages.teachers.staffing_page import StaffingPage
from ui.session import SessionController
from vocdesk.services.core.settings import write_setting
from vocdesk.services.core.users import add_user, create_first_administrator
from vocdesk.services.equipment.asset_activity import Holder, check_in, check_out, log_maintenance
from vocdesk.services.equipment.assets import AssetDetails, register_asset

PASSWORD = "Admin-pass-2569"


def add_users(env: UiEnv, *roles: str) -> None:
    """A fast hash for tests, the administrator `somchai`, and one user per role named after it."""
    env.context.run(lambda uow: write_setting(uow, "security.argon2",
                                              {"memory_kib": 19456, "time_cost": 2, "parallelism": 1}))
    env.context.run(lambda uow: create_first_administrator(uow, "somchai", PASSWORD, "สมชาย ใจดี"))
    for role in roles:
        env.context.run(lambda uow, r=role: add_user(uow, r.replace("_", "-"), r, PASSWORD, f"ผู้ใช้ {r}"))


def sign_in(qtbot: QtBot, session: SessionController, username: str, password: str = PASSWORD) -> LoginDialog:
    dialog = session.dialog if session.dialog is not None and session.dialog.isVisible() else session.show_sign_in()
    if not dialog.username.isReadOnly():
        dialog.username.setText("")
        qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    return dialog


def open_window(qtbot: QtBot, env: UiEnv, settings: QSettings) -> MainWindow:
    window = MainWindow(env, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_data_shown, timeout=10_000):
        window.show()
    return window


def shown(qtbot: QtBot, page: TeachersPage | StaffingPage) -> None:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()


D = dt.date


def register(env: UiEnv) -> dict[str, list[str]]:
    """Four computers in LAB-1 (one damaged, one lent and returned), two lathes in W-1."""
    ctx = env.context
    lab, shop = add_room(ctx, "LAB-1", "ห้องคอมพิวเตอร์"), add_room(ctx, "W-1", "โรงฝึกงาน")
    computers = [ctx.run(lambda uow, i=i: register_asset(uow, "7440-001", D(2025, 11, 3), 2_500_000, AssetDetails(
        "คอมพิวเตอร์ตั้งโต๊ะ", location_id=lab, condition="damaged" if i == 0 else "good")))[0] for i in range(4)]
    lathes = [ctx.run(lambda uow: register_asset(uow, "3400-001", D(2024, 5, 2), 45_000_000, AssetDetails(
        "เครื่องกลึง", location_id=shop, serial_no="LT-2024-9")))[0] for _ in range(2)]
    ctx.run(lambda uow: check_out(uow, computers[1], Holder("person", name="ครูสมศรี"), D(2026, 3, 1)))
    ctx.run(lambda uow: check_in(uow, computers[1], D(2026, 3, 5), "fair"))
    ctx.run(lambda uow: log_maintenance(uow, lathes[0], D(2026, 6, 1), "repair", "เปลี่ยนสายพาน", 120_000))
    return {"computers": computers, "lathes": lathes}


def codes(page: AssetsPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def settle(qtbot: QtBot, page: AssetsPage, expected: int) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() == expected and "…" not in codes(page), timeout=10_000)
