"""Each placement rule with a hand-worked case that breaks it and one that just passes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from vocdesk.domain.dual.facts import DualSettings, OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.domain.dual.rules import (
    blocks_activation,
    check,
    guardian_consent,
    minor_hazard,
    minor_hours,
    minor_night,
    mou_not_covering,
    not_dual_learner,
    overlap,
    too_short,
    trainer_ratio,
    trainer_uncertified,
    under_age,
)

D = dt.date
T = dt.time
S = DualSettings()
TERM = Period(D(2026, 11, 2), D(2027, 3, 12))
ADULT = D(2005, 1, 1)  # 21 on every date used here
BASE = PlacementFacts(learner_code="L1", level="pvs", birth_date=ADULT, is_dual=True, enterprise_id=1,
                      trainer_id=7, period=TERM, semesters=2, guardian_consent=True,
                      shifts=(Shift(0, T(8), T(17), 60),))
AROUND = Surroundings(certificates=(Period(D(2024, 1, 1), D(2028, 12, 31)),), mous=(Period(D(2025, 6, 1), None),))


def _others(count: int, start: dt.date = TERM.start) -> tuple[OtherPlacement, ...]:
    return tuple(OtherPlacement(f"p{i}", f"X{i}", 7, Period(start, TERM.end), 2) for i in range(count))


def codes(facts: PlacementFacts, around: Surroundings = AROUND) -> list[str]:
    return [f.code for f in check(facts, around, S)]


def test_a_clean_placement_has_no_findings() -> None:
    assert codes(BASE) == []


def test_trainer_at_exactly_ten_passes_and_eleven_fails_for_pvs() -> None:
    assert trainer_ratio(BASE, replace(AROUND, others=_others(9)), S) == []
    found = trainer_ratio(BASE, replace(AROUND, others=_others(10)), S)
    assert [(f.code, f.severity, f.params["count"], f.params["limit"]) for f in found] == \
        [("dual.trainer_ratio", "error", 11, 10)]


def test_trainer_ratio_is_eight_for_the_bachelor_and_counts_only_learners_there_at_once() -> None:
    btech = replace(BASE, level="btech")
    assert trainer_ratio(btech, replace(AROUND, others=_others(7)), S) == []
    assert trainer_ratio(btech, replace(AROUND, others=_others(8)), S)[0].params["limit"] == 8
    # Eight others who all start the day after this placement ends are never there at once with it.
    later = _others(8, start=D(2027, 3, 13))
    assert trainer_ratio(btech, replace(AROUND, others=later), S) == []


def test_a_certificate_must_cover_the_whole_placement() -> None:
    assert trainer_uncertified(BASE, replace(AROUND, certificates=(Period(D(2022, 3, 12), D(2027, 3, 12)),)), S) == []
    lapsing = replace(AROUND, certificates=(Period(D(2022, 3, 11), D(2027, 3, 11)),))
    assert [f.code for f in trainer_uncertified(BASE, lapsing, S)] == ["dual.trainer_uncertified"]


def test_an_mou_ending_on_the_last_training_day_covers_it_and_one_ending_a_day_earlier_does_not() -> None:
    assert mou_not_covering(BASE, replace(AROUND, mous=(Period(D(2026, 11, 2), D(2027, 3, 12)),)), S) == []
    short = replace(AROUND, mous=(Period(D(2024, 1, 1), D(2027, 3, 11)),))
    assert [f.code for f in mou_not_covering(BASE, short, S)] == ["dual.mou_not_covering"]


def test_a_learner_turning_fifteen_on_the_contract_date_may_sign_a_pvc_contract() -> None:
    young = replace(BASE, level="pvc", birth_date=D(2011, 11, 2))
    assert under_age(young, AROUND, S) == []
    found = under_age(replace(young, birth_date=D(2011, 11, 3)), AROUND, S)
    assert [(f.code, f.params["age"], f.params["minimum"]) for f in found] == [("dual.under_age", 14, 15)]
    # The contract date, when given, is the day that counts.
    assert under_age(replace(young, birth_date=D(2011, 11, 3), contract_date=D(2026, 11, 3)), AROUND, S) == []


def test_a_minor_shift_ending_at_exactly_2200_passes_and_one_ending_2201_fails() -> None:
    minor = replace(BASE, birth_date=D(2010, 1, 1), shifts=(Shift(2, T(13), T(22), 60),))
    assert minor_night(minor, AROUND, S) == []
    late = replace(minor, shifts=(Shift(2, T(13), T(22, 1), 60),))
    assert [f.code for f in minor_night(late, AROUND, S)] == ["dual.minor_night"]
    early = replace(minor, shifts=(Shift(2, T(5, 59), T(12), 60),))
    assert [f.code for f in minor_night(early, AROUND, S)] == ["dual.minor_night"]
    assert minor_night(replace(minor, shifts=(Shift(2, T(6), T(12), 60),)), AROUND, S) == []
    # An adult may work nights.
    assert minor_night(replace(late, birth_date=ADULT), AROUND, S) == []


def test_minor_hours_eight_worked_hours_pass_and_a_minute_more_fails() -> None:
    minor = replace(BASE, birth_date=D(2010, 1, 1), shifts=(Shift(0, T(8), T(17), 60),))
    assert minor_hours(minor, AROUND, S) == []
    long = replace(minor, shifts=(Shift(0, T(8), T(17, 1), 60),))
    assert [(f.params["problem"], f.params["minutes"]) for f in minor_hours(long, AROUND, S)] == [("long", 481)]


def test_minor_hours_over_four_hours_needs_an_hours_break() -> None:
    minor = replace(BASE, birth_date=D(2010, 1, 1), shifts=(Shift(0, T(8), T(12), 0),))
    assert minor_hours(minor, AROUND, S) == []
    no_break = replace(minor, shifts=(Shift(0, T(8), T(12, 1), 59),))
    assert [f.params["problem"] for f in minor_hours(no_break, AROUND, S)] == ["no_break"]


def test_minor_hours_refuses_a_training_day_on_a_closed_day() -> None:
    minor = replace(BASE, birth_date=D(2010, 1, 1))  # trains on Mondays
    sunday = replace(AROUND, closed_days=frozenset({D(2026, 12, 6)}))  # a Sunday: not a training day
    assert minor_hours(minor, sunday, S) == []
    monday = replace(AROUND, closed_days=frozenset({D(2026, 12, 7), D(2027, 3, 15)}))  # 15 March is after the end
    found = minor_hours(minor, monday, S)
    assert [(f.params["problem"], f.params["count"], f.params["first"]) for f in found] == \
        [("holiday", 1, "2026-12-07")]


def test_a_minor_may_not_do_work_on_the_section_49_list() -> None:
    minor = replace(BASE, birth_date=D(2009, 3, 13))  # 17 on the first day
    assert minor_hazard(minor, AROUND, S) == []
    found = minor_hazard(replace(minor, hazard_tasks=("forklift",)), AROUND, S)
    assert [(f.code, f.params["age"]) for f in found] == [("dual.minor_hazard", 17)]
    assert minor_hazard(replace(minor, birth_date=D(2008, 11, 2), hazard_tasks=("forklift",)), AROUND, S) == []


def test_periods_include_their_last_day_for_overlap() -> None:
    before = OtherPlacement(3, "L1", 9, Period(D(2026, 6, 1), D(2026, 11, 2)), 1)
    found = overlap(BASE, replace(AROUND, others=(before,)), S)
    assert [(f.code, f.params["other"]) for f in found] == [("dual.overlap", "3")]
    day_before = before._replace(period=Period(D(2026, 6, 1), D(2026, 11, 1)))
    assert overlap(BASE, replace(AROUND, others=(day_before,)), S) == []
    # The placement is never compared with its own stored row.
    assert overlap(replace(BASE, key=3), replace(AROUND, others=(before,)), S) == []


def test_placements_add_up_to_two_semesters() -> None:
    one = replace(BASE, semesters=1)
    found = too_short(one, AROUND, S)
    assert [(f.code, f.severity, f.params["semesters"]) for f in found] == [("dual.too_short", "warning", 1)]
    earlier = OtherPlacement(4, "L1", 9, Period(D(2026, 5, 1), D(2026, 9, 30)), 1)
    assert too_short(one, replace(AROUND, others=(earlier,)), S) == []


def test_guardian_consent_is_asked_under_twenty() -> None:
    nineteen = replace(BASE, birth_date=D(2006, 11, 3), guardian_consent=False)
    assert [f.severity for f in guardian_consent(nineteen, AROUND, S)] == ["warning"]
    assert guardian_consent(replace(nineteen, birth_date=D(2006, 11, 2)), AROUND, S) == []
    assert guardian_consent(replace(nineteen, guardian_consent=True), AROUND, S) == []


def test_not_dual_learner_is_a_warning_that_does_not_block() -> None:
    found = not_dual_learner(replace(BASE, is_dual=False), AROUND, S)
    assert [(f.code, f.severity) for f in found] == [("dual.not_dual_learner", "warning")]
    assert not blocks_activation(found)
    assert blocks_activation(check(replace(BASE, birth_date=D(2010, 1, 1), hazard_tasks=("crane",)), AROUND, S))
