"""Typed "what changed": each area declares its `Change` values; a unit of work collects them with who asked."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Change:
    """One kind of data a service can change, e.g. Change("learners", "groups"). Declared in an area's manifest."""

    area: str
    name: str

    def __str__(self) -> str:
        return f"{self.area}.{self.name}"


@dataclass(frozen=True)
class Changes:
    """What a unit of work changed, and the page or dialog that started it (`initiator`), so each page decides
    whether and how to refresh; a page that made the change itself may skip reloading what it already shows."""

    changes: frozenset[Change] = frozenset()
    initiator: object | None = None

    def __post_init__(self) -> None:
        strays = [c for c in self.changes if not isinstance(c, Change)]
        if strays:
            raise TypeError(f"changes must be Change values, not {strays!r}")

    def __bool__(self) -> bool:
        return bool(self.changes)

    def touches(self, *changes: Change) -> bool:
        for change in changes:
            if not isinstance(change, Change):
                raise TypeError(f"touches() takes Change values, not {change!r}")
        return not self.changes.isdisjoint(changes)

    def started_by(self, who: object) -> bool:
        return self.initiator is not None and self.initiator is who

    def with_initiator(self, initiator: object | None) -> Changes:
        return Changes(self.changes, initiator)


# The core's own changes (college profile and structure, accounts).
SETTINGS = Change("core", "settings")
USERS = Change("core", "users")
CORE_CHANGES = (SETTINGS, USERS)
