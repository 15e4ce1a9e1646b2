"""The idle lock the GUI applies: after a quiet spell the window locks until the password is entered again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DEFAULT_IDLE_MINUTES = 10
REAUTH_PROOF_MINUTES = 5


@dataclass
class IdlePolicy:
    """Tracks the last activity; `is_locked(now)` turns true after `timeout` without any."""

    timeout: dt.timedelta = dt.timedelta(minutes=DEFAULT_IDLE_MINUTES)
    last_activity: dt.datetime | None = None
    locked: bool = field(default=False)

    def touch(self, now: dt.datetime) -> None:
        """Record keyboard or mouse activity; ignored while locked (only unlock() reopens)."""
        if not self.locked:
            self.last_activity = now

    def is_locked(self, now: dt.datetime) -> bool:
        if not self.locked and self.last_activity is not None and now - self.last_activity >= self.timeout:
            self.locked = True
        return self.locked

    def remaining(self, now: dt.datetime) -> dt.timedelta:
        """Time left before the lock; zero when locked."""
        if self.is_locked(now) or self.last_activity is None:
            return dt.timedelta(0) if self.locked else self.timeout
        return self.timeout - (now - self.last_activity)

    def lock(self) -> None:
        self.locked = True

    def unlock(self, now: dt.datetime) -> None:
        """Call only after the password was verified again (services.login.unlock_session)."""
        self.locked = False
        self.last_activity = now
