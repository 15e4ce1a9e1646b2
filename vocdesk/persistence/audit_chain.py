"""Appends audit records to a SHA-256 hash chain, serialised across writers, and verifies it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import BigInteger, Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.persistence.audit_raw import Unreadable, raw_events, raw_head
from vocdesk.persistence.driver import execute_fixed
from vocdesk.persistence.models.audit import AuditEvent

GENESIS = "0" * 64
CHAIN_LOCK_KEY = 0x564F4344  # "VOCD": the PostgreSQL advisory lock that serialises appends
MASKED_ID_FIELDS = frozenset({"national_id", "idcard", "teacher_idcard", "tax_id"})
HIDDEN_FIELDS = frozenset({"password", "password_hash", "token", "token_hash", "private_key"})
HASHED_FIELDS = frozenset({"health", "disability", "religion", "poverty", "detail", "sensitive_detail"})


def event_hash(
    prev_hash: str, at: str, actor: str, action: str, entity: str, entity_id: str, changes: str, position: int
) -> str:
    """The digest of one record; it covers its position so moving or renumbering records shows."""
    payload = "\x1f".join((str(position), prev_hash, at, actor, action, entity, entity_id, changes))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def utc_naive(at: dt.datetime) -> dt.datetime:
    """Audit times are stored as naive UTC so that SQLite and PostgreSQL give back the same value."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC)
    return at.replace(microsecond=0, tzinfo=None)


def _at_text(at: dt.datetime) -> str:
    return utc_naive(at).isoformat()


def _redact_value(name: str, value: Any) -> Any:
    if value is None or value == "":
        return value
    if name in HIDDEN_FIELDS:
        return "[hidden]"
    if name in MASKED_ID_FIELDS:
        return mask_national_id(str(value))
    if name in HASHED_FIELDS:
        return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()[:16]
    return value


def redact_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Mask national IDs, hide secrets and hash sensitive values before they enter the permanent trail."""
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        leaf = name.rsplit(".", 1)[-1]
        if isinstance(value, list | tuple):
            cleaned[name] = [_redact_value(leaf, item) for item in value]
        else:
            cleaned[name] = _redact_value(leaf, value)
    return cleaned


def chain_head(session: Session) -> str:
    """The newest hash as stored; damaged bytes do not stop the caller (the verifier reports them)."""
    return raw_head(session) or GENESIS


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head hash and record count at one moment; exported packages carry it."""

    count: int
    head: str

    def __str__(self) -> str:
        return f"{self.count}:{self.head}"

    @classmethod
    def parse(cls, value: str) -> Checkpoint:
        """Accept `COUNT:HASH` or a bare HASH (count unknown = -1)."""
        count, _, head = value.strip().rpartition(":")
        return cls(int(count) if count else -1, head.lower())


def current_checkpoint(session: Session) -> Checkpoint:
    count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return Checkpoint(count, chain_head(session))


_HEAD = select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
_INSERT = insert(cast(Table, AuditEvent.__table__))
_INSERT_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "changes_json", "prev_hash", "hash")
_LOCK = select(func.pg_advisory_xact_lock(bindparam("key", type_=BigInteger)))


def append_audit(
    session: Session, *, at: dt.datetime, actor: str, action: str, entity: str, entity_id: str, changes_json: str
) -> None:
    """Add one record whose hash covers the previous head and its position; appends are serialised.

    The action's own pending writes are flushed first (as the ORM's flush did). Then, under the chain's lock, the head
    is read from the database every time (another PC or process may have appended since), and the record inserted;
    these fixed statements go to the driver as compiled once (driver.py), which is most of what an audit record cost.
    SQLite writers already hold the database write lock (BEGIN IMMEDIATE); PostgreSQL takes an advisory lock for the
    rest of the transaction, or two transactions could both extend the same head and fork the chain."""
    session.flush()
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        execute_fixed(connection, _LOCK, {"key": CHAIN_LOCK_KEY}).close()
    cursor = execute_fixed(connection, _HEAD)
    last = cursor.fetchone()
    cursor.close()
    position = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    at_clean = utc_naive(at)
    digest = event_hash(prev, _at_text(at_clean), actor, action, entity, entity_id, changes_json, position)
    execute_fixed(connection, _INSERT, {"id": position, "at": at_clean, "actor": actor, "action": action,
                                        "entity": entity, "entity_id": entity_id, "changes_json": changes_json,
                                        "prev_hash": prev, "hash": digest}, _INSERT_COLUMNS).close()


@dataclass(frozen=True)
class ChainProblem:
    """The first record where the chain breaks, and how; an unreadable value also names its column and why."""

    event_id: int
    reason: str
    column: str = ""
    detail: str = ""

    def __str__(self) -> str:
        where = f" ({self.column}: {self.detail})" if self.column else ""
        return f"#{self.event_id} {self.reason}{where}"


def _walk(session: Session) -> tuple[ChainProblem | None, list[str]]:
    prev = GENESIS
    hashes: list[str] = []
    for expected_position, event in enumerate(raw_events(session), start=1):
        if isinstance(event, Unreadable):  # tampered as surely as a changed value, and which value says more
            return ChainProblem(event.event_id, "unreadable_value", event.column, event.detail), hashes
        if event.id != expected_position:
            return ChainProblem(event.id, "missing_record"), hashes
        if event.prev_hash != prev:
            return ChainProblem(event.id, "broken_link"), hashes
        expected = event_hash(prev, _at_text(event.at), event.actor, event.action, event.entity, event.entity_id,
                              event.changes_json, event.id)
        if expected != event.hash:
            return ChainProblem(event.id, "content_changed"), hashes
        prev = event.hash
        hashes.append(prev)
    return None, hashes


def verify_chain(session: Session, checkpoint: Checkpoint | None = None) -> ChainProblem | None:
    """None when every record links to the one before, hashes correctly and the checkpoint (if any) is present.

    Removing the newest records leaves a valid shorter chain: only an outside checkpoint can reveal it.
    """
    problem, hashes = _walk(session)
    if problem is not None or checkpoint is None:
        return problem
    if checkpoint.count >= 0:
        if len(hashes) < checkpoint.count:
            return ChainProblem(len(hashes) + 1, "records_removed_after_checkpoint")
        if checkpoint.count and hashes[checkpoint.count - 1] != checkpoint.head:
            return ChainProblem(checkpoint.count, "checkpoint_mismatch")
        if checkpoint.count == 0 and checkpoint.head != GENESIS:
            return ChainProblem(0, "checkpoint_mismatch")
        return None
    if checkpoint.head != GENESIS and checkpoint.head not in hashes:
        return ChainProblem(len(hashes) + 1, "checkpoint_not_found")
    return None
