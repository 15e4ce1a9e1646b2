"""The audit hash chain: 1,000 random tampering trials are all detected; checkpoints reveal removed newest
records; concurrent writers never fork the chain; identity numbers and secrets never enter it in clear."""

from __future__ import annotations

import datetime as dt
import random
import threading
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from vocdesk.persistence.audit_chain import Checkpoint, current_checkpoint, event_hash, verify_chain
from vocdesk.persistence.models import AuditEvent
from vocdesk.services.core.context import AppContext

COLUMNS = ("at", "actor", "action", "entity", "entity_id", "changes_json", "prev_hash", "hash")
RECORDS = 40


def _fill(ctx: AppContext, how_many: int = RECORDS) -> None:
    for number in range(how_many):
        ctx.run(lambda uow, n=number: uow.audit("learner.update", "learner", n % 7,
                                                 {"phone": [f"08{n:08d}", f"09{n:08d}"]}))
        ctx.clock.advance(seconds=17)  # type: ignore[attr-defined]


def _rows(session: Session) -> list[dict[str, Any]]:
    return [{"id": e.id, **{c: getattr(e, c) for c in COLUMNS}}
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def _set(session: Session, record_id: int, **values: Any) -> None:
    session.execute(update(AuditEvent).where(AuditEvent.id == record_id).values(**values))


def _edit(session: Session, rows: list[dict[str, Any]], rng: random.Random) -> bool:
    row = rng.choice(rows)
    column = rng.choice(COLUMNS)
    value = row[column]
    if column == "at":
        _set(session, row["id"], at=value + dt.timedelta(seconds=1))
    else:
        _set(session, row["id"], **{column: value[:-1] + ("x" if not value.endswith("x") else "y")})
    return False


def _delete(session: Session, rows: list[dict[str, Any]], rng: random.Random) -> bool:
    count = rng.randint(1, 3)
    start = rng.randint(0, len(rows) - count)
    ids = [r["id"] for r in rows[start:start + count]]
    session.execute(delete(AuditEvent).where(AuditEvent.id.in_(ids)))
    return start + count == len(rows)  # only the newest removed: detectable against a checkpoint only


def _reorder(session: Session, rows: list[dict[str, Any]], rng: random.Random) -> bool:
    first, second = rng.sample(rows, 2)
    _set(session, second["id"], **{c: first[c] for c in COLUMNS})
    _set(session, first["id"], **{c: second[c] for c in COLUMNS})
    return False


def _insert(session: Session, rows: list[dict[str, Any]], rng: random.Random) -> bool:
    """A forger who knows the algorithm slips a correctly hashed record in before an existing one."""
    position = rng.randint(1, len(rows))
    session.execute(update(AuditEvent).where(AuditEvent.id >= position).values(id=AuditEvent.id + 100000))
    session.execute(update(AuditEvent).where(AuditEvent.id >= 100000).values(id=AuditEvent.id - 99999))
    prev = rows[position - 2]["hash"] if position > 1 else "0" * 64
    at = rows[position - 1]["at"]
    changes = '{"gpax": [1.5, 3.9]}'
    digest = event_hash(prev, at.isoformat(), "somchai", "learner.update", "learner", "3", changes, position)
    session.execute(insert(AuditEvent).values(id=position, at=at, actor="somchai", action="learner.update",
                                              entity="learner", entity_id="3", changes_json=changes,
                                              prev_hash=prev, hash=digest))
    return False


def test_thousand_random_tamperings_are_all_detected(ctx: AppContext) -> None:
    _fill(ctx)
    with ctx.db.read() as session:
        assert verify_chain(session) is None
        checkpoint = current_checkpoint(session)
        rows = _rows(session)
    assert checkpoint.count == RECORDS
    rng = random.Random(2569)
    kinds = {"edit": _edit, "delete": _delete, "reorder": _reorder, "insert": _insert}
    missed: list[str] = []
    seen = dict.fromkeys(kinds, 0)
    for trial in range(1000):
        name = rng.choice(sorted(kinds))
        seen[name] += 1
        with ctx.db.write_session() as session, session.begin():
            tail_only = kinds[name](session, rows, rng)
            session.expire_all()
            with_checkpoint = verify_chain(session, checkpoint)
            without = verify_chain(session)
            session.rollback()
        if with_checkpoint is None or (without is None and not tail_only):
            missed.append(f"trial {trial}: {name}")
    assert missed == []
    assert min(seen.values()) > 200
    with ctx.db.read() as session:
        assert verify_chain(session, checkpoint) is None  # every trial was rolled back


def test_checkpoint_reveals_removed_newest_records(ctx: AppContext) -> None:
    _fill(ctx, 5)
    with ctx.db.read() as session:
        checkpoint = current_checkpoint(session)
    _fill(ctx, 2)  # legitimate later writes do not upset an older checkpoint
    with ctx.db.read() as session:
        assert verify_chain(session, checkpoint) is None
        assert verify_chain(session, Checkpoint(-1, checkpoint.head)) is None
    with ctx.db.write_session() as session, session.begin():
        session.execute(text("DELETE FROM audit_event WHERE id >= 5"))
    with ctx.db.read() as session:
        assert verify_chain(session) is None  # a shorter chain is still a valid chain...
        problem = verify_chain(session, checkpoint)
        assert problem is not None and problem.reason == "records_removed_after_checkpoint"
        bare = verify_chain(session, Checkpoint.parse(checkpoint.head))
        assert bare is not None and bare.reason == "checkpoint_not_found"
    assert Checkpoint.parse(str(checkpoint)) == checkpoint


def test_concurrent_writers_never_fork_the_chain(ctx: AppContext) -> None:
    def writer(tag: str) -> None:
        for number in range(40):
            ctx.run(lambda uow, n=number: uow.audit("test.write", "probe", f"{tag}{n}"))

    threads = [threading.Thread(target=writer, args=(tag,)) for tag in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with ctx.db.read() as session:
        assert verify_chain(session) is None
        assert current_checkpoint(session).count == 80
        assert len(set(session.scalars(select(AuditEvent.prev_hash)))) == 80


def test_identity_numbers_and_secrets_never_stored_in_clear(ctx: AppContext) -> None:
    ctx.run(lambda uow: uow.audit("learner.update", "learner", 1, {
        "national_id": ["1103700012345", "3100600123458"], "password": [None, "Secret-1"],
        "health": [None, "เบาหวาน"], "phone": ["0812345678", "0899999999"]}))
    with ctx.db.read() as session:
        stored = session.scalar(select(AuditEvent.changes_json))
    assert stored is not None
    for secret in ("1103700012345", "3100600123458", "Secret-1", "เบาหวาน"):
        assert secret not in stored
    assert "1-1037-xxxxx-xx-5" in stored and "[hidden]" in stored and "sha256:" in stored
    assert "0899999999" in stored  # ordinary fields keep their values: the trail must say what changed


def test_position_is_part_of_the_hash() -> None:
    same = ("0" * 64, "t", "a", "b", "c", "d", "{}")
    assert event_hash(*same, 1) != event_hash(*same, 2)
