"""Benchmark: a 50,000-row learner workbook imported (validated and committed) against python-calamine reading it
plus raw sqlite3.executemany of the same rows; the learner export against a plain openpyxl write-only workbook."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

ROWS, SMOKE_ROWS = 50_000, 2_000
IMPORT_GOAL = 2.5  # validated + committed import ≤ 2.5 × (calamine read + raw executemany)
EXPORT_GOAL = 1.0  # export must beat openpyxl write-only
FIRST = ("สมชาย", "สมหญิง", "ภูมิใจ", "กมล", "ขวัญใจ", "ปิยะ", "วรรณา", "ณัฐพล", "ศิริพร", "ธนากร")
LAST = ("ใจดี", "รักเรียน", "ศรีสุข", "ทองคำ", "แก้วมณี", "บุญมา", "วงศ์ไทย", "ชื่นชม", "พึ่งตน", "ปั้นดี")
MAJORS = (("pvc", "20101", "ช่างยนต์"), ("pvc", "20104", "ช่างไฟฟ้ากำลัง"), ("pvc", "20201", "การบัญชี"),
          ("pvs", "30101", "เทคนิคเครื่องกล"))


def _national_id(seed: int) -> str:
    first12 = f"1{seed:011d}"
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def learner_rows(count: int) -> list[list[Any]]:
    """std2018-shaped rows: IDs as text, birth dates as date cells, Thai names, grades, groups and contacts."""
    rows = []
    for n in range(count):
        level, code, major = MAJORS[n % len(MAJORS)]
        year = 1 + n % (3 if level == "pvc" else 2)
        rows.append([f"{66 - year}{code}{n:06d}", _national_id(n + 1),
                     "นาย" if n % 2 == 0 else "นางสาว", FIRST[n % 10], f"{LAST[n // 10 % 10]}{n}",
                     "ชาย" if n % 2 == 0 else "หญิง", dt.date(2005 + n % 5, 1 + n % 12, 1 + n % 28),
                     f"{'ปวช.' if level == 'pvc' else 'ปวส.'}{year}", major, "", f"G{code}{year}{n % 9}",
                     "กำลังศึกษา", round(2 + (n % 200) / 100, 2), f"08{n % 100000000:08d}", f"s{n}@example.ac.th"])
    return rows


HEADER = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gender", "birthDate", "gradeNameTh",
          "majorNameTh", "minorNameTh", "groupCode", "studentStatusName", "gpax", "tel", "email"]


def _write_input(path: Path, rows: list[list[Any]]) -> None:
    from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx

    write_xlsx(path, [SheetSpec("std2018_student", [SheetColumn(h) for h in HEADER], rows)])


def _context(folder: Path) -> Any:
    from sqlalchemy import insert

    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.persistence.models import Programme
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(str(folder / "home")).ensure()
    db = Database(f"sqlite:///{folder / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("bench", "administrator"))
    ctx.run(lambda uow: uow.session.execute(insert(Programme), [
        {"level": level, "type_name_th": "อุตสาหกรรม", "major_code": code, "major_name_th": major,
         "curriculum_year": 2567} for level, code, major in MAJORS]))
    return ctx


def _baseline_import(path: Path, folder: Path) -> float:
    """python-calamine reads the sheet; sqlite3.executemany writes every row into a same-shaped table."""
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    with CalamineWorkbook.from_path(str(path)) as book:
        cells = book.get_sheet_by_index(0).to_python()
    connection = sqlite3.connect(folder / "baseline.sqlite3")
    columns = ", ".join(f"c{i}" for i in range(len(HEADER)))
    connection.execute(f"CREATE TABLE learner (id INTEGER PRIMARY KEY, {columns})")
    marks = ", ".join("?" * len(HEADER))
    with connection:
        connection.executemany(f"INSERT INTO learner ({columns}) VALUES ({marks})",
                               [[v.isoformat() if isinstance(v, dt.date) else v for v in row] for row in cells[1:]])
    connection.close()
    return time.perf_counter() - started


def _baseline_export(rows: list[list[Any]], path: Path) -> float:
    """openpyxl write-only: the same rows and Thai headers, nothing else."""
    import openpyxl

    from vocdesk.io.imports.learners import LEARNERS

    started = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("ผู้เรียน")
    sheet.append([LEARNERS.column(name).header_th for name in HEADER])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return time.perf_counter() - started


def _row(name: str, seconds: float, baseline: float, goal: float, **extra: Any) -> dict[str, Any]:
    return {"name": name, "seconds": round(seconds, 3), "baseline_seconds": round(baseline, 3),
            "ratio": round(seconds / baseline, 3), "goal": goal, **extra}


def _import_once(source: Path, folder: Path, count: int) -> tuple[float, float, Any, int]:
    """(VocDesk seconds, baseline seconds, the context, warnings) for one fresh database."""
    from vocdesk.services.kinds.imports import import_file

    folder.mkdir()
    ctx = _context(folder)
    baseline = _baseline_import(source, folder)
    started = time.perf_counter()
    report = import_file(ctx, "learners", source, commit=True).report
    seconds = time.perf_counter() - started
    if report.imported != count or report.errors:
        raise RuntimeError(f"bench import wrote {report.imported} of {count}: {report.errors[:3]}")
    return seconds, baseline, ctx, len(report.warnings)


def _import_memory(source: Path, folder: Path) -> tuple[float, float]:
    """(MB before, peak MB) of one import in a fresh process (`import_memory.py`): this process's own peak
    includes writing the input workbook and the three timed rounds."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "tests.bench.import_memory", str(source), str(folder)], cwd=root,
                          check=True, capture_output=True, text=True, timeout=30 * 60)
    fields = dict(part.split("=") for part in done.stdout.split())
    return int(fields["before_kb"]) / 1024, int(fields["peak_kb"]) / 1024


