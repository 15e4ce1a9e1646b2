"""Benchmark: learner search per keystroke over 100,000 learners through the service vs raw sqlite3 FTS5 queries."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

LEARNERS, SMOKE_LEARNERS = 100_000, 5_000
GOAL_RATIO = 3.0
REPEATS = 5
KEYSTROKES = ("ส", "สม", "สมช", "สมชา", "สมชาย", "6", "69", "692", "6920", "s", "so", "som", "somc", "somch")
"""What a registrar types letter by letter: a Thai name, a student-code prefix, an English name."""


def _college(folder: Path, learners: int) -> Any:
    from vocdesk.clock import FixedClock
    from vocdesk.demo import DemoOptions, fill_demo_college
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.services.core.context import Actor, AppContext
    from vocdesk.services.learners.search import ensure_search_index

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("setup", "administrator"))
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=learners, seed=1)))
    ctx.actor = Actor("director", "executive")  # searches names and codes, not national IDs (as the raw query)
    ensure_search_index(db.engine)  # built once, like at first start; not timed
    return ctx


def _service(ctx: Any, term: str) -> list[int]:
    from vocdesk.services.learners.search import search_learner_ids

    with ctx.db.read() as session:
        return search_learner_ids(session, ctx.actor, term)


def _raw(conn: sqlite3.Connection, term: str) -> list[int]:
    """The plain sqlite3 way: FTS5 MATCH for 3+ characters, an index range on code and Thai names below that."""
    if len(term) >= 3:
        query = ("SELECT l.id FROM learner l WHERE l.id IN (SELECT rowid FROM learner_fts WHERE learner_fts MATCH ?) "
                 "ORDER BY l.student_code, l.id")
        columns = "{student_code first_name_th last_name_th first_name_en last_name_en}"
        return [r[0] for r in conn.execute(query, (f'{columns} : "{term}"',))]
    end = term + "\U0010ffff"
    query = ("SELECT id FROM learner WHERE (student_code >= ? AND student_code < ?) OR (first_name_th >= ? AND "
             "first_name_th < ?) OR (last_name_th >= ? AND last_name_th < ?) ORDER BY student_code, id")
    return [r[0] for r in conn.execute(query, (term, end) * 3)]


def run(smoke: bool) -> list[dict[str, Any]]:
    learners = SMOKE_LEARNERS if smoke else LEARNERS
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-search-") as temp:
        ctx = _college(Path(temp) / "home", learners)
        conn = sqlite3.connect(ctx.paths.data_dir / "vocdesk.sqlite3")
        try:
            ours_runs, base_runs, found = [], [], {}
            for _ in range(REPEATS):  # interleaved, median: these 2-core machines are noisy
                started = time.perf_counter()
                for term in KEYSTROKES:
                    found[term] = len(_raw(conn, term))
                base_runs.append(time.perf_counter() - started)
                started = time.perf_counter()
                for term in KEYSTROKES:
                    if len(_service(ctx, term)) != found[term]:
                        raise AssertionError(f"service and raw query disagree on {term!r}")
                ours_runs.append(time.perf_counter() - started)
        finally:
            conn.close()
            ctx.db.dispose()
    ours, base = statistics.median(ours_runs), statistics.median(base_runs)
    per_key = len(KEYSTROKES)
    return [{"name": f"search_per_keystroke_{learners}_learners", "seconds": round(ours / per_key, 4),
             "baseline_seconds": round(base / per_key, 4), "ratio": round(ours / base, 2), "goal": GOAL_RATIO,
             "keystrokes": list(KEYSTROKES), "matches": found,
             "note": "all matching ids in student-code order (what the list needs); raw = sqlite3 FTS5/range query"}]


if __name__ == "__main__":
    import json
    print(json.dumps(run(smoke=True), ensure_ascii=False, indent=1))
