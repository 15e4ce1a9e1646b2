"""A quick necessary test for every rule: a placement it clears has no finding, so the full rules run only elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vocdesk.domain.dual.facts import DualSettings, OtherPlacement, Period, age_on

CLEAR, AGE_ONLY, ANY = 0, 1, 2
"""What `screen` says may fire: no rule, only the age rules (rules.AGE_RULES), or any rule."""


def could_break(level: str, birth_date: dt.date, signed_on: dt.date, is_dual: bool, guardian_consent: bool,
                key: int, learner_code: str, period: Period, semesters: int,
                with_trainer: Sequence[OtherPlacement], with_learner: Sequence[OtherPlacement],
                certificates: Sequence[Period], mous: Sequence[Period], settings: DualSettings) -> bool:
    """False only when no rule of rules.RULES can fire for this placement; True when one might (then run check())."""
    return screen(level, age_on(birth_date, signed_on), is_dual, guardian_consent, key, learner_code, period,
                  semesters, with_trainer, with_learner, certificates, mous, settings) != CLEAR


def screen(level: str, age: int, is_dual: bool, guardian_consent: bool, key: int, learner_code: str, period: Period,
           semesters: int, with_trainer: Sequence[OtherPlacement], with_learner: Sequence[OtherPlacement],
           certificates: Sequence[Period], mous: Sequence[Period], settings: DualSettings) -> int:
    """CLEAR when no rule can fire, AGE_ONLY when only the rules that ask for the age on the contract date can
    (the rest cleared), ANY otherwise. `age` is the age on the contract date; `with_trainer` and `with_learner` are
    the counted placements of its trainer and of its learner. Each test is implied by its rule's own condition."""
    if not is_dual:
        return ANY
    for certificate in certificates:  # loops, not any(): a generator a test costs more than the test here
        if certificate.covers(period):
            break
    else:
        return ANY
    for mou in mous:
        if mou.covers(period):
            break
    else:
        return ANY
    total = semesters
    for other in with_learner:
        if other.key != key:
            if other.period.overlaps(period):
                return ANY
            total += other.semesters
    if total < settings.minimum_semesters:
        return ANY
    limit = settings.trainer_ratio.get(level)
    if limit is not None and 1 + len(with_trainer) > limit:
        # The peak at once is at most this placement plus every other learner's placement overlapping it.
        sharing = 1 + sum(1 for o in with_trainer if o.key != key and o.learner_code != learner_code
                          and o.period.overlaps(period))
        if sharing > limit:
            return ANY
    minimum = settings.minimum_age.get(level)
    if age < settings.adult_age or (minimum is not None and age < minimum):
        return AGE_ONLY
    if age < settings.consent_age and not guardian_consent:
        return AGE_ONLY
    return CLEAR
