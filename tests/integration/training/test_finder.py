"""The spare-room finder: free rooms first, every conflict named, holidays left out, register equipment counted."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from tests.factories.training import add_place, add_term_lessons, book_once
from vocdesk.domain.training import parse_days, parse_window
from vocdesk.persistence.models import Asset, AssetCategory, AssetCheckout, Location
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.finder import FreeAnswer, FreeQuery, find_free

D = dt.date


DECEMBER = (D(2026, 12, 1), D(2026, 12, 31))


def ask(ctx: AppContext, days: str, window: str, span: tuple[dt.date, dt.date] = DECEMBER,
        **options: Any) -> FreeAnswer:
    query = FreeQuery(span[0], span[1], parse_days(days), parse_window(window), **options)
    with ctx.db.read() as session:
        return find_free(session, ctx.actor, query)


def test_free_rooms_come_first_then_fewest_conflicts(ctx: AppContext) -> None:
    for code in ("A", "B", "C"):
        add_place(ctx, code)
    add_place(ctx, "SMALL", seats=10)
    add_term_lessons(ctx, "2/2569", D(2026, 11, 2), D(2027, 3, 12),
                     [("sat", "08:00-12:00", "B", "งานไฟฟ้า"), ("sat", "09:30-10:30", "C", "งานยนต์"),
                      ("sat", "13:00-14:00", "C", "งานยนต์ 2")])
    book_once(ctx, "A", D(2026, 12, 19), "10:00-11:00", "อบรมช่างแอร์")
    answer = ask(ctx, "sat", "09:00-12:00", seats=15)
    # Saturdays 5, 12, 19, 26 December; the 5th is a public holiday and never an occurrence.
    assert answer.occurrences == (D(2026, 12, 12), D(2026, 12, 19), D(2026, 12, 26))
    assert [s.day for s in answer.skipped] == [D(2026, 12, 5)]
    rooms = {r.code: r for r in answer.rooms}
    assert "SMALL" not in rooms  # fewer seats than asked
    assert [r.code for r in answer.rooms] == ["A", "B", "C"]
    assert [(c.day, c.kind) for c in rooms["A"].conflicts] == [(D(2026, 12, 19), "booking")]
    assert len(rooms["B"].conflicts) == 3 and len(rooms["C"].conflicts) == 3
    assert not any(r.free for r in answer.rooms)
    afternoon = ask(ctx, "sat", "14:00-16:00", seats=15)
    assert [r.code for r in afternoon.rooms if r.free] == ["A", "B", "C"]


def test_equipment_counts_items_in_the_room_less_those_checked_out(ctx: AppContext) -> None:
    add_place(ctx, "WELD")
    add_place(ctx, "EMPTY")
    with ctx.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(AssetCategory), [{"code": "3920-001", "name_th": "ตู้เชื่อม", "useful_life_years": 5,
                                           "version": 1}])
        category = s.scalars(select(AssetCategory.id)).one()
        weld = s.scalars(select(Location.id).where(Location.code == "WELD")).one()
        s.execute(insert(Asset), [{"code": f"3920-001-0001/69-{n}", "name": "ตู้เชื่อม", "category_id": category,
                                   "fiscal_year": 2569, "running_no": n, "acquired_on": D(2026, 1, 5),
                                   "cost_satang": 1_500_000, "location_id": weld, "version": 1} for n in (1, 2, 3)])
        first = s.scalars(select(Asset.id).order_by(Asset.id)).first()
        s.execute(insert(AssetCheckout), [{"asset_id": first, "holder_kind": "person", "holder_name": "ครูสมชาย",
                                           "out_on": D(2026, 12, 10), "due_on": D(2026, 12, 20)}])
    answer = ask(ctx, "sat", "09:00-12:00", equipment={"3920-001": 3})
    weld_answer = next(r for r in answer.rooms if r.code == "WELD")
    # Out on the 12th and 19th (due back the 20th), all three there on the 26th.
    assert [(c.day, c.what) for c in weld_answer.conflicts] == [
        (D(2026, 12, 12), "3920-001 2/3"), (D(2026, 12, 19), "3920-001 2/3")]
    empty = next(r for r in answer.rooms if r.code == "EMPTY")
    assert len(empty.conflicts) == 3


def test_finder_agrees_with_a_brute_force_count_of_random_bookings(ctx: AppContext) -> None:
    rng = random.Random(13)
    add_place(ctx, "R", after=10)
    day = D(2026, 12, 12)
    taken: list[tuple[int, int]] = []
    for _ in range(25):
        start = rng.randrange(8 * 60, 20 * 60, 5)
        end = start + rng.choice((15, 30, 45, 60, 90))
        window = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        if book_once(ctx, "R", day, window).written:
            taken.append((start, end + 10))
    assert len(taken) >= 5
    for _ in range(40):
        start = rng.randrange(8 * 60, 20 * 60, 5)
        end = start + rng.choice((5, 15, 30, 60))
        window = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        blocked_minutes = {m for low, high in taken for m in range(low, high)}
        brute_free = not (set(range(start, end + 10)) & blocked_minutes)
        answer = ask(ctx, "sat", window, span=(day, day))
        assert answer.rooms[0].free is brute_free, window
