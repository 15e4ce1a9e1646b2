"""The logbook import's plan sub-task column (`#12=8; #14=4:30`): findings name row, column and reason, all or
nothing; the same file again changes nothing; a changed cell is an update; a file without the column keeps them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from tests.integration.dual.test_dual_cli import run_cli
from tests.integration.dual.test_logbook_plan_tasks import _plan
from vocdesk.bootstrap import open_app
from vocdesk.persistence.models import DualLogbookTask, DualLogbookWeek
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.logbook import WeekInput, record_week
from vocdesk.services.dual.logbook_tasks import TaskDone, plan_progress, set_week_tasks
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file

D = dt.date
HEADERS = ["รหัสการฝึก", "สัปดาห์เริ่ม", "วันที่มาฝึก", "ชั่วโมงฝึก", "งานที่ฝึก", "งานตามแผน (รหัส=ชั่วโมง)"]


def _book(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _stored(ctx: AppContext) -> dict[dt.date, list[tuple[int, int]]]:
    with ctx.db.read() as s:
        found: dict[dt.date, list[tuple[int, int]]] = {}
        for week, task, minutes in s.execute(
                select(DualLogbookWeek.week_start, DualLogbookTask.task_id, DualLogbookTask.minutes)
                .join(DualLogbookWeek, DualLogbookWeek.id == DualLogbookTask.week_id)
                .order_by(DualLogbookWeek.week_start, DualLogbookTask.task_id)):
            found.setdefault(week, []).append((task, minutes))
        return found


def test_bad_sub_task_cells_are_findings_and_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    p, engine, brakes, later = _plan(ctx)  # semester 3: engine 12 h, brakes 6 h; `later` is semester 4
    rows: list[list[object]] = [
        [p, "2569-11-02", 2, 16, "", f"#{engine}=8; #{brakes}=4"],  # fine: 12 of 16 hours
        [p, "2569-11-09", 2, 16, "", f"#{later}=4"],  # another semester's sub-task
        [p, "2569-11-16", 2, 12, "", f"#{engine}=10; {brakes}=3"],  # 13 task hours, the row says 12 trained
        [p, "2569-11-23", 2, 16, "", "#99999=2"],  # no plan has it
        [p, "2569-11-30", 2, 16, "", "engine 8"],  # not number=hours
    ]
    report = import_file(ctx, "logbook", _book(tmp_path / "bad.xlsx", rows), commit=True).report
    assert [(f.row, f.column, f.code) for f in report.errors] == [
        (3, "plan_tasks", "dual.task_not_in_plan"), (4, "plan_tasks", "dual.task_hours_above_week"),
        (5, "plan_tasks", "dual.task_unknown"), (6, "plan_tasks", "dual.task_cell_invalid")]
    by_row = {f.row: f.params for f in report.errors}
    assert (by_row[3]["value"], by_row[4]["hours"], by_row[4]["week_hours"]) == (later, "13", "12")
    assert by_row[6]["value"] == "engine 8"
    assert report.committed is False and report.imported == 0
    with ctx.db.read() as s:
        assert s.scalars(select(DualLogbookWeek)).first() is None  # row 2 was fine, yet nothing was kept
    assert _stored(ctx) == {}


def test_sub_tasks_import_once_update_when_changed_and_stay_without_the_column(ctx: AppContext,
                                                                               tmp_path: Path) -> None:
    p, engine, brakes, _later = _plan(ctx)
    rows: list[list[object]] = [[p, "2569-11-02", 2, 16, "ถอดล้อ", f"#{engine}=8; #{brakes}=4"],
                                [p, "2569-11-09", 2, 16, "", f"{engine}=2:30"], [p, "2569-11-16", 2, 16, "", None]]
    done = import_file(ctx, "logbook", _book(tmp_path / "a.xlsx", rows), commit=True).report
    assert (done.imported, done.errors) == (3, [])
    assert _stored(ctx) == {D(2026, 11, 2): [(engine, 480), (brakes, 240)], D(2026, 11, 9): [(engine, 150)]}
    progress = {r.task_id: (r.actual_hours, r.weeks) for r in ctx.run(lambda uow: plan_progress(uow, p))[0]}
    assert progress == {engine: (10.5, 2), brakes: (4.0, 1)}  # 8 + 2.5 hours in two weeks; 4 in one
    again = import_file(ctx, "logbook", tmp_path / "a.xlsx", commit=True).report
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    rows[1][5] = f"#{brakes}=2"  # the second week was the brakes after all
    changed = import_file(ctx, "logbook", _book(tmp_path / "b.xlsx", rows), commit=False).report
    assert (changed.would_update, changed.unchanged) == (1, 2)
    assert changed.as_json("en")["changes"] == [{"row": 3, "key": f"{p}/2026-11-09",
                                                 "fields": {"plan_tasks": [f"#{engine}=2:30", f"#{brakes}=2"]}}]
    assert import_file(ctx, "logbook", tmp_path / "b.xlsx", commit=True).report.updated == 1
    assert _stored(ctx)[D(2026, 11, 9)] == [(brakes, 120)]
    without = _book(tmp_path / "c.xlsx", [r[:5] for r in rows], HEADERS[:5])  # an older file: no sub-task column
    kept = import_file(ctx, "logbook", without, commit=True).report
    assert (kept.updated, kept.unchanged) == (0, 3) and _stored(ctx)[D(2026, 11, 9)] == [(brakes, 120)]
    alias = _book(tmp_path / "d.xlsx", [[p, "2569-11-16", 2, 16, "", f"#{brakes}=1"]], [*HEADERS[:5], "sub-tasks"])
    assert import_file(ctx, "logbook", alias, commit=True).report.updated == 1
    assert _stored(ctx)[D(2026, 11, 16)] == [(brakes, 60)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_weekly_sheet_prints_the_numbers_the_column_takes(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    placement, engine, brakes, later = _plan(opened.context)
    opened.context.db.dispose()
    out = tmp_path / "sheet.pdf"
    done = run_cli(home, "report", "dual-logbook-sheet", "--param", f"placement={placement}", "--param",
                   "week=2569-11-02", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"#{engine} งานบริการรถยนต์ — ถอดประกอบเครื่องยนต์ (12 ชม.)" in text and f"#{brakes} " in text
    assert f"#{later} " not in text  # semester 4 is not trained by this placement


def test_the_logbook_export_imports_back_unchanged_with_its_sub_tasks(ctx: AppContext, tmp_path: Path) -> None:
    p, engine, brakes, _later = _plan(ctx)
    week = ctx.run(lambda uow: record_week(uow, WeekInput(p, D(2026, 11, 2), 2, 15 * 60 + 20, "ถอดล้อ", "นายครูฝึก",
                                                          D(2026, 11, 6))))[0]
    ctx.run(lambda uow: set_week_tasks(uow, week.id, [TaskDone(engine, 8 * 60), TaskDone(brakes, 5 * 60 + 20)]))
    ctx.run(lambda uow: record_week(uow, WeekInput(p, D(2026, 11, 9), 1, 8 * 60)))  # no task, not signed
    out = tmp_path / "logbook.xlsx"
    run_export(ctx, "logbook", out)
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = cells[0]
    assert "งานตามแผน (รหัส=ชั่วโมง)" in header
    first = dict(zip(header, cells[1], strict=True))
    assert (first["ชั่วโมงฝึก"], first["งานตามแผน (รหัส=ชั่วโมง)"]) == ("15:20", f"#{engine}=8; #{brakes}=5:20")
    again = import_file(ctx, "logbook", out, commit=True).report
    assert (again.errors, again.imported, again.updated, again.unchanged) == ([], 0, 0, 2)
