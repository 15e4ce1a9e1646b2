"""The logbook grid: missing weeks in red first, a week typed from paper and saved with Enter moves to the next gap."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started, teacher
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.logbook_page import LogbookPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.logbook import WeekInput, logbook_missing, record_week

D = dt.date
SHOTS = os.environ.get("VOCDESK_SHOTS")


def test_a_missing_week_typed_and_saved_with_enter(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2026, 11, 25))  # weeks of 2, 9 and 16 November are over
    (placement,) = started(ctx, "6698001", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * 60, "ถอดล้อ", "นายครูฝึก",
                                                   D(2026, 11, 6))))
    page = LogbookPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    states = [page.grid.item(r, 1).text() for r in range(page.grid.rowCount())]
    assert states[:4] == ["ลงนามแล้ว", "ขาดบันทึก", "ขาดบันทึก", "ยังไม่ครบสัปดาห์"]
    assert "ขาดบันทึก 2" in visible(page.summary.text())
    assert page.grid.currentRow() == 1 and page.week_label.text() == "09/11/2569"
    assert (page.days.value(), page.hours.value()) == (2, 16.0)  # the week's possible days and hours offered
    for size in ((1366, 768), (1100, 650)) if SHOTS else ():
        page.resize(*size)
        page.grab().save(str(Path(str(SHOTS)) / f"logbook_{size[0]}.png"))
    page.hours.setValue(15)
    qtbot.keyClicks(page.signed_by, "Somchai")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.signed_by, "\r")
    assert page.grid.item(1, 1).text() == "ลงนามแล้ว" and page.grid.item(1, 3).text() == "15/16"
    assert page.grid.currentRow() == 2  # on to the next missing week
    (gaps,) = ctx.run(lambda uow: logbook_missing(uow))[0]
    assert gaps.missing == [D(2026, 11, 16)]
    page.grid.setCurrentCell(0, 0)
    qtbot.keyClicks(page.scan, f"vocdesk-logbook:{placement}:2026-11-16")  # a returned sheet's QR, scanned
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.scan, "\r")
    assert page.grid.currentRow() == 2 and page.week_label.text() == "16/11/2569"
    qtbot.keyClicks(page.scan, "vocdesk-logbook:999:2026-11-16")
    qtbot.keyClick(page.scan, "\r")
    assert "ไม่ใช่" in visible(page.message.text())
