"""Demand for a set of occupations in one area and year: totals preferred, parts summed only without a total."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.facts import TOTAL
from vocdesk.persistence.models import DemandFact

FLOWS = frozenset({"vacancies", "placements", "projected_demand"})
"""Measures counted over a period (summed over months or quarters); the others are stocks (averaged)."""
_DIMS = ("sex", "age_group", "industry", "education")


def load_facts(session: Session, year_ce: int, area_kind: str, area: str, measures: Iterable[str]
               ) -> dict[tuple[str, str, str], list[tuple[int, int, tuple[str, ...], Decimal]]]:
    """(measure, scheme, occupation) → [(quarter, month, dims, persons)] for one year and area."""
    query = select(DemandFact.measure, DemandFact.scheme, DemandFact.occupation, DemandFact.quarter,
                   DemandFact.month, DemandFact.sex, DemandFact.age_group, DemandFact.industry,
                   DemandFact.education, DemandFact.value, DemandFact.multiplier).where(
        DemandFact.year == year_ce, DemandFact.area_kind == area_kind, DemandFact.area == area,
        DemandFact.measure.in_(list(measures)))
    found: dict[tuple[str, str, str], list[tuple[int, int, tuple[str, ...], Decimal]]] = defaultdict(list)
    for measure, scheme, occupation, quarter, month, sex, age, industry, education, value, mult in session.execute(
            query):
        found[(measure, scheme, occupation)].append((quarter, month, (sex, age, industry, education),
                                                     Decimal(value) * mult))
    return found


def _one_period(rows: list[tuple[tuple[str, ...], Decimal]]) -> Decimal:
    """The total row when there is one; otherwise the parts of the first dimension that has parts."""
    for dims, persons in rows:
        if all(d == TOTAL for d in dims):
            return persons
    for index in range(len(_DIMS)):
        parts = [persons for dims, persons in rows
                 if dims[index] != TOTAL and all(d == TOTAL for i, d in enumerate(dims) if i != index)]
        if parts:
            return sum(parts, Decimal(0))
    return Decimal(0)


def yearly(measure: str, rows: list[tuple[int, int, tuple[str, ...], Decimal]]) -> Decimal:
    """A year's figure: the annual row if given; else flows summed and stocks averaged over the periods given."""
    periods: dict[tuple[int, int], list[tuple[tuple[str, ...], Decimal]]] = defaultdict(list)
    for quarter, month, dims, persons in rows:
        periods[(quarter, month)].append((dims, persons))
    if (0, 0) in periods:
        return _one_period(periods[(0, 0)])
    monthly = {key: value for key, value in periods.items() if key[1]}
    chosen = monthly or periods
    values = [_one_period(value) for value in chosen.values()]
    if not values:
        return Decimal(0)
    total = sum(values, Decimal(0))
    return total if measure in FLOWS else total / len(values)
