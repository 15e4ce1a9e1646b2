"""An injectable clock so that services and tests agree on 'now'."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")


class Clock(Protocol):
    """Anything that can tell the current time."""

    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


class SystemClock:
    """The real clock, in Thailand's time zone (UTC+7, no daylight saving)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(BANGKOK)

    def today(self) -> dt.date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that stands still until a test moves it."""

    current: dt.datetime = field(default_factory=lambda: dt.datetime(2026, 11, 24, 9, 0, tzinfo=BANGKOK))

    def now(self) -> dt.datetime:
        return self.current

    def today(self) -> dt.date:
        return self.current.date()

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)
