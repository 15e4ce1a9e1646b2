"""The labour-market PDF report and the labour share of the OVEC package, checked against hand-worked numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories.kinds import need_poppler, page_texts
from tests.integration.labour.builders import add_graduates, add_outcomes, add_programme, filled_template
from tests.integration.labour.test_gap import ROWS
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.kinds.reports import ReportRequest, all_reports
from vocdesk.services.labour.occupation_map import seed_starting_map
from vocdesk.services.labour.package_tables import outcome_rows
from vocdesk.services.packages.tables import all_package_tables

ANSWERS = [("employed_private", True), ("self_employed", False), ("further_study", False), ("ordained", False),
           ("unreachable", False)]


def _college(ctx: AppContext, tmp_path: Path) -> list[int]:
    programme = add_programme(ctx)
    ctx.run(seed_starting_map)
    import_file(ctx, "demand", filled_template(ctx, tmp_path / "demand.xlsx", ROWS), commit=True)
    add_graduates(ctx, programme, 40, dt.date(2024, 3, 20))
    cohort = add_graduates(ctx, programme, 6, dt.date(2023, 3, 20), start=100)
    add_outcomes(ctx, cohort[:5], 2023, ANSWERS)  # the sixth graduate was never surveyed
    return cohort


def test_the_package_carries_counts_and_rates_per_programme_and_no_person(ctx: AppContext, tmp_path: Path) -> None:
    cohort = _college(ctx, tmp_path)
    table = next(t for t in all_package_tables() if t.name == "graduate_outcomes")
    assert not table.personal
    with ctx.db.read() as session:
        rows = list(outcome_rows(session, "2/2569"))
        assert table.count(session, "2/2569") == 1
    # 6 graduates, 4 answered (1 unreachable, 1 never surveyed), 1 ordained leaves 3; 2 employed, 1 in field.
    assert rows == [("2566", "12", "pvc", "20101", "ช่างยนต์", "", "6", "4", "1", "2", "1", "1", "66.7", "50.0",
                     "66.7")]
    # No student code (66…) and no name (the builders' surnames are "คนที่N") travels.
    assert not any("คนที่" in cell or (cell.startswith("66") and len(cell) > 6) for cell in rows[0])
    assert len(cohort) == 6


def test_the_report_prints_the_gap_the_score_and_the_outcomes(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    _college(ctx, tmp_path)
    out = tmp_path / "labour.pdf"
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคตัวอย่าง", printed=dt.date(2026, 11, 24))
    all_reports().get("labour-market").build(ReportRequest(ctx, {"area": "ชลบุรี", "year": "2567"}), out, options,
                                             lambda d, t: None, lambda: False)
    text = "\n".join(page_texts(out))
    assert "ปี 2567 พื้นที่ ชลบุรี" in text
    # 136 openings for 40 graduates: 3.40 each, +71 % gap; 3 + 3 + 1 → 2.33, shortage (test_gap works it out).
    for expected in ("20101 ช่างยนต์", "136", "3.40", "+71%", "2.33", "ขาดแคลน", "66.7%", "กรมการจัดหางาน"):
        assert expected in text, expected


def test_the_survey_sheet_lists_the_class_with_the_answers_recorded(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    cohort = _college(ctx, tmp_path)
    out = tmp_path / "sheet.pdf"
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคตัวอย่าง", printed=dt.date(2026, 11, 24))
    all_reports().get("outcome-survey").build(ReportRequest(ctx, {"cohort": "2566"}), out, options,
                                              lambda d, t: None, lambda: False)
    text = "\n".join(page_texts(out))
    assert "ผู้สำเร็จการศึกษาปี 2566 รอบ 12 เดือน" in text and "ปวช. ช่างยนต์ 6 คน" in text
    assert text.count("ทดสอบ คนที่1") == 6  # คนที่100 … คนที่105: every graduate of the cohort, surveyed or not
    # Each status once in the legend and once for the graduate who gave it; the sixth has none.
    assert [text.count(status) for status in ("ทำงานภาคเอกชน", "อุปสมบท", "ติดต่อไม่ได้", "ว่างงาน")] == [2, 2, 2, 1]
    assert len(cohort) == 6
