"""Benchmark: every placement rule for 2,000 placements (check_all) against one hand-written SQL query pair that
computes only the trainer-ratio and overlap findings, on the same SQLite database in the same run."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

PLACEMENTS, SMOKE_PLACEMENTS = 2000, 300
GOAL_RATIO = 3.0
REPEATS = 3
RATIO_SQL = ("SELECT a.id, COUNT(b.id) FROM dual_placement a JOIN dual_placement b ON b.trainer_id = a.trainer_id "
             "AND b.start_date <= a.end_date AND a.start_date <= b.end_date GROUP BY a.id HAVING COUNT(b.id) > 10")
OVERLAP_SQL = ("SELECT a.id, b.id FROM dual_placement a JOIN dual_placement b ON b.learner_id = a.learner_id "
               "AND b.id <> a.id AND b.start_date <= a.end_date AND a.start_date <= b.end_date")


def _college(folder: Path, placements: int) -> Any:
    from sqlalchemy import insert

    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.base import Base
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    now, t = dt.datetime(2026, 11, 24, tzinfo=dt.UTC), Base.metadata.tables
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    learners, trainers = placements // 2, max(1, placements // 8)
    with db.engine.begin() as conn:
        conn.execute(insert(t["programme"]), [{"id": 1, "level": "pvs", "type_name_th": "อุตสาหกรรม",
                                               "major_code": "30101", "major_name_th": "เทคนิคเครื่องกล",
                                               "curriculum_year": 2567, **stamp}])
        conn.execute(insert(t["learner"]), [
            {"id": i, "student_code": f"67{i:08d}", "national_id": f"1{i:012d}", "first_name_th": "ผู้เรียน",
             "last_name_th": str(i), "birth_date": dt.date(2005 - i % 3, 1 + i % 12, 1), "level": "pvs", "year": 1,
             "programme_id": 1, "status": "studying", "is_dual": True, **stamp} for i in range(1, learners + 1)])
        conn.execute(insert(t["enterprise"]), [{"id": e, "name_th": f"บริษัท {e} จำกัด", "tax_id": f"{e:013d}",
                                                **stamp} for e in range(1, 41)])
        conn.execute(insert(t["dual_mou"]), [{"id": e, "enterprise_id": e, "start_date": dt.date(2025, 1, 1),
                                              "end_date": dt.date(2029, 12, 31), **stamp} for e in range(1, 41)])
        conn.execute(insert(t["dual_trainer"]), [{"id": k, "enterprise_id": 1 + k % 40, "name": f"ครูฝึก {k}",
                                                  **stamp} for k in range(1, trainers + 1)])
        conn.execute(insert(t["dual_trainer_certificate"]), [
            {"trainer_id": k, "issued_on": dt.date(2024, 1, 1), "valid_until": dt.date(2028, 12, 31)}
            for k in range(1, trainers + 1)])
        rows, shifts = [], []
        for n in range(1, placements + 1):
            learner, second = 1 + (n - 1) // 2, n % 2 == 0
            trainer = 1 + (n - 1) % trainers
            start = dt.date(2027, 5, 17) if second else dt.date(2026, 11, 2)
            rows.append({"id": n, "learner_id": learner, "enterprise_id": 1 + trainer % 40, "mou_id": 1 + trainer % 40,
                         "trainer_id": trainer, "start_date": start, "end_date": start + dt.timedelta(days=150),
                         "semesters": 1, "status": "active", **stamp})
            shifts += [{"placement_id": n, "weekday": d, "start_time": dt.time(8), "end_time": dt.time(17),
                        "break_minutes": 60} for d in range(3)]
        conn.execute(insert(t["dual_placement"]), rows)
        conn.execute(insert(t["dual_shift"]), shifts)
    return AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("setup", "administrator"))


def _timed(work: Any) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(smoke: bool) -> list[dict[str, Any]]:
    from vocdesk.services.dual.check_all import check_all

    count = SMOKE_PLACEMENTS if smoke else PLACEMENTS
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-dual-") as temp:
        ctx = _college(Path(temp), count)
        findings = ctx.run(lambda uow: check_all(uow))[0]
        conn = sqlite3.connect(ctx.paths.data_dir / "vocdesk.sqlite3")
        ours = _timed(lambda: ctx.run(lambda uow: check_all(uow)))
        base = _timed(lambda: (conn.execute(RATIO_SQL).fetchall(), conn.execute(OVERLAP_SQL).fetchall()))
        conn.close()
        ctx.db.dispose()
    return [{"name": f"dual_rules_{count}_placements", "seconds": ours, "baseline_seconds": base,
             "ratio": ours / base, "goal": GOAL_RATIO, "placements": count,
             "findings": sum(len(f) for f in findings.values()),
             "note": "every rule (check_all) vs SQL for ratio and overlap only"}]
