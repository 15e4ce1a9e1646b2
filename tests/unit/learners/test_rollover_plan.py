"""Year-end rollover plan: groups move up, final-year learners graduate only when they qualify, repeaters stay."""

from __future__ import annotations

import datetime as dt

from vocdesk.domain.academic import Level
from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.rollover import GroupFacts, LearnerFacts, Move, plan_rollover

ON = dt.date(2026, 3, 31)
PVC = Level.CERTIFICATE
GROUPS = [GroupFacts(1, "662010101", PVC, 3, 7), GroupFacts(2, "672010101", PVC, 2, 7),
          GroupFacts(3, "682010101", PVC, 1, 7)]


def learner(lid: int, year: int, group: int, *, status: LearnerStatus = LearnerStatus.STUDYING,
            gpax: float | None = 2.8, entry_year: int = 0) -> LearnerFacts:
    entry = dt.date(entry_year or 2026 - year, 5, 16)
    return LearnerFacts(lid, f"S{lid:03d}", status, PVC, year, group, 7, entry, gpax)


def moves(learners: list[LearnerFacts], repeaters: tuple[int, ...] = ()) -> dict[int, tuple[Move, int, int | None]]:
    plan = plan_rollover(2568, ON, GROUPS, learners, repeaters)
    return {c.learner_id: (c.move, c.new_year, c.new_group_id) for c in plan.learners}


def test_groups_below_the_final_year_move_up_and_final_groups_stay() -> None:
    plan = plan_rollover(2568, ON, GROUPS, [])
    assert [(g.group_id, g.old_year, g.new_year) for g in plan.groups] == [(2, 2, 3), (3, 1, 2)]


def test_learners_follow_their_group_and_final_year_learners_graduate() -> None:
    result = moves([learner(1, 3, 1), learner(2, 2, 2), learner(3, 1, 3)])
    assert result == {1: (Move.GRADUATE, 3, 1), 2: (Move.PROMOTE, 3, 2), 3: (Move.PROMOTE, 2, 3)}


def test_final_year_learners_who_do_not_qualify_stay_studying_with_the_reason() -> None:
    plan = plan_rollover(2568, ON, GROUPS, [learner(1, 3, 1, gpax=1.95), learner(2, 3, 1, gpax=None),
                                            learner(3, 3, 1, entry_year=2024)])
    assert [(c.move, c.reason) for c in plan.learners] == [
        (Move.NOT_QUALIFIED, "gpax_below_minimum"), (Move.NOT_QUALIFIED, "no_gpax"),
        (Move.NOT_QUALIFIED, "duration_not_met")]
    assert plan.count(Move.GRADUATE) == 0


def test_repeaters_keep_their_year_and_join_the_group_moving_into_it() -> None:
    # A year-2 repeater joins group 3 (year 1 → 2); a year-1 repeater has no year-1 group left to join.
    result = moves([learner(1, 2, 2), learner(2, 1, 3)], repeaters=(1, 2))
    assert result == {1: (Move.REPEAT, 2, 3), 2: (Move.REPEAT, 1, None)}


def test_suspended_learners_are_held_and_those_who_left_are_untouched() -> None:
    result = moves([learner(1, 2, 2, status=LearnerStatus.SUSPENDED), learner(2, 2, 2, status=LearnerStatus.WITHDRAWN),
                    learner(3, 3, 1, status=LearnerStatus.GRADUATED)])
    assert result == {1: (Move.HELD_SUSPENDED, 2, 2)}
