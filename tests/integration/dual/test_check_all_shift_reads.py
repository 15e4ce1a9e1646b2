"""The weekly patterns check_all reads for the minors come back as each placement's own, past one chunk of ids."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from vocdesk.domain.dual.facts import Shift
from vocdesk.persistence.base import Base
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.check_all import _CHUNK, _shifts

COUNT = _CHUNK + 7  # a full chunk, then a short one padded with its last id


def _placements(ctx: AppContext) -> None:
    """COUNT placements; placement n trains on weekday n % 5 from (6 + n % 11):n % 60 for 4 hours, breaks n % 3 × 30
    minutes, and every seventh has a second day (Saturday, 09:00–12:00) before it in the table."""
    t, now = Base.metadata.tables, dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(t["programme"]), [{"id": 1, "level": "pvc", "type_name_th": "อุตสาหกรรม",
                                               "major_code": "20101", "major_name_th": "ช่างยนต์",
                                               "curriculum_year": 2567, **stamp}])
        conn.execute(insert(t["learner"]), [
            {"id": n, "student_code": f"67{n:08d}", "national_id": f"1{n:012d}", "first_name_th": "ผู้เรียน",
             "last_name_th": str(n), "birth_date": dt.date(2010, 1, 1), "level": "pvc", "year": 1,
             "programme_id": 1, "status": "studying", "is_dual": True, **stamp} for n in range(1, COUNT + 1)])
        conn.execute(insert(t["enterprise"]), [{"id": 1, "name_th": "บริษัท หนึ่ง จำกัด", "tax_id": "0105551234567",
                                                **stamp}])
        conn.execute(insert(t["dual_mou"]), [{"id": 1, "enterprise_id": 1, "start_date": dt.date(2025, 1, 1),
                                              "end_date": dt.date(2029, 12, 31), **stamp}])
        conn.execute(insert(t["dual_trainer"]), [{"id": 1, "enterprise_id": 1, "name": "ครูฝึก", **stamp}])
        conn.execute(insert(t["dual_placement"]), [
            {"id": n, "learner_id": n, "enterprise_id": 1, "mou_id": 1, "trainer_id": 1,
             "start_date": dt.date(2026, 11, 2), "end_date": dt.date(2027, 3, 31), "semesters": 1,
             "status": "draft", **stamp} for n in range(1, COUNT + 1)])
        shifts = []
        for n in range(1, COUNT + 1):
            if n % 7 == 0:
                shifts.append({"placement_id": n, "weekday": 5, "start_time": dt.time(9),
                               "end_time": dt.time(12), "break_minutes": 0})
            shifts.append({"placement_id": n, "weekday": n % 5, "start_time": dt.time(6 + n % 11, n % 60),
                           "end_time": dt.time(10 + n % 11, n % 60), "break_minutes": n % 3 * 30})
        conn.execute(insert(t["dual_shift"]), shifts)


def test_every_placement_gets_its_own_days_across_chunks(ctx: AppContext) -> None:
    _placements(ctx)
    wanted = [n for n in range(COUNT, 0, -1) if n != 3]  # not in id order, and one placement left out
    with ctx.db.read() as session:
        weeks = _shifts(session.connection(), wanted)
    assert sorted(weeks) == sorted(wanted)  # placement 3 was not asked for, and the padding added nothing
    assert weeks[1] == (Shift(1, dt.time(7, 1), dt.time(11, 1), 30),)
    assert weeks[COUNT] == (Shift(COUNT % 5, dt.time(6 + COUNT % 11, COUNT % 60),
                                  dt.time(10 + COUNT % 11, COUNT % 60), COUNT % 3 * 30),)
    assert weeks[14] == (Shift(5, dt.time(9), dt.time(12), 0), Shift(4, dt.time(9, 14), dt.time(13, 14), 60))
    for n in wanted:
        own = weeks[n][-1]
        assert (own.weekday, own.start, own.break_minutes) == (n % 5, dt.time(6 + n % 11, n % 60), n % 3 * 30), n
        assert len(weeks[n]) == (2 if n % 7 == 0 else 1), n
