"""Demand over the years on file, per programme: the same figure `labour gap` gives for each year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.facts import BE_OFFSET
from vocdesk.persistence.models import DemandFact
from vocdesk.services.core.context import Actor
from vocdesk.services.labour.gap import programme_gaps

MAX_YEARS = 10


def demand_trend(session: Session, actor: Actor, area: str | None = None
                 ) -> tuple[list[int], dict[int, list[float | None]]]:
    """(years พ.ศ. oldest first, {programme_id: demand each year, None without figures}) for the last ten years."""
    years = sorted(int(y) + BE_OFFSET for y in session.scalars(select(DemandFact.year).distinct()))[-MAX_YEARS:]
    series: dict[int, list[float | None]] = {}
    for index, year in enumerate(years):
        _year, _area, lines = programme_gaps(session, actor, area, year)
        for line in lines:
            series.setdefault(line.programme_id, [None] * len(years))[index] = line.demand
    return years, series
