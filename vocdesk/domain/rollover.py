"""Year-end rollover as a pure plan: promote groups, graduate final-year learners who qualify, keep repeaters."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from vocdesk.domain.academic import Level
from vocdesk.domain.learners import LearnerStatus, may_graduate


class Move(enum.Enum):
    PROMOTE = "promote"
    GRADUATE = "graduate"
    REPEAT = "repeat"
    """Kept in the same year by the registrar's decision (ซ้ำชั้น); joins the group that moves into that year."""
    NOT_QUALIFIED = "not_qualified"
    """Final-year learner who does not meet the graduation rules yet: stays studying in the final year."""
    HELD_SUSPENDED = "held_suspended"
    """On leave: stays in the year it left off; moves again when it returns."""


@dataclass(frozen=True)
class GroupFacts:
    id: int
    code: str
    level: Level
    year: int
    programme_id: int


@dataclass(frozen=True)
class LearnerFacts:
    id: int
    student_code: str
    status: LearnerStatus
    level: Level
    year: int
    group_id: int | None
    programme_id: int
    entry_date: dt.date | None
    gpax: float | None


@dataclass(frozen=True)
class GroupChange:
    group_id: int
    code: str
    old_year: int
    new_year: int


@dataclass(frozen=True)
class LearnerChange:
    learner_id: int
    student_code: str
    move: Move
    old_year: int
    new_year: int
    old_group_id: int | None
    new_group_id: int | None
    reason: str = ""


@dataclass(frozen=True)
class RolloverPlan:
    academic_year: int
    groups: tuple[GroupChange, ...]
    learners: tuple[LearnerChange, ...]

    def count(self, move: Move) -> int:
        return sum(1 for change in self.learners if change.move is move)


def _graduation_gap(facts: LearnerFacts, on: dt.date, gpax_min: float) -> str:
    """Why a final-year learner may not graduate yet ('' when they may)."""
    if facts.gpax is None:
        return "no_gpax"
    if facts.gpax < gpax_min:
        return "gpax_below_minimum"
    if not may_graduate(facts.level, facts.year, facts.entry_date, on):
        return "duration_not_met"
    return ""


def plan_rollover(academic_year: int, on: dt.date, groups: Sequence[GroupFacts], learners: Sequence[LearnerFacts],
                  repeaters: Collection[int] = (), gpax_min: float = 2.0) -> RolloverPlan:
    """Everything the rollover of `academic_year` (ending on `on`) would change; nothing is written.

    Groups below their level's final year move up one year. Enrolled learners follow their group, except
    repeaters (kept in their year, placed in the group that moves into that year, if any) and suspended
    learners (held). Final-year learners graduate when they meet the level's duration and the minimum GPAX;
    the others stay studying in the final year with the reason shown.
    """
    group_changes = [GroupChange(g.id, g.code, g.year, g.year + 1) for g in groups if g.year < g.level.nominal_years]
    promoted = {change.group_id for change in group_changes}
    # After promotion, which group holds (programme, level, year)? Used to place repeaters.
    holder: dict[tuple[int, Level, int], int] = {}
    for group in sorted(groups, key=lambda g: g.code):
        new_year = group.year + 1 if group.id in promoted else group.year
        holder.setdefault((group.programme_id, group.level, new_year), group.id)
    changes: list[LearnerChange] = []
    for facts in sorted(learners, key=lambda f: f.student_code):
        if facts.status is LearnerStatus.SUSPENDED:
            changes.append(LearnerChange(facts.id, facts.student_code, Move.HELD_SUSPENDED, facts.year, facts.year,
                                         facts.group_id, facts.group_id))
            continue
        if facts.status is not LearnerStatus.STUDYING:
            continue
        final = facts.year >= facts.level.nominal_years
        if facts.id in repeaters:
            target = holder.get((facts.programme_id, facts.level, facts.year))
            changes.append(LearnerChange(facts.id, facts.student_code, Move.REPEAT, facts.year, facts.year,
                                         facts.group_id, target, "" if target else "no_group_for_year"))
        elif final:
            gap = _graduation_gap(facts, on, gpax_min)
            move = Move.NOT_QUALIFIED if gap else Move.GRADUATE
            changes.append(LearnerChange(facts.id, facts.student_code, move, facts.year, facts.year,
                                         facts.group_id, facts.group_id, gap))
        else:
            changes.append(LearnerChange(facts.id, facts.student_code, Move.PROMOTE, facts.year, facts.year + 1,
                                         facts.group_id, facts.group_id))
    return RolloverPlan(academic_year, tuple(group_changes), tuple(changes))
