"""Hand-worked cases for the follow-up rules: visits due at the start, middle and end of a semester, logbook weeks,
allowance months late, short and stopped."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import MappingProxyType

import pytest

from vocdesk.domain.dual.allowances import AllowanceSettings, expected_satang, month_states, stopped
from vocdesk.domain.dual.facts import Shift
from vocdesk.domain.dual.logbook import check_week, week_states, weeks_of
from vocdesk.domain.dual.risk import DualRiskFacts, DualRiskSettings, assess_dual
from vocdesk.domain.dual.supervision import SupervisionSettings, counted_modes, plan_status, required_visits
from vocdesk.domain.risk import RiskLevel

D = dt.date
# Semester 2/2569 by the default calendar (1 Nov 2026 – 31 Mar 2027) shared with a placement from Monday 2 Nov.
PERIOD = (D(2026, 11, 2), D(2027, 3, 31))  # 149 days apart: deadlines +49 (21 Dec), +99 (9 Feb), +149 (31 Mar)
MON_TUE = [Shift(0, dt.time(8), dt.time(17), 60), Shift(1, dt.time(8), dt.time(17), 60)]  # 8 h a day


def test_three_visits_in_thailand_one_abroad_and_only_onsite_counts_at_home() -> None:
    s = SupervisionSettings()
    assert (required_visits(False, s), required_visits(True, s)) == (3, 1)
    assert counted_modes(False, s) == ("onsite",)
    assert set(counted_modes(True, s)) == {"onsite", "online", "partner"}


def test_at_the_start_of_the_semester_nothing_is_overdue_and_the_first_visit_is_due_21_december() -> None:
    status = plan_status(PERIOD, 3, [], D(2026, 11, 10))
    assert status.deadlines == (D(2026, 12, 21), D(2027, 2, 9), D(2027, 3, 31))
    assert (status.state, status.next_due, status.expected_by_now) == ("due", D(2026, 12, 21), 0)


def test_the_day_of_a_deadline_is_not_yet_late_the_next_day_is() -> None:
    assert plan_status(PERIOD, 3, [], D(2026, 12, 21)).state == "due"
    late = plan_status(PERIOD, 3, [], D(2026, 12, 22))
    assert (late.state, late.behind, late.expected_by_now) == ("overdue", True, 1)


def test_in_the_middle_one_visit_is_on_plan_until_9_february_passes() -> None:
    visits = [D(2026, 11, 20)]
    middle = plan_status(PERIOD, 3, visits, D(2027, 1, 15))
    assert (middle.state, middle.next_due) == ("due", D(2027, 2, 9))
    assert plan_status(PERIOD, 3, visits, D(2027, 2, 10)).state == "overdue"


def test_at_the_end_three_visits_are_done_and_a_visit_after_the_day_asked_about_does_not_count() -> None:
    visits = [D(2026, 11, 20), D(2027, 1, 20), D(2027, 3, 30)]
    assert plan_status(PERIOD, 3, visits, D(2027, 4, 1)).state == "done"
    assert plan_status(PERIOD, 3, visits, D(2027, 3, 29)).done == 2


def test_a_placement_outside_the_semester_needs_no_visit() -> None:
    assert plan_status(None, 3, [], D(2027, 1, 1)).state == "none"


def test_logbook_weeks_run_monday_to_monday_and_a_week_outside_is_refused() -> None:
    weeks = weeks_of(D(2026, 11, 4), D(2026, 11, 30))  # a Wednesday to a Monday
    assert weeks == [D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 16), D(2026, 11, 23), D(2026, 11, 30)]
    found = check_week(D(2026, 12, 7), D(2026, 11, 4), D(2026, 11, 30), MON_TUE, 1, 60)
    assert [f.code for f in found] == ["dual.week_outside"]
    assert [f.code for f in check_week(D(2026, 11, 10), D(2026, 11, 4), D(2026, 11, 30), MON_TUE, 1, 60)] == [
        "dual.week_outside"]  # a Tuesday is not a week's start


def test_the_first_week_holds_no_training_day_before_the_placement_starts() -> None:
    first, last = D(2026, 11, 4), D(2026, 11, 30)  # Mon 2 and Tue 3 November are before the start
    found = check_week(D(2026, 11, 2), first, last, MON_TUE, 1, 0)
    assert [(f.code, f.params["possible"]) for f in found] == [("dual.days_above", 0)]


def test_hours_above_the_week_are_refused_just_at_the_limit_pass_and_a_closure_lowers_it() -> None:
    first, last = D(2026, 11, 2), D(2027, 3, 31)
    assert check_week(D(2026, 11, 9), first, last, MON_TUE, 2, 16 * 60) == []
    above = check_week(D(2026, 11, 9), first, last, MON_TUE, 2, 16 * 60 + 1)
    assert [(f.code, f.params["possible"]) for f in above] == [("dual.hours_above", "16:00")]
    closed = frozenset({D(2026, 11, 10)})
    assert [f.code for f in check_week(D(2026, 11, 9), first, last, MON_TUE, 2, 8 * 60, closed)] == [
        "dual.days_above"]


def test_a_week_is_missing_only_once_it_is_over() -> None:
    first, last = D(2026, 11, 2), D(2026, 11, 25)  # four weeks, the last ends on Wednesday 25th
    entered = {D(2026, 11, 2): True, D(2026, 11, 16): False}
    states = week_states(first, last, entered, D(2026, 11, 25))
    assert [s.state for s in states] == ["signed", "missing", "unsigned", "open"]
    assert week_states(first, last, entered, D(2026, 11, 26))[-1].state == "missing"


def test_a_daily_allowance_is_worth_the_months_training_days() -> None:
    # November 2026 from the 2nd: Mondays 2, 9, 16, 23, 30 and Tuesdays 3, 10, 17, 24 = 9 days at 300 baht.
    assert expected_satang(D(2026, 11, 1), D(2026, 11, 2), D(2027, 3, 31), 30_000, "day", MON_TUE) == 270_000
    assert expected_satang(D(2026, 11, 1), D(2026, 11, 20), D(2027, 3, 31), 800_000, "month", MON_TUE) == 800_000


def test_months_late_after_the_grace_short_when_less_and_stopped_after_two_late_in_a_row() -> None:
    first, last = D(2026, 11, 2), D(2027, 3, 31)
    months = [D(2026, 11, 1), D(2026, 12, 1), D(2027, 1, 1), D(2027, 2, 1), D(2027, 3, 1)]
    expected = dict.fromkeys(months, 600_000)
    paid = {D(2026, 11, 1): 600_000, D(2026, 12, 1): 500_000}
    s = AllowanceSettings()  # 15 days' grace
    on_15_feb = month_states(first, last, expected, paid, D(2027, 2, 15), s)
    assert [m.state for m in on_15_feb] == ["paid", "short", "waiting", "waiting", "waiting"]
    on_16_feb = month_states(first, last, expected, paid, D(2027, 2, 16), s)
    assert [m.state for m in on_16_feb][:3] == ["paid", "short", "late"] and not stopped(on_16_feb, s)
    on_16_mar = month_states(first, last, expected, paid, D(2027, 3, 16), s)
    assert [m.state for m in on_16_mar][:4] == ["paid", "short", "late", "late"] and stopped(on_16_mar, s)


def test_no_agreed_allowance_is_never_late() -> None:
    states = month_states(D(2026, 11, 2), D(2027, 3, 31), {}, {}, D(2027, 6, 1), AllowanceSettings())
    assert {m.state for m in states} == {"waiting"}


# Dual early warning: every signal with a case that fires it and one that just does not.

CALM = DualRiskFacts(visits_done=2, visits_expected=2, missing_weeks=1, absent_days=2, allowance_stopped=False,
                     last_state="normal", minor_findings=(), gpax=2.00)


def test_a_learner_on_every_threshold_raises_no_signal() -> None:
    risk = assess_dual(CALM, DualRiskSettings())
    assert (risk.level, risk.score, risk.rules) == (RiskLevel.NONE, 0, ())


@pytest.mark.parametrize(("change", "code", "weight"), [
    ({"visits_done": 1}, "visits_behind", 1), ({"missing_weeks": 2}, "logbook_missing", 1),
    ({"absent_days": 3}, "absences", 1), ({"allowance_stopped": True}, "allowance_late", 2),
    ({"last_state": "lost"}, "lost_contact", 2), ({"last_state": "follow"}, "lost_contact", 2),
    ({"minor_findings": ("dual.minor_night",)}, "minor_rule", 2), ({"gpax": 1.99}, "gpax", 1)])
def test_each_signal_fires_alone_with_its_weight_and_reason(change: dict[str, object], code: str,
                                                            weight: int) -> None:
    risk = assess_dual(replace(CALM, **change), DualRiskSettings())  # type: ignore[arg-type]
    assert [(r.code, r.weight) for r in risk.rules] == [(code, weight)]
    assert risk.level == (RiskLevel.HIGH if weight >= 2 else RiskLevel.WATCH)


def test_two_light_signals_make_a_high_risk_and_a_weight_of_zero_silences_one() -> None:
    both = replace(CALM, visits_done=0, gpax=1.5)
    assert assess_dual(both, DualRiskSettings()).level == RiskLevel.HIGH
    quiet = DualRiskSettings(weights=MappingProxyType({"visits_behind": 0, "gpax": 1}))
    risk = assess_dual(both, quiet)
    assert (risk.score, risk.level, risk.rules[0].value, risk.rules[0].threshold) == (1, RiskLevel.WATCH, "0", "< 2")


def test_a_scanned_sheet_code_gives_back_its_placement_and_week_and_anything_else_is_refused() -> None:
    from vocdesk.domain.dual.sheet_code import parse_sheet_code, sheet_code

    assert sheet_code(12, D(2026, 11, 9)) == "vocdesk-logbook:12:2026-11-09"
    assert parse_sheet_code(" vocdesk-logbook:12:2026-11-09\n") == (12, D(2026, 11, 9))
    for bad in ("vocdesk-logbook:12:2026-13-09", "vocdesk-logbook:x:2026-11-09", "6670001", ""):
        assert parse_sheet_code(bad) is None
