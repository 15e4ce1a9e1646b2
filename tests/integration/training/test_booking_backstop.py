"""When the clash check misses an overlap, PostgreSQL's exclusion constraint refuses the booking's rows: a Conflict."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.training import add_place, book_once
from vocdesk.errors import Conflict
from vocdesk.persistence.models import AuditEvent, Booking
from vocdesk.services.core.context import AppContext
from vocdesk.services.training import booking

SAT = dt.date(2026, 12, 12)


def test_a_booking_the_check_missed_is_a_conflict_and_writes_nothing(ctx: AppContext,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if ctx.db.is_sqlite:
        pytest.skip("the exclusion constraint is PostgreSQL's backstop; SQLite serialises writers instead")
    add_place(ctx, "W4")
    assert book_once(ctx, "W4", SAT, "09:00-12:00", "อบรมเช้า").written
    with ctx.db.read() as session:
        audits = len(session.scalars(select(AuditEvent.id)).all())
    monkeypatch.setattr(booking, "find_clashes", lambda *args, **kwargs: {})  # a check that sees nothing
    with pytest.raises(Conflict) as refused:
        book_once(ctx, "W4", SAT, "10:00-11:00", "อบรมซ้อน")
    assert refused.value.code == "booking_taken" and refused.value.params["room"] == "W4"
    with ctx.db.read() as session:
        assert session.execute(select(Booking.purpose)).scalars().all() == ["อบรมเช้า"]
        assert len(session.scalars(select(AuditEvent.id)).all()) == audits
