"""Stock-take mode: a known, a misplaced and an unknown code give three outcomes; progress and lists follow."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.equipment import add_room
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.equipment.stocktake_feedback import ELSEWHERE, FOUND, UNKNOWN
from ui.pages.equipment.stocktake_page import StocktakePage
from vocdesk.persistence.models import Asset, StocktakeEntry
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.equipment.assets import AssetDetails, register_asset
from vocdesk.services.equipment.stocktake import open_stocktake

D = dt.date


def counted_rooms(ctx: AppContext) -> tuple[list[str], list[str]]:
    lab, shop = add_room(ctx, "LAB-1", "ห้องคอมพิวเตอร์"), add_room(ctx, "W-1", "โรงฝึกงาน")
    pcs = [ctx.run(lambda uow: register_asset(uow, "7440-001", D(2025, 11, 3), 2_500_000,
                                              AssetDetails("คอมพิวเตอร์", location_id=lab)))[0] for _ in range(3)]
    tools = [ctx.run(lambda uow: register_asset(uow, "3400-001", D(2024, 5, 2), 4_500_000,
                                                AssetDetails("สว่าน", location_id=shop)))[0] for _ in range(2)]
    ctx.run(lambda uow: open_stocktake(uow, 2570, D(2026, 11, 1)))
    return pcs, tools


def opened(qtbot: QtBot, env: UiEnv) -> StocktakePage:
    page = StocktakePage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.location.setCurrentIndex(page.location.findText("LAB-1 ห้องคอมพิวเตอร์"))
    return page


def scan(qtbot: QtBot, page: StocktakePage, typed: str) -> None:
    qtbot.keyClicks(page.scan, typed)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        qtbot.keyClick(page.scan, "\r")
    assert page.scan.text() == ""  # ready for the next scan


def test_known_misplaced_and_unknown_codes(qtbot: QtBot, env: UiEnv) -> None:
    pcs, tools = counted_rooms(env.context)
    page = opened(qtbot, env)
    assert page.progress.format() == "0 / 3" and page.unseen.rowCount() == 3
    assert page.scan.isEnabled()

    scan(qtbot, page, pcs[1].lower())  # a scanner in lower case: the service normalises it
    assert page.last is not None and page.last.kind == FOUND and page.last.code == pcs[1]
    assert pcs[1] in visible(page.outcome.text()) and "ตรงตามทะเบียน" in visible(page.outcome.text())
    assert page.progress.value() == 1 and page.progress.format() == "1 / 3"
    assert sorted(page.unseen.item(r, 0).text() for r in range(page.unseen.rowCount())) == sorted([pcs[0], pcs[2]])

    scan(qtbot, page, tools[0])
    assert page.last is not None and page.last.kind == ELSEWHERE
    assert "ทะเบียนระบุว่าอยู่ที่ W-1" in visible(page.outcome.text())
    assert page.progress.format() == "1 / 3"  # an item of another room does not count for this one
    assert [page.discrepancies.item(r, 0).text() for r in range(page.discrepancies.rowCount())] == [tools[0]]
    assert page.discrepancies.item(0, 3).text() == "LAB-1"

    scan(qtbot, page, "9999-999-0001/70")
    assert page.last is not None and page.last.kind == UNKNOWN
    assert "ไม่มีรหัสนี้ในทะเบียน" in visible(page.outcome.text())
    assert page.log.count() == 3
    with env.context.db.read() as session:
        found = set(session.scalars(select(Asset.code).join(StocktakeEntry, StocktakeEntry.asset_id == Asset.id)
                                    .where(StocktakeEntry.status == "found")))
    assert found == {pcs[1], tools[0]}


def test_an_auditor_sees_the_count_but_cannot_scan(qtbot: QtBot, env: UiEnv) -> None:
    counted_rooms(env.context)
    env.context.actor = Actor("audit1", "auditor")
    page = opened(qtbot, env)
    assert page.progress.format() == "0 / 3"
    assert not page.scan.isEnabled() and page.open_button.isHidden()


def test_roles_without_equipment_view_do_not_get_the_page() -> None:
    """What `pages_for` decides from: the page's permission, and the roles that hold it."""
    from ui.pages.equipment.stocktake_page import PAGE as STOCKTAKE
    from vocdesk.services.core.permissions import allowed

    assert STOCKTAKE.permission == "equipment.view"

    from ui.pages.equipment.assets_page import PAGE as ASSETS

    assert ASSETS.permission == "equipment.view"
    assert not allowed(Actor("reg", "registrar"), "equipment.view")
    assert allowed(Actor("eq", "equipment_officer"), "equipment.view")
