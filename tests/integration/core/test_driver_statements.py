"""The per-action statements that go straight to the driver: errors stay SQLAlchemy's, and two PCs keep one chain."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import bindparam, event, func, literal, select
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from vocdesk.persistence.audit_chain import current_checkpoint, verify_chain
from vocdesk.persistence.database import Database
from vocdesk.persistence.driver import fixed_rows, run_on_driver
from vocdesk.persistence.models import AuditEvent
from vocdesk.services.core.context import AppContext


def test_driver_errors_arrive_as_sqlalchemy_errors(ctx: AppContext) -> None:
    ctx.run(lambda uow: uow.audit("test.write", "probe", "first"))
    with ctx.db.write_session() as session, session.begin():
        connection = session.connection()
        head = session.scalar(select(AuditEvent.id))
        with pytest.raises(IntegrityError):  # the id (the record's position in the chain) is the primary key
            run_on_driver(connection, "INSERT INTO audit_event (id, at, actor, action, entity, entity_id, "
                          f"changes_json, prev_hash, hash) VALUES ({head}, '2026-01-01 00:00:00', 'a', 'b', 'c', "
                          "'d', '{}', 'x', 'y')")
        session.rollback()
    with ctx.db.write_session() as session, session.begin(), pytest.raises((OperationalError, ProgrammingError)):
        run_on_driver(session.connection(), "SELECT no_such_column FROM audit_event")


def test_an_action_runs_no_fixed_statement_through_sqlalchemy(ctx: AppContext) -> None:
    """BEGIN, the chain's lock, its head and the record itself skip SQLAlchemy's execution path (driver.py)."""
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731 (before_cursor_execute: conn, cursor, statement…)
    ctx.run(lambda uow: uow.audit("test.write", "probe", "warm"))
    event.listen(ctx.db.engine, "before_cursor_execute", listener)
    try:
        ctx.run(lambda uow: uow.audit("test.write", "probe", "counted"))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listener)
    assert seen == []
    with ctx.db.read() as session:
        assert verify_chain(session) is None


def test_two_pcs_appending_at_once_keep_one_chain(ctx: AppContext) -> None:
    """Two engines on one database (two PCs, or two processes): each append re-reads the head under the lock."""
    other_db = Database(ctx.db.url)
    other = AppContext(paths=ctx.paths, db=other_db, clock=ctx.clock, actor=ctx.actor)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(context: AppContext, tag: str) -> None:
        start.wait()
        try:
            for number in range(30):
                context.run(lambda uow, n=number: uow.audit("test.write", "probe", f"{tag}{n}"))
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(c, tag)) for c, tag in ((ctx, "a"), (other, "b"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        ctx.run(lambda uow: uow.audit("test.write", "probe", "after"))  # after the other PC's last record
    finally:
        other_db.dispose()
    assert failures == []
    with ctx.db.read() as session:
        assert verify_chain(session) is None
        assert current_checkpoint(session).count == 61
        assert session.scalar(select(func.count(func.distinct(AuditEvent.prev_hash)))) == 61


_WITH_TYPES = select(AuditEvent.id, AuditEvent.at, AuditEvent.hash, literal(True), literal(dt.date(2026, 12, 3))
                     ).order_by(AuditEvent.id)


def test_fixed_rows_give_the_values_sqlalchemy_gives(ctx: AppContext) -> None:
    for number in range(3):
        ctx.run(lambda uow, n=number: uow.audit("test.write", "probe", n))
    with ctx.db.read() as session:
        expected = [tuple(row) for row in session.execute(_WITH_TYPES)]
        assert fixed_rows(session.connection(), _WITH_TYPES) == expected
        assert isinstance(expected[0][1], dt.datetime) and expected[0][3] is True
        with pytest.raises(ValueError):  # an expanding IN is rendered per call: it cannot be compiled once
            fixed_rows(session.connection(), select(AuditEvent.id).where(AuditEvent.id.in_(bindparam("ids",
                                                                                                     expanding=True))))