def run(smoke: bool) -> list[dict[str, Any]]:
    """Import then export `ROWS` learners (2,000 when `smoke`) in fresh SQLite databases; each import is timed
    against its baseline in the same round, best of three rounds (a shared machine's noise only adds time)."""
    from vocdesk.services.kinds.exports import run_export
    from vocdesk.services.learners.export import learner_export_columns, learner_export_rows
    from vocdesk.services.learners.listing import learner_ids

    count = SMOKE_ROWS if smoke else ROWS
    rows = learner_rows(count)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "learners.xlsx"
        _write_input(source, rows)
        rounds = [_import_once(source, folder / f"round{index}", count) for index in range(3)]
        for _, _, ctx, _ in rounds[:-1]:
            ctx.db.dispose()
        seconds, baseline = min(r[0] for r in rounds), min(r[1] for r in rounds)
        ctx = rounds[-1][2]
        before_mb, peak_mb = _import_memory(source, folder / "memory")
        results = [_row(f"import_learners_{count}_rows", seconds, baseline, IMPORT_GOAL, warnings=rounds[0][3],
                        rounds=[[round(r[0], 3), round(r[1], 3)] for r in rounds], peak_rss_mb=peak_mb,
                        rss_before_import_mb=before_mb,
                        note=f"peak memory {peak_mb:.0f} MB, {peak_mb - before_mb:.0f} MB over the process "
                             "before the import")]
        with ctx.db.read() as session:
            ids = learner_ids(session, ctx.actor)
            exported_rows = list(learner_export_rows(session, ids, learner_export_columns(ctx.actor)))
        export_baseline = _baseline_export(exported_rows, folder / "baseline.xlsx")
        export_seconds = float("inf")
        for _ in range(1 if not smoke else 3):
            started = time.perf_counter()
            result = run_export(ctx, "learners", folder / "export.xlsx")
            export_seconds = min(export_seconds, time.perf_counter() - started)
        results.append(_row(f"export_learners_{result.rows}_rows", export_seconds, export_baseline, EXPORT_GOAL,
                            note="VocDesk time includes the database query; the baseline gets the rows ready-made"))
        ctx.db.dispose()
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run("--smoke" in sys.argv), ensure_ascii=False, indent=2))
