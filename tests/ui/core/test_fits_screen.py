"""Every page the sidebar shows fits a 1366×768 laptop's window in Thai and English: nothing clipped, no growing."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.factories.fit import SIZES, clipped
from tests.factories.ui import open_window
from ui.context import UiEnv


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_the_window(qtbot: QtBot, demo_env: UiEnv, window_settings: QSettings,
                                    language: str, size: tuple[int, int]) -> None:
    window = open_window(qtbot, demo_env, window_settings)
    window.switch_language(language)
    window.resize(*size)
    QApplication.processEvents()
    assert window.size() == QSize(*size)
    problems: list[str] = []
    for row, spec in enumerate(window.specs):  # discovered from the areas' manifests: new areas' pages too
        page = window.page(spec.key)
        if page.activated_once:
            window.sidebar.setCurrentRow(row)
        else:
            with qtbot.waitSignal(page.data_shown, timeout=15_000):
                window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        if window.size() != QSize(*size):
            problems.append(f"{spec.key}: opening it made the window {window.width()}×{window.height()}")
            window.resize(*size)
            QApplication.processEvents()
        problems += [f"{spec.key}: {problem}" for problem in settled(qtbot, window)]
    assert len(window.specs) >= 10
    assert problems == [], "\n".join(problems)


def settled(qtbot: QtBot, window: QWidget) -> list[str]:
    """What stays clipped once the page's layouts have caught up with texts just set (status bar, counts)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not clipped(window), timeout=2_000)
    return clipped(window)


def test_the_check_sees_a_clipped_button_and_a_squeezed_search(qtbot: QtBot, demo_env: UiEnv,
                                                               window_settings: QSettings) -> None:
    """The walk above can fail: the same check on a page squeezed below its toolbar's width reports what is cut."""
    window = open_window(qtbot, demo_env, window_settings)
    page = window.page("teachers")
    with qtbot.waitSignal(page.data_shown, timeout=15_000):
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("teachers"))
    page.add_button.setFixedWidth(30)  # type: ignore[attr-defined]
    page.search.setFixedWidth(40)  # type: ignore[attr-defined]
    QApplication.processEvents()
    problems = clipped(window)
    assert any("เพิ่มครู" in problem for problem in problems)
    assert any("SearchBar" in problem for problem in problems)


DIALOGS = (  # (page, how a user opens it): the menus' dialogs and the pages' forms
    (None, "open_settings"), (None, "open_about"), (None, "open_import"), (None, "open_reports"),
    (None, "open_calendar"),
    ("learners", "panel.form_buttons.open_form"), ("teachers", "add_teacher"), ("teachers", "add_contract"),
    ("teachers", "add_development"), ("staffing", "edit_constants"), ("staffing", "edit_groups"),
    ("staffing", "open_plan"), ("grants", "add_grant"), ("grants", "record_purchase"),
    ("learner_dashboard", "open_risk_settings"), ("ai_coverage", "edit_names"), ("teachers", "add_qualification"),
    ("teachers", "add_assignment"), ("assets", "log_repair"), ("assets", "dispose"), ("stocktake", "ask_to_close"),
    ("grants", "top_up"), ("grants", "transfer"), ("grants", "delete_purchase"), ("grants", "edit_purchase"),
    ("packages", "create_key"),
)


def _opened(window: QWidget, before: set[int]) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_dialog_fits_the_small_window(qtbot: QtBot, demo_env: UiEnv, window_settings: QSettings,
                                            language: str) -> None:
    width, height = SIZES[-1]
    window = open_window(qtbot, demo_env, window_settings)
    window.switch_language(language)
    window.resize(width, height)
    problems: list[str] = []
    for key, path in DIALOGS:
        target: object = window
        if key is not None:
            page = window.page(key)
            if not page.activated_once:
                with qtbot.waitSignal(page.data_shown, timeout=15_000):
                    window.sidebar.setCurrentRow([spec.key for spec in window.specs].index(key))
            target = page
        *owners, name = path.split(".")
        for owner in owners:
            target = getattr(target, owner)
        table = getattr(target, "table", None)
        if isinstance(table, QAbstractItemView) and table.model().rowCount() and table.currentIndex().row() < 0:
            table.selectRow(0)  # forms about "the selected row" need one
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener = getattr(target, name)
        opener(None) if name == "open_form" else opener()
        qtbot.waitUntil(lambda seen=before: bool(_opened(window, seen)), timeout=10_000)
        for dialog in _opened(window, before):
            QApplication.processEvents()
            if dialog.width() > width or dialog.height() > height:
                problems.append(f"{path}: {dialog.width()}×{dialog.height()} is larger than the window")
            problems += [f"{path}: {problem}" for problem in settled(qtbot, dialog)]
            dialog.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_learner_panels_modal_dialogs_fit_the_small_window(qtbot: QtBot, demo_env: UiEnv,
                                                               window_settings: QSettings,
                                                               monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """Status, follow-up, support and rollover open with exec(): each is checked while it would wait for the user."""
    from ui.pages.learners.dialogs import CaseDialog, RolloverDialog, StatusDialog, SupportDialog
    from ui.pages.learners.register_page import LearnersPage

    width, height = SIZES[-1]
    window = open_window(qtbot, demo_env, window_settings)
    window.switch_language(language)
    window.resize(width, height)
    page = window.page("learners")
    assert isinstance(page, LearnersPage)
    with qtbot.waitSignal(page.model.reloaded, timeout=15_000):
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("learners"))
    with qtbot.waitSignal(page.panel.shown_learner, timeout=15_000):
        page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.detail is not None, timeout=10_000)
    problems: list[str] = []
    seen: list[str] = []

    def check(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        name = type(dialog).__name__
        seen.append(name)
        if dialog.width() > width or dialog.height() > height:
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than the window")
        problems.extend(f"{name}: {problem}" for problem in settled(qtbot, dialog))
        dialog.close()
        return int(QDialog.DialogCode.Rejected)

    for dialog_class in (StatusDialog, CaseDialog, SupportDialog, RolloverDialog):
        monkeypatch.setattr(dialog_class, "exec", check)
    page.panel.change_status()
    page.panel.record_case()
    page.panel.add_support_item()
    page.panel.start_rollover()
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=15_000)
    assert problems == [], "\n".join(problems)
