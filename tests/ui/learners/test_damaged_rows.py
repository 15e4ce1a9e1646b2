"""A learner whose stored name cannot be read (a disk fault, a hand edit) is listed as damaged; the page still works."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import fill_learners
from ui.context import UiEnv
from ui.pages.learners.register_page import LearnersPage


def test_a_damaged_learner_row_is_shown_as_damaged(qtbot: QtBot, env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_learners(env.context, 30)
    with env.context.db.engine.begin() as conn:  # bytes that are not UTF-8, as a disk fault leaves them
        conn.execute(text("UPDATE learner SET first_name_th = CAST(X'C3' AS TEXT) WHERE student_code = '6600000004'"))
    failures: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, error: failures.append(error))
    page = LearnersPage(env)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.show()
        page.activate()
    model = page.model
    texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert failures == [] and model.rowCount() == 30
    assert texts.count("⚠ ข้อมูลเสียหาย") == 1 and "6600000003" in texts and "6600000005" in texts
    damaged = texts.index("⚠ ข้อมูลเสียหาย")
    assert "vocdesk check" in model.data(model.index(damaged, 0), 3)  # the tooltip says what to do
    assert model.data(model.index(damaged + 1, 1)) == "สมหญิง ใจดี"  # its neighbours read as usual
