"""Benchmark: the flood burst, 1,500 repair jobs saved one by one through the service vs a raw single-row insert."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

JOBS, SMOKE_JOBS = 1_500, 200
GOAL_RATIO = 5.0
GOAL_MEDIAN_MS = 50.0
DAY = dt.date(2025, 11, 30)


def _context(folder: Path) -> Any:
    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.services.community.points import PointInput, add_point
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("clerk", "training_staff"))
    ctx.run(lambda uow: add_point(uow, PointInput("HY1", "จุดซ่อมน้ำท่วมหาดใหญ่", "flood_relief", DAY, DAY)))
    return ctx


def _service_times(ctx: Any, jobs: int) -> list[float]:
    from vocdesk.services.community.jobs import JobInput, add_job

    times = []
    for n in range(jobs):
        data = JobInput("HY1", DAY, f"นางสาวมาลี ศรีสุข {n}", "motorcycle", "รถจมน้ำ สตาร์ทไม่ติด", "0812345678",
                        owner_address="หมู่ 4", brand="ฮอนด้า", age_years=5, terms_acknowledged=True)
        start = time.perf_counter()
        ctx.run(lambda uow, data=data: add_job(uow, data))
        times.append(time.perf_counter() - start)
    return times


def _raw_times(path: Path, jobs: int) -> list[float]:
    """The same row inserted with sqlite3, one committed transaction each, numbered by MAX()+1 like the service."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    times = []
    for n in range(jobs):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        number = conn.execute("SELECT COALESCE(MAX(job_no), 0) + 1 FROM repair_job WHERE point_id = 1 AND "
                              "fiscal_year = 2569").fetchone()[0] + 100_000
        conn.execute("INSERT INTO repair_job (point_id, fiscal_year, job_no, received_on, owner_name, owner_phone, "
                     "owner_national_id, owner_id_reason, owner_address, category, brand, model, age_years, problem, "
                     "status, repair_status, terms_acknowledged, version, created_at, updated_at) VALUES (1, 2569, ?, "
                     "'2025-11-30', ?, '0812345678', '', '', 'หมู่ 4', 'motorcycle', 'ฮอนด้า', '', 5, "
                     "'รถจมน้ำ สตาร์ทไม่ติด', 'received', 'Unknown', 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                     (number, f"นางสาวมาลี ศรีสุข {n}"))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def _p95(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.95) - 1]


def run(smoke: bool) -> list[dict[str, Any]]:
    jobs = SMOKE_JOBS if smoke else JOBS
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-intake-") as temp:
        ctx = _context(Path(temp))
        ours = _service_times(ctx, jobs)
        db_path = ctx.paths.data_dir / "vocdesk.sqlite3"
        ctx.db.dispose()
        raw = _raw_times(db_path, jobs)
    median, base = statistics.median(ours), statistics.median(raw)
    return [{"name": f"fixit_intake_{jobs}_jobs", "seconds": median, "baseline_seconds": base, "ratio": median / base,
             "goal": GOAL_RATIO, "met": median / base <= GOAL_RATIO and median * 1000 <= GOAL_MEDIAN_MS,
             "median_ms": round(median * 1000, 2), "p95_ms": round(_p95(ours) * 1000, 2),
             "raw_median_ms": round(base * 1000, 2), "raw_p95_ms": round(_p95(raw) * 1000, 2),
             "note": "one job per unit of work (lock, number, insert, audit) against sqlite3 BEGIN IMMEDIATE + insert"}]
