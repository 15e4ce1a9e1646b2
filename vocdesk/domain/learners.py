"""Learner status vocabulary (std2018 studentStatusName) and the rules for moving between statuses."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from vocdesk.domain.academic import Level
from vocdesk.errors import ValidationFailed


class LearnerStatus(enum.Enum):
    """Stored status codes; `label_th` is what std2018 writes in studentStatusName."""

    STUDYING = "studying"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    DISMISSED = "dismissed"
    GRADUATED = "graduated"
    TRANSFERRED = "transferred"

    @property
    def label_th(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    @property
    def is_enrolled(self) -> bool:
        """Still on the college's roll (studying or on leave)."""
        return self in ENROLLED

    @property
    def is_leaving(self) -> bool:
        """A status by which the learner leaves without graduating: needs a date and a reason."""
        return self in LEAVING

    @classmethod
    def parse(cls, text: str) -> LearnerStatus | None:
        """A code (`studying`) or a Thai label (`กำลังศึกษา`) → status; None for anything else."""
        cleaned = text.strip()
        for status in cls:
            if cleaned in (status.value, status.label_th):
                return status
        return None


_LABELS = {
    LearnerStatus.STUDYING: ("กำลังศึกษา", "Studying"),
    LearnerStatus.SUSPENDED: ("พักการเรียน", "Suspended (on leave)"),
    LearnerStatus.WITHDRAWN: ("ลาออก", "Withdrawn"),
    LearnerStatus.DISMISSED: ("พ้นสภาพ", "Dismissed"),
    LearnerStatus.GRADUATED: ("สำเร็จการศึกษา", "Graduated"),
    LearnerStatus.TRANSFERRED: ("ย้ายสถานศึกษา", "Transferred"),
}
ENROLLED = frozenset({LearnerStatus.STUDYING, LearnerStatus.SUSPENDED})
LEAVING = frozenset({LearnerStatus.WITHDRAWN, LearnerStatus.DISMISSED, LearnerStatus.TRANSFERRED})
FINAL = frozenset({LearnerStatus.GRADUATED, *LEAVING})

ALLOWED_MOVES: dict[LearnerStatus, frozenset[LearnerStatus]] = {
    LearnerStatus.STUDYING: frozenset({LearnerStatus.SUSPENDED, LearnerStatus.GRADUATED, *LEAVING}),
    LearnerStatus.SUSPENDED: frozenset({LearnerStatus.STUDYING, *LEAVING}),
    # A learner who left may be re-admitted (คืนสภาพ) by the college; a graduate stays graduated.
    LearnerStatus.WITHDRAWN: frozenset({LearnerStatus.STUDYING}),
    LearnerStatus.DISMISSED: frozenset({LearnerStatus.STUDYING}),
    LearnerStatus.TRANSFERRED: frozenset({LearnerStatus.STUDYING}),
    LearnerStatus.GRADUATED: frozenset(),
}
"""Which status may follow which. Suspended learners must return to studying before they can graduate."""


@dataclass(frozen=True)
class StatusChangeRequest:
    """A proposed change of status with what the rules need to judge it."""

    current: LearnerStatus
    new: LearnerStatus
    effective_date: dt.date | None
    reason: str
    level: Level
    year: int
    entry_date: dt.date | None
    last_change: dt.date | None = None
    """Date of the latest recorded status change; a new change may not predate it."""


GRADUATION_EARLIEST_MONTHS_BEFORE = 3
"""The final semester ends about 10 months into the year: graduation may be dated up to 3 months before the
level's full nominal duration since entry (ปวช.: 33 months, ปวส.: 21), never earlier."""


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end` (0 when `end` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)
    return max(0, months)


def check_status_change(request: StatusChangeRequest, today: dt.date) -> None:
    """Raise ValidationFailed (code names the broken rule) unless the change is allowed.

    Rules: the move must be allowed (ALLOWED_MOVES); the date may not be in the future or before the previous
    change; leaving (ลาออก, พ้นสภาพ, ย้ายสถานศึกษา) and suspending need a date and a reason; graduating needs
    the final year of the level and at least the level's nominal duration since entry.
    """
    current, new = request.current, request.new
    if new is current:
        raise ValidationFailed("status_unchanged", field="status", value=new.value)
    if new not in ALLOWED_MOVES[current]:
        raise ValidationFailed("status_move", field="status", old=current.label_th, new=new.label_th)
    when = request.effective_date
    needs_details = new.is_leaving or new is LearnerStatus.SUSPENDED
    if when is None:
        raise ValidationFailed("required", field="effective_date")
    if when > today:
        raise ValidationFailed("status_date_future", field="effective_date", value=when.isoformat())
    if request.last_change is not None and when < request.last_change:
        raise ValidationFailed("status_date_order", field="effective_date", value=when.isoformat(),
                               last=request.last_change.isoformat())
    if needs_details and not request.reason.strip():
        raise ValidationFailed("required", field="reason")
    if new is LearnerStatus.GRADUATED:
        check_may_graduate(request.level, request.year, request.entry_date, when)


def check_may_graduate(level: Level, year: int, entry: dt.date | None, on: dt.date) -> None:
    """No graduation before the final year of the level and its nominal duration (ปวช. 3 years, ปวส. 2)."""
    if year < level.nominal_years:
        raise ValidationFailed("graduate_year", field="year", year=year, level=level.label_th,
                               needed=level.nominal_years)
    if entry is None:
        raise ValidationFailed("required", field="entry_semester")
    if months_between(entry, on) < 12 * level.nominal_years - GRADUATION_EARLIEST_MONTHS_BEFORE:
        raise ValidationFailed("graduate_duration", field="effective_date", level=level.label_th,
                               needed=level.nominal_years, entry=entry.isoformat())


def may_graduate(level: Level, year: int, entry: dt.date | None, on: dt.date) -> bool:
    try:
        check_may_graduate(level, year, entry, on)
    except ValidationFailed:
        return False
    return True
