"""FET's own example (Debian's fet-data, exported by `fet-cl --exportcsv=true`): import it, then the spare-room
answer agrees with a brute-force count over the same CSV."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from vocdesk.domain.training import parse_days, parse_window
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.calendar_ import set_term
from vocdesk.services.training.finder import FreeQuery, find_free
from vocdesk.services.training.timetable_import import import_timetable, read_timetable

EXAMPLE = Path("/usr/share/doc/fet-data/examples/FET-5-official/United-Kingdom/Hopwood/Hopwood.fet")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.fixture(scope="module")
def fet_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("fet-cl") is None or not EXAMPLE.exists():
        pytest.skip("needs Debian's fet and fet-data packages (fet-cl and the example timetables)")
    out = tmp_path_factory.mktemp("fet")
    subprocess.run(["fet-cl", f"--inputfile={EXAMPLE}", f"--outputdir={out}", "--exportcsv=true",
                    "--timelimitseconds=240"], check=True, capture_output=True, timeout=300)
    return next(out.rglob("*_timetable.csv"))


def minutes(text: str) -> int:
    hours, mins = text.strip().split(".")
    return int(hours) * 60 + int(mins)


def test_spare_rooms_agree_with_a_brute_force_count_over_the_fet_csv(ctx: AppContext, fet_csv: Path) -> None:
    ctx.run(lambda uow: set_term(uow, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12)))
    parsed = read_timetable(ctx.actor, fet_csv)
    report = ctx.run(lambda uow: import_timetable(uow, parsed, "2/2569", create_rooms=True))[0]
    assert report.committed and report.errors == [], report.errors[:3]

    with fet_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lessons = []  # (weekday, start, end, room) read here with nothing of VocDesk's
    for row in rows:
        start, end = re.split(r"\s*-\s*", row["Hour"])
        for room in filter(None, row["Room"].split("+")):
            lessons.append((DAYS.index(row["Day"]), minutes(start), minutes(end), room.upper()))
    assert report.lessons == sum(max(1, len([r for r in row["Room"].split("+") if r])) for row in rows)

    first, last, window = dt.date(2027, 1, 11), dt.date(2027, 1, 24), (18 * 60, 19 * 60 + 30)
    with ctx.db.read() as session:
        query = FreeQuery(first, last, parse_days("mon-fri"), parse_window("18:00-19:30"))
        answer = find_free(session, ctx.actor, query)
    days = list(answer.occurrences)
    assert len(days) == 10 - len(answer.skipped)
    expected = {room: sum(1 for day in days for (wd, s, e, r) in lessons
                          if r == room and wd == day.weekday() and s < window[1] and window[0] < e)
                for room in {lesson[3] for lesson in lessons}}
    got = {r.code: len(r.conflicts) for r in answer.rooms}
    assert got == expected
    assert any(count == 0 for count in got.values()) and any(count > 0 for count in got.values())
