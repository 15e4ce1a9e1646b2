"""Timetable import: FET's CSV and the Excel layout, Thai day and hour names, findings with rows, all-or-nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.factories.training import add_place
from vocdesk.persistence.models import Lesson, Location
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.settings import write_setting
from vocdesk.services.training.calendar_ import set_term
from vocdesk.services.training.timetable_import import PERIODS_KEY, TimetableReport, import_timetable, read_timetable

HEADER = '"Activity Id","Day","Hour","Students Sets","Subject","Teachers","Activity Tags","Room","Comments"\n'


def fet_file(tmp_path: Path, *lines: str, header: str = HEADER) -> Path:
    path = tmp_path / "college_timetable.csv"
    path.write_text("\ufeff" + header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(ctx: AppContext, path: Path, *, create_rooms: bool = False, commit: bool = True) -> TimetableReport:
    parsed = read_timetable(ctx.actor, path)
    return ctx.run(lambda uow: import_timetable(uow, parsed, "2/2569", create_rooms=create_rooms, commit=commit))[0]


def lessons(ctx: AppContext) -> list[tuple[int, int, int, str | None, str]]:
    with ctx.db.read() as session:
        rows = session.execute(select(Lesson.weekday, Lesson.start_min, Lesson.end_min, Location.code, Lesson.subject)
                               .outerjoin(Location, Location.id == Lesson.location_id)
                               .order_by(Lesson.weekday, Lesson.start_min, Location.code))
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def term(ctx: AppContext) -> None:
    ctx.run(lambda uow: set_term(uow, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12)))


@pytest.mark.usefixtures("term")
def test_fet_csv_with_thai_names_joined_rooms_and_a_lesson_without_room(ctx: AppContext, tmp_path: Path) -> None:
    add_place(ctx, "W1")
    add_place(ctx, "W2")
    path = fet_file(tmp_path,
                    '"1","จันทร์","คาบ 1 08:00-09:00","ชส.1/1","งานเชื่อม","ครูสมชาย+ครูสมหญิง","","W1+W2",""',
                    '"1","จันทร์","คาบ 2 09:00-10:00","ชส.1/1","งานเชื่อม","ครูสมชาย","","W1",""',
                    '"2","ส.","08.00–09.00 น.","ชส.2/1","ลูกเสือ","ครูสมชาย","","",""',
                    '"3","Friday","๑๓:๐๐-๑๕:๐๐","ชย.1/1","งานยนต์","ครูมานะ","","w2",""')
    report = run(ctx, path)
    assert report.committed and report.errors == []
    # Teachers not in the register are warnings, never dropped.
    assert {f.params["value"] for f in report.findings if f.code == "timetable_teacher_unmatched"} == {
        "ครูสมชาย", "ครูสมหญิง", "ครูมานะ"}
    assert lessons(ctx) == [(0, 480, 540, "W1", "งานเชื่อม"), (0, 480, 540, "W2", "งานเชื่อม"),
                            (0, 540, 600, "W1", "งานเชื่อม"), (4, 780, 900, "W2", "งานยนต์"),
                            (5, 480, 540, None, "ลูกเสือ")]


@pytest.mark.usefixtures("term")
def test_every_bad_row_is_a_finding_and_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    add_place(ctx, "W1")
    path = fet_file(tmp_path,
                    '"1","จันทร์","08:00-09:00","ก","วิชา ก","","","W1",""',
                    '"2","Funday","08:00-09:00","ข","วิชา ข","","","W1",""',
                    '"3","อังคาร","คาบ 3","ค","วิชา ค","","","W1",""',
                    '"4","พุธ","08:00-09:00","ง","วิชา ง","","","LAB-9",""',
                    '"5","จันทร์","08:30-09:30","จ","วิชา จ","","","W1",""')
    report = run(ctx, path)
    assert not report.committed and lessons(ctx) == []
    assert [(f.row, f.column, f.code) for f in report.errors] == [
        (3, "day", "timetable_day"), (4, "hour", "timetable_hour_no_time"), (5, "room", "timetable_room_unknown"),
        (6, "room", "timetable_room_double")]
    assert report.unknown_rooms == ("LAB-9",)


@pytest.mark.usefixtures("term")
def test_period_table_create_rooms_and_reimport_replaces_the_term(ctx: AppContext, tmp_path: Path) -> None:
    ctx.run(lambda uow: write_setting(uow, PERIODS_KEY, "1=08:00-09:00;2=09:00-10:00"))
    first = fet_file(tmp_path, '"1","1","1","ก","วิชา ก","","","R-101",""', '"2","2","2","ข","วิชา ข","","","R-102",""')
    created = run(ctx, first, create_rooms=True)
    assert created.committed and created.created_rooms == ("R-101", "R-102")
    assert lessons(ctx) == [(0, 480, 540, "R-101", "วิชา ก"), (1, 540, 600, "R-102", "วิชา ข")]
    second = fet_file(tmp_path, '"1","1","1","ก","วิชา ก","","","R-101",""', '"3","3","2","ค","วิชา ค","","","R-101",""')
    preview = run(ctx, second, commit=False)
    assert (preview.committed, preview.added, preview.removed, preview.unchanged) == (False, 1, 1, 1)
    assert len(lessons(ctx)) == 2 and lessons(ctx)[1][4] == "วิชา ข"  # the preview wrote nothing
    assert run(ctx, second).committed
    assert lessons(ctx) == [(0, 480, 540, "R-101", "วิชา ก"), (2, 540, 600, "R-101", "วิชา ค")]


@pytest.mark.usefixtures("term")
def test_excel_layout_and_a_file_without_times(ctx: AppContext, tmp_path: Path) -> None:
    add_place(ctx, "W1")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["วัน", "เวลาเริ่ม", "เวลาสิ้นสุด", "ห้อง", "กลุ่มเรียน", "วิชา", "ครูผู้สอน"])
    sheet.append(["วันอังคาร", dt.time(13, 0), dt.time(16, 0), "W1", "ชส.2/1", "งานเชื่อมแก๊ส", "ครูมานะ"])
    sheet.append(["พฤ.", "17.00", "19.00", "W1", "ชส.2/1", "เสริมทักษะ", ""])
    path = tmp_path / "timetable.xlsx"
    book.save(path)
    assert run(ctx, path).committed
    assert lessons(ctx) == [(1, 780, 960, "W1", "งานเชื่อมแก๊ส"), (3, 1020, 1140, "W1", "เสริมทักษะ")]
    no_time = fet_file(tmp_path, '"1","จันทร์","ก","วิชา","","","W1"',
                       header='"Activity Id","Day","Students Sets","Subject","Teachers","Activity Tags","Room"\n')
    report = run(ctx, no_time)
    assert not report.committed and [f.code for f in report.errors][:1] == ["timetable_no_time"]
    assert len(lessons(ctx)) == 2
