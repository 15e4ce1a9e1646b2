"""Supply against demand for one programme, worked by hand: openings, graduates, trend, employment, status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.integration.labour.builders import add_graduates, add_outcomes, add_programme, filled_template
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.labour.gap import programme_gaps
from vocdesk.services.labour.occupation_map import occupation_map, seed_starting_map

SRC = "กรมการจัดหางาน ตำแหน่งงานว่าง"
# ปี ไตรมาส เดือน ภาค จังหวัด เพศ กลุ่มอายุ ระบบรหัสอาชีพ อาชีพ อุตสาหกรรม ระดับการศึกษา ตัวชี้วัด จำนวน หน่วย แหล่งข้อมูล
ROWS = [
    # 2567, motor-vehicle mechanics (7231): Q1 total 120 (its parts 70 + 50 must not be added), Q2 80 → 200 a year.
    [2567, 1, None, None, "ชลบุรี", "รวม", None, "ISCO-08", "7231", None, None, "ตำแหน่งงานว่าง", 120, "อัตรา", SRC],
    [2567, 1, None, None, "ชลบุรี", "ชาย", None, "ISCO-08", "7231", None, None, "ตำแหน่งงานว่าง", 70, "อัตรา", SRC],
    [2567, 1, None, None, "ชลบุรี", "หญิง", None, "ISCO-08", "7231", None, None, "ตำแหน่งงานว่าง", 50, "อัตรา", SRC],
    [2567, 2, None, None, "ชลบุรี", None, None, "ISCO-08", "7231", None, None, "ตำแหน่งงานว่าง", 80, "อัตรา", SRC],
    # 7233 (machinery mechanics): a whole-year figure of 50.
    [2567, None, None, None, "ชลบุรี", None, None, "ISCO-08", "7233", None, None, "ตำแหน่งงานว่าง", 50, "อัตรา", SRC],
    # 3115 (mechanical technicians): only the parts by sex, 20 + 10 → 30.
    [2567, None, None, None, "ชลบุรี", "ชาย", None, "ISCO-08", "3115", None, None, "ตำแหน่งงานว่าง", 20, "อัตรา", SRC],
    [2567, None, None, None, "ชลบุรี", "หญิง", None, "ISCO-08", "3115", None, None, "ตำแหน่งงานว่าง", 10, "อัตรา", SRC],
    # The year before: 150, 50 and 25.
    [2566, None, None, None, "ชลบุรี", None, None, "ISCO-08", "7231", None, None, "ตำแหน่งงานว่าง", 150, "อัตรา", SRC],
    [2566, None, None, None, "ชลบุรี", None, None, "ISCO-08", "7233", None, None, "ตำแหน่งงานว่าง", 50, "อัตรา", SRC],
    [2566, None, None, None, "ชลบุรี", None, None, "ISCO-08", "3115", None, None, "ตำแหน่งงานว่าง", 25, "อัตรา", SRC],
]


def test_gap_for_a_programme_worked_by_hand(ctx: AppContext, tmp_path: Path) -> None:
    programme = add_programme(ctx)
    seeded, _ = ctx.run(seed_starting_map)
    assert seeded == 1
    with ctx.db.read() as session:
        assert occupation_map(session, ctx.actor)[0].occupations == (
            ("isco08", "3115", 0.2), ("isco08", "7231", 0.6), ("isco08", "7233", 0.2))
    run = import_file(ctx, "demand", filled_template(ctx, tmp_path / "demand.xlsx", ROWS), commit=True)
    assert run.report.errors == [] and run.report.imported == 10
    add_graduates(ctx, programme, 40, dt.date(2024, 3, 20))
    cohort = add_graduates(ctx, programme, 5, dt.date(2023, 3, 20), start=100)
    # 5 surveyed: 1 unreachable, 1 ordained → base 3, employed 2 → 66.7 %.
    add_outcomes(ctx, cohort, 2023, [("employed_private", True), ("self_employed", False), ("unemployed", False),
                                     ("ordained", False), ("unreachable", False)])
    with ctx.db.read() as session:
        year, area, lines = programme_gaps(session, ctx.actor, "ชลบุรี", 2567)
    assert (year, area, len(lines)) == (2567, "ชลบุรี", 1)
    line = lines[0]
    # Openings 0.6 × 200 + 0.2 × 50 + 0.2 × 30 = 136; the year before 0.6 × 150 + 0.2 × 50 + 0.2 × 25 = 105.
    assert line.demand == 136.0 and line.demand_basis == "vacancies"
    assert [o["demand"] for o in line.occupations] == [6.0, 120.0, 10.0]
    assert (line.graduates, line.gap, line.gap_pct, line.ratio) == (40, 96.0, 70.6, 3.4)
    # 3.4 openings a graduate → 3; +29.5 % on the year → 3; employment 66.7 % → 1; mean 2.33 → shortage.
    assert [(r["indicator"], r["value"], r["score"]) for r in line.reasons] == [
        ("openings_per_graduate", 3.4, 3), ("trend_pct", 29.5, 3), ("employment_pct", 66.7, 1)]
    assert (line.score, line.status) == (2.33, "shortage")


def test_no_demand_facts_give_no_year_and_no_score(ctx: AppContext) -> None:
    add_programme(ctx)
    ctx.run(seed_starting_map)
    with ctx.db.read() as session:
        assert programme_gaps(session, ctx.actor) == (None, "ทั่วราชอาณาจักร", [])
