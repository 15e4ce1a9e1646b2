"""Benchmark: `labour gap` over 10 years × 77 provinces × 400 occupations (308,000 facts) vs one hand-written SQL."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

PROVINCES, SMOKE_PROVINCES = 77, 8
YEARS, OCCUPATIONS = 10, 400
GOAL_RATIO = 2.0
REPEATS = 5


def _college(folder: Path, provinces: int) -> Any:
    from sqlalchemy import insert

    from vocdesk.clock import FixedClock
    from vocdesk.demo import DemoOptions, fill_demo_college
    from vocdesk.domain.labour.facts import TOTAL, FactKey
    from vocdesk.domain.labour.isco_units import UNITS
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.persistence.models import DemandFact
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("setup", "administrator"))
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=400, seed=1)))  # map, graduates, outcomes
    rng = random.Random(7)
    codes = list(UNITS) + [f"{rng.randint(1, 9)}{n:03d}" for n in range(OCCUPATIONS * 2)]
    codes = list(dict.fromkeys(codes))[:OCCUPATIONS]
    names = [f"จังหวัดที่ {n}" for n in range(provinces)]  # none is the demo's own province (its facts differ)
    rows = []
    for year in range(2016, 2016 + YEARS):
        for province in names:
            for code in codes:
                key = FactKey("bench", "vacancies", year, 0, 0, province, TOTAL, TOTAL, "isco08", code, TOTAL, TOTAL)
                rows.append({"fact_key": key.digest(), "source": "bench", "measure": "vacancies", "year": year,
                             "quarter": 0, "month": 0, "area_kind": "province", "area": province, "sex": TOTAL,
                             "age_group": TOTAL, "scheme": "isco08", "occupation": code, "occupation_label": "",
                             "industry": TOTAL, "education": TOTAL, "value": rng.randint(0, 300), "multiplier": 1,
                             "unit": "อัตรา", "file_name": "bench", "file_row": 0, "version": 1})
    with ctx.unit_of_work() as uow:
        for start in range(0, len(rows), 20_000):
            uow.session.execute(insert(DemandFact), rows[start:start + 20_000])
    return ctx, len(rows)


def _service(ctx: Any) -> dict[int, float | None]:
    from vocdesk.services.labour.gap import programme_gaps

    with ctx.db.read() as session:
        return {line.programme_id: line.demand for line in programme_gaps(session, ctx.actor, "จังหวัดที่ 0", 2568)[2]}


RAW = """
SELECT m.programme_id, SUM(m.weight * f.value * f.multiplier)
FROM programme_occupation m JOIN demand_fact f ON f.scheme = m.scheme AND f.occupation = m.occupation
WHERE f.year = ? AND f.area = ? AND f.measure = 'vacancies' AND f.quarter = 0 AND f.month = 0
  AND f.sex = '*' AND f.age_group = '*' AND f.industry = '*' AND f.education = '*'
  AND m.programme_id IN (SELECT programme_id FROM learner)
GROUP BY m.programme_id
"""
GRADUATES = """
SELECT l.programme_id, COUNT(DISTINCT l.id) FROM learner l JOIN learner_status_change c ON c.learner_id = l.id
WHERE c.status = 'graduated' AND strftime('%Y', c.effective_date) = ? GROUP BY l.programme_id
"""


def _raw(conn: sqlite3.Connection) -> dict[int, float]:
    """The same demand (this year and the year before, for the trend) and graduates, the plain sqlite3 way."""
    now = {pid: float(total) for pid, total in conn.execute(RAW, (2025, "จังหวัดที่ 0"))}
    conn.execute(RAW, (2024, "จังหวัดที่ 0")).fetchall()
    conn.execute(GRADUATES, ("2025",)).fetchall()
    return now


def run(smoke: bool) -> list[dict[str, Any]]:
    provinces = SMOKE_PROVINCES if smoke else PROVINCES
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-labour-") as temp:
        ctx, facts = _college(Path(temp), provinces)
        conn = sqlite3.connect(ctx.db.url.removeprefix("sqlite:///"))
        ours, base = [], []
        for _ in range(REPEATS):
            started = time.perf_counter()
            shown = _service(ctx)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw = _raw(conn)
            base.append(time.perf_counter() - started)
        conn.close()
        same = all(abs((shown.get(pid) or 0) - round(total, 1)) < 0.11 for pid, total in raw.items())
        ctx.db.dispose()
    seconds, baseline = statistics.median(ours), statistics.median(base)
    return [{"name": f"labour_gap_{facts}_facts", "seconds": seconds, "baseline_seconds": baseline,
             "ratio": seconds / baseline, "goal": GOAL_RATIO, "met": same and seconds / baseline <= GOAL_RATIO,
             "note": "same demand as the raw SQL" if same else "DEMAND DIFFERS from the raw SQL"}]
