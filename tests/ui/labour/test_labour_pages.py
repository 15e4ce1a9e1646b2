"""The labour pages on a small college worked by hand: demand facts, the map, supply against demand, outcomes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.integration.labour.builders import add_graduates, add_outcomes, add_programme, filled_template
from tests.integration.labour.test_gap import ROWS
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages import Page
from ui.pages.labour.demand_page import DemandPage
from ui.pages.labour.occupation_map_page import OccupationMapPage
from ui.pages.labour.outcome_dialog import OutcomeDialog
from ui.pages.labour.outcomes_page import OutcomesPage
from ui.pages.labour.supply_page import SupplyPage
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.labour.occupation_map import seed_starting_map
from vocdesk.services.labour.survey import survey_rows


def college(env: UiEnv, tmp_path: Path) -> None:
    """ช่างยนต์: 136 openings in ชลบุรี 2567 for 40 graduates; 5 of the 2566 cohort surveyed (66.7 % employed)."""
    ctx = env.context
    programme = add_programme(ctx)
    ctx.run(seed_starting_map)
    import_file(ctx, "demand", filled_template(ctx, tmp_path / "demand.xlsx", ROWS), commit=True)
    add_graduates(ctx, programme, 40, dt.date(2024, 3, 20))
    cohort = add_graduates(ctx, programme, 5, dt.date(2023, 3, 20), start=100)
    add_outcomes(ctx, cohort, 2023, [("employed_private", True), ("self_employed", False), ("unemployed", False),
                                     ("ordained", False), ("unreachable", False)])


def shown(qtbot: QtBot, page: Page) -> None:
    qtbot.addWidget(page)
    page.resize(1166, 708)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()


def cells(table: object, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]


def test_supply_page_shows_the_hand_worked_gap_and_its_reasons(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    college(env, tmp_path)
    page = SupplyPage(env)
    shown(qtbot, page)
    assert page.area.currentText() == "ชลบุรี" and page.year.currentText() == "2567"
    assert cells(page.table, 0) == ["ปวช.", "ช่างยนต์", "40", "0", "136", "3.40", "+71%", "66.7%", "2.33", "ขาดแคลน"]
    assert page.heat.rows == [("ปวช. ช่างยนต์", [3, 3, 1])] and page.bars.bars == [("ปวช. ช่างยนต์", 70.6)]
    assert "คะแนน 3" in page.reasons.text() and "7231 × 0.6 = 120" in page.reasons.text()
    assert page.trend_line.years == [2566, 2567] and page.trend_line.values == [105.0, 136.0]


def test_map_page_lists_the_programme_and_adds_only_an_accepted_suggestion(qtbot: QtBot, env: UiEnv,
                                                                         tmp_path: Path) -> None:
    college(env, tmp_path)
    page = OccupationMapPage(env)
    shown(qtbot, page)
    assert cells(page.table, 0) == ["ปวช.", "20101", "ช่างยนต์", "3"]
    assert page.links_entered() == [("isco08", "3115", 0.2), ("isco08", "7231", 0.6), ("isco08", "7233", 0.2)]
    assert page.total.text() == "น้ำหนักรวม 1.00"
    offered = [page.suggestions.item(i).text() for i in range(page.suggestions.count())]
    assert offered[0].startswith("7231 Motor vehicle mechanics and repairers")
    page.links.selectRow(0)
    page.remove_link()
    assert [code for _s, code, _w in page.links_entered()] == ["7231", "7233"]
    assert page.total.text() == "น้ำหนักรวม 0.80"
    page.accept_suggestion(page.suggestions.item(offered.index(next(t for t in offered if t.startswith("3115")))))
    assert [code for _s, code, _w in page.links_entered()] == ["7231", "7233", "3115"]


def test_outcomes_page_shows_the_rates_and_enter_saves_then_moves_on(qtbot: QtBot, env: UiEnv,
                                                                    tmp_path: Path) -> None:
    college(env, tmp_path)
    page = OutcomesPage(env)
    env.runner.changed.connect(page.on_changes)  # as the main window passes every change to its pages
    shown(qtbot, page)
    assert page.cohort.currentText() == "2566" and page.round.currentData() == 12
    college_line = cells(page.rates, page.rates.rowCount() - 1)
    assert college_line[2:] == ["5", "4", "80.0%", "2", "66.7%", "50.0%"]
    assert page.grid.rowCount() == 5 and cells(page.grid, 0)[3] == "ทำงานภาคเอกชน"
    page.grid.selectRow(2)
    page.edit_current()
    dialog = page.dialog
    assert isinstance(dialog, OutcomeDialog) and dialog.index == 2
    dialog.status.setCurrentIndex(dialog.status.findData("employed_government"))
    dialog.employer.setText("การไฟฟ้าส่วนภูมิภาค")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.next_button.click()
    assert dialog.index == 3 and dialog.status.currentData() == "ordained"
    with env.context.db.read() as session:
        saved = survey_rows(session, env.context.actor, 2023, 12)[2]
    assert (saved.status, saved.employer) == ("employed_government", "การไฟฟ้าส่วนภูมิภาค")
    assert cells(page.rates, page.rates.rowCount() - 1)[5:7] == ["3", "100.0%"]
    dialog.reject()


def test_demand_page_lists_the_facts_of_the_area_and_year(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    college(env, tmp_path)
    page = DemandPage(env)
    shown(qtbot, page)
    assert visible(page.summary.text()) == "มีข้อมูล 10 รายการ; ปีและพื้นที่นี้ 7 รายการ (แสดง 7)"
    assert page.table.rowCount() == 7  # 2567 in ชลบุรี
    assert cells(page.table, 0)[:4] == ["2567", "ISCO-08 3115 Mechanical engineering technicians",
                                        "ตำแหน่งงานว่าง", "20"]


def test_an_executive_sees_the_rates_but_no_graduate_by_name(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    from vocdesk.services.core.context import Actor

    college(env, tmp_path)
    env.context.actor = Actor("director", "executive")
    page = OutcomesPage(env)
    shown(qtbot, page)
    assert cells(page.rates, page.rates.rowCount() - 1)[6] == "66.7%"
    assert page.grid.isHidden() and page.rows == [] and page.import_button.isHidden()
