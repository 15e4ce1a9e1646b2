"""A quick necessary test for every rule: a placement it clears has no finding, so the full rules run only elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vocdesk.domain.dual.facts import DualSettings, OtherPlacement, Period, age_on


def could_break(level: str, birth_date: dt.date, signed_on: dt.date, is_dual: bool, guardian_consent: bool,
                key: int, learner_code: str, period: Period, semesters: int,
                with_trainer: Sequence[OtherPlacement], with_learner: Sequence[OtherPlacement],
                certificates: Sequence[Period], mous: Sequence[Period], settings: DualSettings) -> bool:
    """False only when no rule of rules.RULES can fire for this placement; True when one might (then run check()).

    `with_trainer` and `with_learner` are the counted placements of its trainer and of its learner. Each test is
    implied by its rule's own condition: the minors' rules and the shifts they read only matter under adult age."""
    if not is_dual:
        return True
    age = age_on(birth_date, signed_on)
    minimum = settings.minimum_age.get(level)
    if age < settings.adult_age or (minimum is not None and age < minimum):
        return True
    if age < settings.consent_age and not guardian_consent:
        return True
    if not any(c.covers(period) for c in certificates) or not any(m.covers(period) for m in mous):
        return True
    total = semesters
    for other in with_learner:
        if other.key != key:
            if other.period.overlaps(period):
                return True
            total += other.semesters
    if total < settings.minimum_semesters:
        return True
    limit = settings.trainer_ratio.get(level)
    if limit is None or 1 + len(with_trainer) <= limit:
        return False
    # The peak at once is at most this placement plus every other learner's placement overlapping it.
    sharing = 1 + sum(1 for o in with_trainer if o.key != key and o.learner_code != learner_code
                      and o.period.overlaps(period))
    return sharing > limit

