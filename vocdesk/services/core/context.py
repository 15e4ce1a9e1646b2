"""The application context and the unit of work every service runs in."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vocdesk.clock import Clock
from vocdesk.errors import Conflict
from vocdesk.paths import AppPaths
from vocdesk.persistence.audit_chain import append_audit, redact_changes
from vocdesk.persistence.database import Database
from vocdesk.services.core.changes import Change, Changes

__all__ = ["Actor", "AppContext", "Change", "Changes", "UnitOfWork"]

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who performs an action; `role` decides what they may do."""

    username: str
    role: str
    display_name: str = ""

    @classmethod
    def setup(cls) -> Actor:
        return cls(username="setup", role="administrator", display_name="Setup")


@dataclass
class UnitOfWork:
    """One transaction for one user action: writes, audit records and the 'what changed' value."""

    session: Session
    actor: Actor
    clock: Clock
    changed_set: set[Change] = field(default_factory=set)

    def audit(
        self, action: str, entity: str, entity_id: object = "", changes: dict[str, Any] | None = None
    ) -> None:
        """Append an audit record in this same transaction (national IDs masked, secrets hidden)."""
        append_audit(
            self.session,
            at=self.clock.now(),
            actor=self.actor.username,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            changes_json=json.dumps(redact_changes(changes or {}), ensure_ascii=False, sort_keys=True, default=str),
        )

    def changed(self, *changes: Change) -> None:
        """Say what this action changed (typed values the areas declare), so pages can refresh."""
        for change in changes:
            if not isinstance(change, Change):
                raise TypeError(f"changed() takes Change values, not {change!r}")
        self.changed_set.update(changes)

    def changes(self) -> Changes:
        return Changes(frozenset(self.changed_set))


@dataclass
class AppContext:
    """Built once by main.py and passed down: paths, database, clock and the current user."""

    paths: AppPaths
    db: Database
    clock: Clock
    actor: Actor

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Commit everything on success, nothing on any exception."""
        session = self.db.write_session()
        uow = UnitOfWork(session=session, actor=self.actor, clock=self.clock)
        try:
            with session.begin():
                yield uow
        except StaleDataError as error:
            # Another user saved the same record between our read and our write (version column).
            raise Conflict(detail=str(error)) from error
        finally:
            session.close()

    def run(self, action: Callable[[UnitOfWork], T]) -> tuple[T, Changes]:
        """Run one service action in its own unit of work; return its result and what changed."""
        with self.unit_of_work() as uow:
            result = action(uow)
        return result, uow.changes()

    def today(self) -> dt.date:
        return self.clock.today()
