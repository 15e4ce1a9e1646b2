"""The quick screen of check_all never clears a placement that a rule would report, nor says "age rules only" where
another rule would (hypothesis over random cases)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from vocdesk.domain.dual.facts import DualSettings, OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.domain.dual.rules import AGE_RULES, check
from vocdesk.domain.dual.screen import AGE_ONLY, ANY, CLEAR, could_break, screen

D = dt.date
START = D(2026, 11, 2)
RULES = DualSettings()


def _period(offset: int, length: int) -> Period:
    return Period(START + dt.timedelta(days=offset), START + dt.timedelta(days=offset + length))


others = st.lists(st.builds(lambda key, learner, trainer, offset, length, semesters: OtherPlacement(
    key, f"L{learner}", trainer, _period(offset, length), semesters),
    st.integers(1, 40), st.integers(1, 14), st.integers(1, 2), st.integers(-200, 200), st.integers(0, 300),
    st.integers(0, 2)), max_size=14)
spans = st.lists(st.builds(_period, st.integers(-400, 50), st.integers(0, 900)), max_size=2)


@settings(max_examples=600, deadline=None)
@given(others, spans, spans, st.integers(13, 24), st.booleans(), st.booleans(), st.sampled_from(["pvc", "pvs", "x"]),
       st.integers(0, 2), st.integers(0, 200), st.booleans())
def test_a_placement_the_screen_clears_has_no_finding(around: list[OtherPlacement], certificates: list[Period],
                                                      mous: list[Period], age: int, dual: bool, consent: bool,
                                                      level: str, semesters: int, length: int, night: bool) -> None:
    period = _period(0, length)
    facts = PlacementFacts("L1", level, D(START.year - age, 6, 1), dual, 1, 1, period, semesters,
                           (Shift(0, dt.time(14 if night else 8), dt.time(23 if night else 16), 60),),
                           ("forklift",) if night else (), consent, None, 99)
    unique = {o.key: o for o in around if o.key != 99}.values()
    found = check(facts, Surroundings(tuple(certificates), tuple(mous), tuple(unique)), RULES)
    cleared = not could_break(level, facts.birth_date, START, dual, consent, 99, "L1", period, semesters,
                              [o for o in unique if o.trainer_id == 1], [o for o in unique if o.learner_code == "L1"],
                              certificates, mous, RULES)
    assert not (cleared and found), [f.code for f in found]


def test_the_screen_clears_an_adult_well_placed_learner_and_stops_at_an_eleventh_learner() -> None:
    period, cover = _period(0, 120), [Period(D(2024, 1, 1), None)]
    tenth = [OtherPlacement(k, f"X{k}", 1, period, 2) for k in range(9)]
    args = ("pvs", D(2004, 1, 1), START, True, True, 99, "L1", period, 2)
    assert not could_break(*args, tenth, [], cover, cover, RULES)
    eleventh = [*tenth, OtherPlacement(9, "X9", 1, period, 2)]
    assert could_break(*args, eleventh, [], cover, cover, RULES)
    assert check(PlacementFacts("L1", "pvs", D(2004, 1, 1), True, 1, 1, period, 2, guardian_consent=True, key=99),
                 Surroundings(tuple(cover), tuple(cover), tuple(eleventh)), RULES)[0].code == "dual.trainer_ratio"


@settings(max_examples=600, deadline=None)
@given(others, spans, spans, st.integers(13, 24), st.booleans(), st.booleans(), st.sampled_from(["pvc", "pvs", "x"]),
       st.integers(0, 2), st.integers(0, 200), st.booleans())
def test_only_the_age_rules_fire_where_the_screen_says_age_only(around: list[OtherPlacement],
                                                               certificates: list[Period], mous: list[Period],
                                                               age: int, dual: bool, consent: bool, level: str,
                                                               semesters: int, length: int, night: bool) -> None:
    period = _period(0, length)
    facts = PlacementFacts("L1", level, D(START.year - age, 6, 1), dual, 1, 1, period, semesters,
                           (Shift(0, dt.time(14 if night else 8), dt.time(23 if night else 16), 60),),
                           ("forklift",) if night else (), consent, None, 99)
    unique = tuple({o.key: o for o in around if o.key != 99}.values())
    verdict = screen(level, facts.age, dual, consent, 99, "L1", period, semesters,
                     [o for o in unique if o.trainer_id == 1], [o for o in unique if o.learner_code == "L1"],
                     certificates, mous, RULES)
    found = check(facts, Surroundings(tuple(certificates), tuple(mous), unique), RULES)
    if verdict == CLEAR:
        assert not found
    elif verdict == AGE_ONLY:
        assert found == check(facts, Surroundings(), RULES, AGE_RULES)


def test_a_minor_otherwise_well_placed_needs_only_the_age_rules() -> None:
    period, cover = _period(0, 120), [Period(D(2024, 1, 1), None)]
    args = ("pvs", 16, True, False, 99, "L1", period, 2)
    assert screen(*args, [], [], cover, cover, RULES) == AGE_ONLY
    assert screen(*args, [], [], cover, [], RULES) == ANY  # and no MOU: every rule
    assert screen("pvs", 19, True, True, 99, "L1", period, 2, [], [], cover, cover, RULES) == CLEAR
