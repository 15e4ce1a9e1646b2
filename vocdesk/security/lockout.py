"""Sign-in lockout: after repeated failures the account waits, and the wait doubles with each failure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class LockoutPolicy:
    """`free_attempts` failures cost nothing; each further failure locks for a doubling delay, up to `max_delay`."""

    free_attempts: int = 5
    first_delay: dt.timedelta = dt.timedelta(minutes=1)
    max_delay: dt.timedelta = dt.timedelta(hours=24)

    def delay_after(self, failed_attempts: int) -> dt.timedelta:
        """How long the account stays locked after `failed_attempts` consecutive failures."""
        extra = failed_attempts - self.free_attempts
        if extra < 0:
            return dt.timedelta(0)
        delay: dt.timedelta = self.first_delay * int(2 ** min(extra, 30))
        return min(delay, self.max_delay)

    def locked_until(self, failed_attempts: int, now: dt.datetime) -> dt.datetime | None:
        delay = self.delay_after(failed_attempts)
        return now + delay if delay else None
