"""The rules checked before a placement is saved or activated; each returns its findings (none when it passes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from vocdesk.domain.dual.facts import DualSettings, Finding, PlacementFacts, Surroundings
from vocdesk.domain.dual.hazards import hazard_names

Rule = Callable[[PlacementFacts, Surroundings, DualSettings], list[Finding]]

_DAY = 1440
_NIGHT_START, _NIGHT_END = 22 * 60, 6 * 60


def _error(facts: PlacementFacts, code: str, **params: object) -> list[Finding]:
    return [Finding(code, "error", facts.learner_code, dict(params))]


def _warning(facts: PlacementFacts, code: str, **params: object) -> list[Finding]:
    return [Finding(code, "warning", facts.learner_code, dict(params))]


def trainer_ratio(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """More learners with the trainer at one time than the level allows (this placement counted)."""
    limit = settings.trainer_ratio.get(facts.level)
    if limit is None:
        return []
    sharing = [o.period for o in around.others if o.trainer_id == facts.trainer_id and o.key != facts.key
               and o.learner_code != facts.learner_code and o.period.overlaps(facts.period)]
    if 1 + len(sharing) <= limit:
        return []  # the peak at once cannot pass the limit: a shortcut, the count below would say the same
    # The most at once is reached on some placement's first day within this period.
    days = {facts.period.start} | {p.start for p in sharing if p.start >= facts.period.start}
    peak, peak_day = 1, facts.period.start
    for day in sorted(days):
        count = 1 + sum(1 for p in sharing if p.start <= day and (p.end is None or day <= p.end))
        if count > peak:
            peak, peak_day = count, day
    if peak <= limit:
        return []
    return _error(facts, "dual.trainer_ratio", count=peak, limit=limit, day=peak_day.isoformat())


def trainer_uncertified(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """No trainer certificate valid over the whole placement."""
    if any(cert.covers(facts.period) for cert in around.certificates):
        return []
    return _error(facts, "dual.trainer_uncertified", start=facts.period.start.isoformat(),
                  end=_text(facts.period.end))


def mou_not_covering(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """No MOU with the enterprise valid from the first to the last training day."""
    if any(mou.covers(facts.period) for mou in around.mous):
        return []
    return _error(facts, "dual.mou_not_covering", start=facts.period.start.isoformat(), end=_text(facts.period.end))


def under_age(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """Younger than the level's minimum on the contract date."""
    minimum = settings.minimum_age.get(facts.level)
    age = facts.age
    if minimum is None or age >= minimum:
        return []
    return _error(facts, "dual.under_age", age=age, minimum=minimum, on=facts.signed_on.isoformat())


@cache  # a pure test of two numbers, asked for every minor's every shift: most colleges use a few shifts
def _reaches_night(start: int, length: int) -> bool:
    end = start + length
    for base in (-_DAY, 0, _DAY):
        night_from, night_to = base + _NIGHT_START, base + _DAY + _NIGHT_END
        if start < night_to and end > night_from:
            return True
    return False


def minor_night(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """Under 18 and a shift reaches into 22:00–06:00 (ending at 22:00 or starting at 06:00 is allowed)."""
    age = facts.age
    if age >= settings.adult_age:
        return []
    for shift in facts.shifts:
        if _reaches_night(shift.start.hour * 60 + shift.start.minute, shift.minutes):
            return _error(facts, "dual.minor_night", age=age, weekday=shift.weekday,
                          start=shift.start.strftime("%H:%M"), end=shift.end.strftime("%H:%M"))
    return []


def minor_hours(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """Under 18: more than 8 h less breaks, over 4 h without an hour's break, or training on a closed day."""
    age = facts.age
    if age >= settings.adult_age:
        return []
    found: list[Finding] = []
    for shift in facts.shifts:
        worked = shift.minutes - shift.break_minutes
        if worked > settings.max_minor_minutes:
            found += _error(facts, "dual.minor_hours", problem="long", weekday=shift.weekday,
                            minutes=worked, limit=settings.max_minor_minutes)
        elif shift.minutes > settings.break_after_minutes and shift.break_minutes < settings.minimum_break_minutes:
            found += _error(facts, "dual.minor_hours", problem="no_break", weekday=shift.weekday,
                            minutes=shift.minutes, break_minutes=shift.break_minutes)
    days = {s.weekday for s in facts.shifts}
    start, end = facts.period.start, facts.period.end
    closed = sorted(d for d in around.closed_days if start <= d and (end is None or d <= end) and d.weekday() in days)
    if closed:
        found += _error(facts, "dual.minor_hours", problem="holiday", count=len(closed),
                        first=closed[0].isoformat())
    return found


def minor_hazard(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """Under 18 and a task on the Labour Protection Act §49 list of prohibited work."""
    age = facts.age
    if age >= settings.adult_age or not facts.hazard_tasks:
        return []
    return _error(facts, "dual.minor_hazard", age=age, tasks=hazard_names(facts.hazard_tasks),
                  tasks_en=hazard_names(facts.hazard_tasks, "en"))


def overlap(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """The learner already has a placement in that period (last days included)."""
    clash = [o for o in around.others if o.learner_code == facts.learner_code and o.key != facts.key
             and o.period.overlaps(facts.period)]
    if not clash:
        return []
    first = min(clash, key=lambda o: o.period.start)
    return _error(facts, "dual.overlap", other=str(first.key), start=first.period.start.isoformat(),
                  end=_text(first.period.end))


def too_short(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """The learner's placements over the programme add up to fewer semesters than the standard asks."""
    total = facts.semesters + sum(o.semesters for o in around.others
                                  if o.learner_code == facts.learner_code and o.key != facts.key)
    if total >= settings.minimum_semesters:
        return []
    return _warning(facts, "dual.too_short", semesters=total, minimum=settings.minimum_semesters)


def guardian_consent(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """Under 20 on the contract date and no guardian consent recorded."""
    age = facts.age
    if age >= settings.consent_age or facts.guardian_consent:
        return []
    return _warning(facts, "dual.guardian_consent", age=age, limit=settings.consent_age)


def not_dual_learner(facts: PlacementFacts, around: Surroundings, settings: DualSettings) -> list[Finding]:
    """The learner register does not have the learner on the dual track."""
    return [] if facts.is_dual else _warning(facts, "dual.not_dual_learner")


RULES: tuple[Rule, ...] = (trainer_ratio, trainer_uncertified, mou_not_covering, under_age, minor_night,
                           minor_hours, minor_hazard, overlap, too_short, guardian_consent, not_dual_learner)
AGE_RULES: tuple[Rule, ...] = (under_age, minor_night, minor_hours, minor_hazard, guardian_consent)
"""The rules that need the age on the contract date, in RULES order; they read the learner's level, age, contract
date, shifts, hazard tasks and consent, the period and the closed days, never the other placements."""


def check(facts: PlacementFacts, around: Surroundings, settings: DualSettings | None = None,
          rules: tuple[Rule, ...] = RULES) -> list[Finding]:
    """Every rule's findings for one placement, errors and warnings, in the order of `rules` (all by default)."""
    chosen = settings or DualSettings()
    return [finding for rule in rules for finding in rule(facts, around, chosen)]


def blocks_activation(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def _text(day: dt.date | None) -> str:
    return day.isoformat() if day else "-"
