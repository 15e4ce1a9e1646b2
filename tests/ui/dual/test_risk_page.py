"""The dual risk list: a neglected placement's signals are explained in Thai; a hand-off and its response listed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started, teacher
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.risk_page import RiskPage
from vocdesk.clock import FixedClock
from vocdesk.persistence.models import DualCentre, DualHandoff

SHOTS = os.environ.get("VOCDESK_SHOTS")


def test_signals_explained_and_the_handoff_log(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, dt.date(2026, 12, 22))  # the first visit was due on 21 December; 7 weeks with no log
    started(ctx, "6699801", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    with ctx.unit_of_work() as uow:
        centre = DualCentre(code="E1", name="ศูนย์ภาคตะวันออก", provinces="ชลบุรี")
        uow.session.add(centre)
        uow.session.flush()
        uow.session.add(DualHandoff(centre_id=centre.id, made_on=dt.date(2026, 12, 15), student_codes="6699801",
                                    response="ศูนย์ฯ โทรหาสถานประกอบการแล้ว", responded_on=dt.date(2026, 12, 18)))
    page = RiskPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    assert page.learners.rowCount() == 1
    assert [page.learners.item(0, c).text() for c in range(4)] == ["เสี่ยงสูง", "2", "6699801", "ผู้เรียน 6699801"]
    signals = visible(page.learners.item(0, 4).text())
    assert "นิเทศไม่ครบตามแผน 0 (< 1)" in signals and "ขาดบันทึกการฝึก (สัปดาห์) 7 (>= 2)" in signals
    assert [page.handoffs.item(0, c).text() for c in (0, 1, 2, 3)] == ["E1", "15/12/2569", "1", "6699801"]
    for size in ((1366, 768), (1100, 650)) if SHOTS else ():
        page.resize(*size)
        page.grab().save(str(Path(str(SHOTS)) / f"risk_{size[0]}.png"))
