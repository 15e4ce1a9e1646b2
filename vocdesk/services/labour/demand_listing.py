"""Demand facts as the demand screen lists them: the years and areas on file, and one year's facts in an area."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.facts import BE_OFFSET, TOTAL
from vocdesk.domain.labour.isco_units import unit_title
from vocdesk.domain.labour.occupations import MAJOR_GROUPS
from vocdesk.persistence.models import DemandFact
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile

LIMIT = 5000


@dataclass(frozen=True)
class DemandChoices:
    """Years (พ.ศ., latest first) and areas ((kind, name): the country, regions, provinces) the facts cover."""

    years_be: list[int]
    areas: list[tuple[str, str]]
    facts: int
    home: str = ""
    """The college's province (its settings), which the screens show first when the facts cover it."""


@dataclass(frozen=True)
class DemandRow:
    period: str
    area: str
    occupation: str
    measure: str
    persons: Decimal
    breakdown: str
    source: str


def demand_choices(session: Session, actor: Actor) -> DemandChoices:
    require(actor, "labour.view")
    years = [int(y) + BE_OFFSET for y in session.scalars(select(DemandFact.year).distinct().order_by(
        DemandFact.year.desc()))]
    order = {"country": 0, "region": 1, "province": 2}
    areas = sorted({(str(k), str(a)) for k, a in session.execute(select(DemandFact.area_kind, DemandFact.area)
                                                                   .distinct())},
                   key=lambda pair: (order.get(pair[0], 3), pair[1]))
    count = int(session.scalar(select(func.count()).select_from(DemandFact)) or 0)
    return DemandChoices(years, areas, count, college_profile(session).province)


def occupation_text(scheme: str, code: str, label: str = "") -> str:
    """"ISCO-08 7231 Motor vehicle mechanics…" or the major group's title; "รวมทุกอาชีพ" for the total."""
    if code == TOTAL:
        return "รวมทุกอาชีพ"
    title = label or (unit_title(code) if scheme == "isco08" else "") or MAJOR_GROUPS[scheme].get(code, ("", ""))[0]
    return f"{scheme.upper().replace('ISCO', 'ISCO-')} {code} {title}".strip()


def demand_rows(session: Session, actor: Actor, year_be: int, area: str, limit: int = LIMIT
                ) -> tuple[list[DemandRow], int]:
    """One year's facts in one area (at most `limit`, by measure, occupation and period) and how many there are."""
    require(actor, "labour.view")
    where = (DemandFact.year == year_be - BE_OFFSET, DemandFact.area == area)
    total = int(session.scalar(select(func.count()).select_from(DemandFact).where(*where)) or 0)
    query = select(DemandFact).where(*where).order_by(DemandFact.measure, DemandFact.scheme, DemandFact.occupation,
                                                      DemandFact.quarter, DemandFact.month, DemandFact.id).limit(limit)
    rows = []
    for f in session.scalars(query):
        period = f"{f.year + BE_OFFSET}" + (f" ไตรมาส {f.quarter}" if f.quarter else "") + (
            f" เดือน {f.month}" if f.month else "")
        parts = [part for part in (f.sex, f.age_group, f.industry, f.education) if part != TOTAL]
        rows.append(DemandRow(period, f.area, occupation_text(f.scheme, f.occupation, f.occupation_label),
                              f.measure, Decimal(f.value) * f.multiplier, " · ".join(parts) or "รวม", f.source))
    return rows, total
