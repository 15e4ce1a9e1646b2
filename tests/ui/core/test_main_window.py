"""The main window on a database with learners: Home counts, the learner list and its search, settings, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.factories.ui import open_window
from tests.ui.conftest import fill_learners, visible
from ui.context import UiEnv
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow
from ui.pages.core.home_page import HomePage
from ui.pages.learners.register_page import LearnersPage
from vocdesk.services.core.context import Actor
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile


def row_of(window: MainWindow, key: str) -> int:
    return [spec.key for spec in window.specs].index(key)


def learners_page(qtbot: QtBot, window: MainWindow) -> LearnersPage:
    page = window.page("learners")
    assert isinstance(page, LearnersPage)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        window.sidebar.setCurrentRow(row_of(window, "learners"))
    return page


def test_home_shows_the_college_and_counts(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    fill_learners(env.context, 30)
    env.context.run(lambda uow: save_college_profile(
        uow, CollegeProfile("1370990001", "วิทยาลัยเทคนิคทดสอบ", "Test Technical College", "ราชบุรี")))
    window = open_window(qtbot, env, window_settings)
    home = window.page("home")
    assert isinstance(home, HomePage)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[0] == "หน้าหลัก" and "นักเรียนนักศึกษา" in titles  # other areas register pages too
    assert home.name_label.text() == "วิทยาลัยเทคนิคทดสอบ"
    assert "1370990001" in home.detail_label.text() and "ราชบุรี" in home.detail_label.text()
    assert home.cards["learners"].number.text() == "30" and home.cards["teachers"].number.text() == "1"
    assert home.cards["groups"].number.text() == "2"
    table = home.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["กำลังศึกษา", "สำเร็จการศึกษา", "รวม"]
    assert table.item(table.rowCount() - 1, table.columnCount() - 1).text() == "30"
    qtbot.waitUntil(lambda: home.alerts.counts is not None)  # staffing alerts on the home screen (administrator)
    assert not home.alerts.isHidden() and "สัญญาจ้างสิ้นสุดภายใน" in home.alerts.text.text()
    window.refresh_status()
    qtbot.waitUntil(lambda: window.db_status is not None and window.db_status.audit_head != "0" * 64)
    assert window.database_label.text() == "ฐานข้อมูล: SQLite"
    assert window.db_status is not None and window.db_status.audit_head_short in window.audit_label.text()
    window.switch_language("en")
    qtbot.waitUntil(lambda: home.name_label.text() == "Test Technical College")
    assert home.name_en_label.text() == "วิทยาลัยเทคนิคทดสอบ" and home.cards["learners"].caption.text() == "Learners"


def test_learner_list_loads_lazily_and_filters(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    fill_learners(env.context, 450)
    window = open_window(qtbot, env, window_settings)
    page = learners_page(qtbot, window)
    model = page.model
    assert model.rowCount() == 450 and page.count_label.text() == "ทั้งหมด 450 คน"
    qtbot.waitUntil(lambda: 0 in model.loaded_pages())
    assert model.loaded_pages() == [0]  # only what is on screen was read
    assert model.data(model.index(0, 0)) == "6600000000"
    assert model.data(model.index(0, 6)) == "1-1037-xxxxx-xx-5"  # national ID masked
    assert model.headerData(1, Qt.Orientation.Horizontal) == "ชื่อ–สกุล"
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        page.search.setText("ขวัญ มั่นคง")
        page.search.flush()
    assert model.rowCount() == 45 and page.count_label.text() == "พบ 45 คน"
    qtbot.waitUntil(lambda: 0 in model.loaded_pages())
    assert {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {"ขวัญ มั่นคง"}
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        page.search.setText("")
        page.search.flush()
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: 0 in model.loaded_pages())
    assert model.data(model.index(0, 1)) == "กมล ใจดี"  # Thai order: ก before เก before ข
    header = page.table.horizontalHeader()
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # the masked ID cannot be sorted
    assert header.sortIndicatorSection() == 1 and model.sort_state == ("name", False)


def test_language_switch_is_live_and_remembered(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    fill_learners(env.context, 5)
    window = open_window(qtbot, env, window_settings)
    page = learners_page(qtbot, window)
    remembered: list[str] = []
    window.language_changed.connect(remembered.append)
    window.language_actions["en"].trigger()
    row = row_of(window, "learners")
    qtbot.waitUntil(lambda: window.sidebar.item(row).text() == "Learners")  # LanguageChange events are posted
    assert window.file_menu.title() == "&File"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Student code"
    assert page.count_label.text() == "5 learners"
    window.language_actions["th"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.item(row).text() == "นักเรียนนักศึกษา")
    assert window.file_menu.title() == "แฟ้ม (&F)" and page.count_label.text() == "ทั้งหมด 5 คน"
    assert remembered == ["en", "th"]


def test_window_geometry_is_remembered(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    window = open_window(qtbot, env, window_settings)
    # The offscreen screen is 800×600 (larger sizes are fitted to it); pages set the minimum width.
    width = min(790, max(window.minimumSizeHint().width(), 700) + 5)
    window.resize(width, 530)
    window.close()
    again = MainWindow(env, QSettings(window_settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (width, 530)
    assert window_settings.fileName().startswith(str(env.context.paths.config_dir))


def test_settings_refuses_a_bad_code_then_saves(qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    window = open_window(qtbot, env, window_settings)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled)
    assert "SQLite" in dialog.database_note.text() and "PostgreSQL" in dialog.database_note.text()
    assert dialog.database.isReadOnly() and dialog.database.text().startswith("sqlite:///")
    assert dialog.province.completer().model().rowCount() == 77  # all provinces are suggested
    qtbot.keyClicks(dialog.code, "13709")
    for ch in "วิทยาลัยเทคนิคราชบุรี":
        dialog.name_th.insert(ch)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.error_label.text() == "รหัสสถานศึกษาต้องเป็นตัวเลข 10 หลัก (ได้รับ '13709')"
    assert "c0392b" in dialog.code.styleSheet() and dialog.isVisible()
    with env.context.db.read() as session:
        assert college_profile(session).code == ""  # nothing was saved
    qtbot.keyClicks(dialog.code, "90001")
    home = window.page("home")
    assert isinstance(home, HomePage)
    with qtbot.waitSignal(home.data_shown, timeout=10_000):  # Home refreshes after the save
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    with env.context.db.read() as session:
        assert college_profile(session).code == "1370990001"
    assert home.name_label.text() == "วิทยาลัยเทคนิคราชบุรี"


def test_settings_are_read_only_for_a_role_without_the_right(
        qtbot: QtBot, env: UiEnv, window_settings: QSettings) -> None:
    env.context.run(lambda uow: save_college_profile(uow, CollegeProfile("1370990001", "วิทยาลัยเดิม")))
    env.context.actor = Actor("officer", "equipment_officer")
    window = open_window(qtbot, env, window_settings)
    keys = [s.key for s in window.specs]
    assert keys[0] == "home" and "learners" not in keys  # no learner list for this role
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.code.text() == "1370990001")
    assert dialog.code.isReadOnly() and dialog.name_th.isReadOnly()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert visible(dialog.error_label.text()) == "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขข้อมูลสถานศึกษาได้"
