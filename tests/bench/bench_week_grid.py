"""Benchmark: painting the week grid of a busy facility against a bare QTableWidget holding the same cells."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from typing import Any

REPEATS, PAINTS, SMOKE_PAINTS = 5, 40, 10


def run(smoke: bool) -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from ui.pages.training.week_grid import WeekGrid
    from vocdesk.services.training.views import FacilityWeek, WeekItem

    app = QApplication.instance() or QApplication([])
    monday = dt.date(2027, 1, 11)
    kinds = ("lesson", "booking", "requested")
    items = tuple(WeekItem(monday + dt.timedelta(days=day), hour * 60, hour * 60 + 50, kinds[(day + hour) % 3],
                           f"วิชาที่ {day}-{hour} งานเชื่อมและโลหะแผ่น", "ชส.1/1 ครูสมชาย")
                  for day in range(7) for hour in range(7, 22))  # every hour of every day taken: 105 blocks
    week = FacilityWeek("W1", "โรงฝึกงาน", monday, items, {monday + dt.timedelta(days=3): "วันหยุด"})
    grid = WeekGrid()
    grid.resize(1150, 650)
    grid.set_week(week)
    table = QTableWidget(15, 7)
    table.resize(1150, 650)
    for item in items:
        table.setItem(item.start // 60 - 7, (item.day - monday).days,
                      QTableWidgetItem(f"{item.start // 60:02d}:00 {item.title}"))
    paints = SMOKE_PAINTS if smoke else PAINTS
    ours_runs, base_runs = [], []
    for _ in range(REPEATS):  # interleaved, median
        started = time.perf_counter()
        for _ in range(paints):
            grid.grab()
        ours_runs.append((time.perf_counter() - started) / paints)
        started = time.perf_counter()
        for _ in range(paints):
            table.grab()
        base_runs.append((time.perf_counter() - started) / paints)
    app.processEvents()
    ours, base = statistics.median(ours_runs), statistics.median(base_runs)
    return [{"name": "week_grid_paint_105_blocks", "seconds": round(ours, 4), "baseline_seconds": round(base, 4),
             "ratio": round(ours / base, 2), "goal": 2.0,
             "note": "one full paint (grab) at 1150×650; baseline = QTableWidget with the same 105 texts"}]


if __name__ == "__main__":
    import json
    print(json.dumps(run(smoke=True), ensure_ascii=False, indent=1))
