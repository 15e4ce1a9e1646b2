"""The allowance ledger: months against the contract, the late ones first; a payment typed and saved with Enter."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories.dual_followup import set_today, started
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.dual.allowances_page import AllowancesPage
from vocdesk.clock import FixedClock
from vocdesk.services.dual.allowances import late_allowances

SHOTS = os.environ.get("VOCDESK_SHOTS")


def test_late_months_in_the_ledger_and_a_payment_saved_with_enter(qtbot: QtBot, env: UiEnv) -> None:
    assert isinstance(env.context.clock, FixedClock)
    set_today(env.context.clock, dt.date(2027, 1, 20))  # November and December are due, January not yet
    started(env.context, "6699501", allowance=300.0)
    page = AllowancesPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    states = [page.ledger.item(r, 1).text() for r in range(3)]
    assert states == ["ค้างจ่าย", "ค้างจ่าย", "ยังไม่ถึงกำหนด"]
    assert [page.ledger.item(r, 2).text() for r in range(2)] == ["2,700.00", "2,700.00"]  # 9 days × 300 each
    assert "ค้างจ่าย 2 เดือน รวม 5,400.00" in visible(page.summary.text())
    assert page.ledger.currentRow() == 0 and page.amount.text() == "2,700.00"
    for size in ((1366, 768), (1100, 650)) if SHOTS else ():
        page.resize(*size)
        page.grab().save(str(Path(str(SHOTS)) / f"allowances_{size[0]}.png"))
    page.amount.setText("2,500")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.amount.returnPressed.emit()
    assert page.ledger.item(0, 1).text() == "จ่ายไม่ครบ" and page.ledger.item(0, 3).text() == "2,500.00"
    (row,) = env.context.run(lambda uow: late_allowances(uow))[0]
    assert (row.short_months, row.late_months) == (["2026-11"], ["2026-12"])
