"""What the placement rules look at: the placement, its learner, trainer, MOUs and the other placements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

Severity = Literal["error", "warning"]


def _frozen(values: dict[str, int]) -> MappingProxyType[str, int]:
    return MappingProxyType(values)


@dataclass(frozen=True)
class DualSettings:
    """The numbers the rules use; defaults from the 2563 standard and the Labour Protection Act (docs/dual.md)."""

    trainer_ratio: MappingProxyType[str, int] = field(
        default_factory=lambda: _frozen({"pvc": 10, "pvs": 10, "btech": 8}))
    """Learners per trainer at once, by level code (standard 2563: 1:10 ปวช./ปวส., 1:8 ทล.บ.)."""
    minimum_age: MappingProxyType[str, int] = field(default_factory=lambda: _frozen({"pvc": 15, "pvs": 17}))
    """Youngest age on the contract date, by level (secondary sources; a setting)."""
    certificate_years: int = 5
    minimum_semesters: int = 2
    adult_age: int = 18
    consent_age: int = 20
    max_minor_minutes: int = 8 * 60
    break_after_minutes: int = 4 * 60
    minimum_break_minutes: int = 60


@dataclass(frozen=True)
class Shift:
    """One training day of the week at the enterprise (0 = Monday); an end at or before the start is the next day."""

    weekday: int
    start: dt.time
    end: dt.time
    break_minutes: int = 0

    @cached_property
    def minutes(self) -> int:
        """Length in minutes (computed once: check_all shares one Shift among the placements with that shift)."""
        begin = self.start.hour * 60 + self.start.minute
        finish = self.end.hour * 60 + self.end.minute
        return finish - begin if finish > begin else finish + 1440 - begin


@dataclass(frozen=True, slots=True)
class Period:
    """A span of days that includes its last day; `end` None is open-ended."""

    start: dt.date
    end: dt.date | None

    def overlaps(self, other: Period) -> bool:
        return (other.end is None or self.start <= other.end) and (self.end is None or other.start <= self.end)

    def covers(self, other: Period) -> bool:
        if self.start > other.start:
            return False
        return self.end is None or (other.end is not None and other.end <= self.end)


@dataclass(frozen=True, slots=True)
class PlacementFacts:
    """The placement being checked, with what is known of its learner."""

    learner_code: str
    level: str
    birth_date: dt.date
    is_dual: bool
    enterprise_id: int
    trainer_id: int
    period: Period
    semesters: int
    shifts: tuple[Shift, ...] = ()
    hazard_tasks: tuple[str, ...] = ()
    """Tasks of this placement marked as prohibited work for minors (§49 list codes)."""
    guardian_consent: bool = False
    contract_date: dt.date | None = None
    key: int | None = None
    """The placement's own id when it is already stored, so it is not compared with itself."""

    @property
    def signed_on(self) -> dt.date:
        return self.contract_date or self.period.start

    @property
    def age(self) -> int:
        """Whole years on the contract date (the five rules that ask for it)."""
        return age_on(self.birth_date, self.signed_on)


class OtherPlacement(NamedTuple):
    """A stored (or earlier-in-the-file) placement that is not ended early (a named tuple: check_all makes one per
    stored placement, a third of the time a frozen dataclass took)."""

    key: int | str
    learner_code: str
    trainer_id: int
    period: Period
    semesters: int


@dataclass(frozen=True, slots=True)
class Surroundings:
    """Everything around the placement: the trainer's certificates, the enterprise's MOUs, other placements."""

    certificates: tuple[Period, ...] = ()
    mous: tuple[Period, ...] = ()
    others: tuple[OtherPlacement, ...] = ()
    closed_days: frozenset[dt.date] = frozenset()
    """Public holidays and the college's closures."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A broken rule: code (`dual.*`), severity, the learner and the numbers its message needs."""

    code: str
    severity: Severity
    learner_code: str
    params: dict[str, Any] = field(default_factory=dict)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years completed on `day` (a birthday on that day counts)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
