"""Appends audit records to a SHA-256 hash chain and verifies the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.persistence.models.audit import AuditEvent

GENESIS = "0" * 64


def event_hash(prev_hash: str, at: str, actor: str, action: str, entity: str, entity_id: str, changes: str) -> str:
    payload = "\x1f".join((prev_hash, at, actor, action, entity, entity_id, changes))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def utc_naive(at: dt.datetime) -> dt.datetime:
    """Audit times are stored as naive UTC so that SQLite and PostgreSQL give back the same value."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC)
    return at.replace(microsecond=0, tzinfo=None)


def _at_text(at: dt.datetime) -> str:
    return utc_naive(at).isoformat()


def chain_head(session: Session) -> str:
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return last or GENESIS


def append_audit(
    session: Session, *, at: dt.datetime, actor: str, action: str, entity: str, entity_id: str, changes_json: str
) -> AuditEvent:
    """Add one record whose hash covers the previous head; the caller's transaction serialises writers."""
    prev = chain_head(session)
    at_clean = utc_naive(at)
    digest = event_hash(prev, _at_text(at_clean), actor, action, entity, entity_id, changes_json)
    event = AuditEvent(
        at=at_clean, actor=actor, action=action, entity=entity, entity_id=entity_id,
        changes_json=changes_json, prev_hash=prev, hash=digest,
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    """The first record where the chain breaks, and how."""

    event_id: int
    reason: str


def verify_chain(session: Session) -> ChainProblem | None:
    """Walk the chain in id order; None when every record links to the one before and hashes correctly."""
    prev = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != prev:
            return ChainProblem(event.id, "broken_link")
        expected = event_hash(
            prev, _at_text(event.at), event.actor, event.action, event.entity, event.entity_id, event.changes_json
        )
        if expected != event.hash:
            return ChainProblem(event.id, "content_changed")
        prev = event.hash
    return None
