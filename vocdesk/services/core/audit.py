"""Reading and verifying the audit trail (auditor and administrator), and the checkpoint packages carry."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.persistence.audit_chain import ChainProblem, Checkpoint, current_checkpoint, utc_naive, verify_chain
from vocdesk.persistence.audit_raw import Unreadable, decode, raw_query
from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class AuditRow:
    """One audit record as the audit viewer lists it (times in UTC); `damaged` names an unreadable value."""

    id: int
    at: dt.datetime | None
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]
    damaged: str = ""


@dataclass(frozen=True)
class AuditFilter:
    """Filters for the audit list; empty fields do not filter."""

    actor: str = ""
    action_prefix: str = ""
    entity: str = ""
    entity_id: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = 200


def list_audit(uow: UnitOfWork, filters: AuditFilter | None = None) -> list[AuditRow]:
    """Newest first; the auditor's view of who did what. A record with an unreadable value is listed as damaged."""
    require(uow.actor, "audit.view")
    f = filters or AuditFilter()
    query = raw_query(uow.session).order_by(AuditEvent.id.desc()).limit(max(1, min(f.limit, 10_000)))
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action_prefix:
        query = query.where(AuditEvent.action.startswith(f.action_prefix, autoescape=True))
    if f.entity:
        query = query.where(AuditEvent.entity == f.entity)
    if f.entity_id:
        query = query.where(AuditEvent.entity_id == f.entity_id)
    if f.since is not None:
        query = query.where(AuditEvent.at >= utc_naive(f.since))
    if f.until is not None:
        query = query.where(AuditEvent.at < utc_naive(f.until))
    rows = []
    for raw in uow.session.execute(query):
        event = decode(raw)
        if isinstance(event, Unreadable):
            rows.append(AuditRow(event.event_id, None, "", "", "", "", {}, damaged=f"{event.column}: {event.detail}"))
            continue
        try:
            changes = json.loads(event.changes_json)
        except ValueError:
            changes = {"?": event.changes_json}
        rows.append(AuditRow(event.id, event.at, event.actor, event.action, event.entity, event.entity_id, changes))
    return rows


@dataclass(frozen=True)
class AuditVerdict:
    """Whether the chain is intact (and reaches the checkpoint, when one was given)."""

    ok: bool
    checkpoint: Checkpoint
    problem: ChainProblem | None


def verify_audit(uow: UnitOfWork, checkpoint: Checkpoint | None = None) -> AuditVerdict:
    """Walk the whole chain; with a checkpoint from an exported package, removed newest records show too."""
    require(uow.actor, "audit.verify")
    problem = verify_chain(uow.session, checkpoint)
    return AuditVerdict(problem is None, current_checkpoint(uow.session), problem)


def audit_checkpoint(session: Session) -> Checkpoint:
    """`COUNT:HEAD` to put into every exported package, so later deletions can be detected."""
    return current_checkpoint(session)
