"""The joint assessment form: scores typed per competence are saved and the result follows once both sides scored."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.assessment_page import AssessmentPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.assessment import get_assessment

SHOTS = os.environ.get("VOCDESK_SHOTS")


def test_scores_typed_in_the_grid_are_saved_and_make_the_result(qtbot: QtBot, env: UiEnv) -> None:
    assert isinstance(env.context.clock, FixedClock)
    set_today(env.context.clock, dt.date(2027, 2, 10))
    (placement,) = started(env.context, "6699001")
    page = AssessmentPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    assert page.semester.text() == "2/2569" and page.scores.rowCount() == 3
    for row, values in enumerate((("ถอดประกอบเครื่องยนต์", "4", "5"), ("บริการลูกค้า", "3", ""))):
        for column, value in enumerate(values):
            page.scores.setItem(row, column, QTableWidgetItem(value))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.save.click()
    assert "รอคะแนนอีก 1" in visible(page.result.text())
    page.scores.setItem(1, 2, QTableWidgetItem("2"))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.save.click()
    assert "70%" in page.result.text() and "ผ่าน" in page.result.text()
    for size in ((1366, 768), (1100, 650)) if SHOTS else ():
        page.resize(*size)
        page.grab().save(str(Path(str(SHOTS)) / f"assessment_{size[0]}.png"))
    saved = env.context.run(lambda uow: get_assessment(uow, placement, "2/2569"))[0]
    assert [(s.competence, s.college, s.enterprise) for s in saved.scores] == [
        ("ถอดประกอบเครื่องยนต์", 4, 5), ("บริการลูกค้า", 3, 2)]
