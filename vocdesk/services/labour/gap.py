"""Supply against demand per programme: graduates, openings of the mapped occupations, gap, scores and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.facts import BE_OFFSET
from vocdesk.domain.labour.outcomes import Thresholds, composite, employment_rate
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DemandFact, GraduateOutcome, Learner, LearnerStatusChange
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.labour.demand import load_facts, yearly
from vocdesk.services.labour.occupation_map import occupation_map
from vocdesk.services.labour.settings import GapSettings, gap_settings

COUNTRY = ("country", "ทั่วราชอาณาจักร")
MIN_YEAR_BE, MAX_YEAR_BE = 2500, 2700
FINAL_YEAR = {"pvc": 3, "pvs": 2, "btech": 2}
_CROSSWALK = ("isco88", "tsco")
"""Schemes read at ISCO-08's major-group level when the area has no ISCO-08 figures (the major groups match 1:1)."""


@dataclass
class ProgrammeGap:
    """One programme's line of `labour gap`."""

    programme_id: int
    level: str
    major_code: str
    name_th: str
    occupations: list[dict[str, Any]] = field(default_factory=list)
    graduates: int = 0
    pipeline: int = 0
    demand: float | None = None
    """Openings a year for the mapped occupations (weights and unit multipliers applied)."""
    demand_basis: str = ""
    ratio: float | None = None
    """Demand ÷ graduates: openings for each graduate (above 1 = more openings than graduates)."""
    gap: float | None = None
    gap_pct: float | None = None
    employment_rate: float | None = None
    score: float | None = None
    status: str = "unknown"
    reasons: list[dict[str, Any]] = field(default_factory=list)


def default_area(session: Session) -> str:
    """The college's own province when the facts have figures for it (what a college plans against), else the
    country."""
    province = college_profile(session).province.strip()
    if province and session.scalar(select(DemandFact.id).where(DemandFact.area == province).limit(1)) is not None:
        return province
    return COUNTRY[1]


def _area_of(session: Session, area: str | None) -> tuple[str, str]:
    """(area kind, name) of a province or region the facts know; an unknown name is refused, never read as zero."""
    area = area or default_area(session)
    if area == COUNTRY[1]:
        return COUNTRY
    kind = session.scalar(select(DemandFact.area_kind).where(DemandFact.area == area.strip()).limit(1))
    if kind is None:
        known = session.scalars(select(DemandFact.area).where(DemandFact.area_kind != "country").distinct()
                                .order_by(DemandFact.area).limit(20))
        raise ValidationFailed("labour_area_unknown", area=area, known=", ".join(known))
    return (str(kind), area.strip())


def latest_year_be(session: Session) -> int | None:
    year = session.scalar(select(func.max(DemandFact.year)))
    return None if year is None else int(year) + BE_OFFSET


def _openings(facts: dict[Any, Any], scheme_code: tuple[str, str], weight: float, basis: str,
              settings: GapSettings) -> tuple[float, str, str] | None:
    """(weighted openings, the code the facts had, level) for one mapped occupation, or None without figures."""
    scheme, code = scheme_code
    candidates = [(scheme, code, "exact"), (scheme, code[0], "major_group")]
    candidates += [(other, code[0], "major_group") for other in _CROSSWALK if scheme == "isco08"]
    measure = "vacancies" if basis == "vacancies" else "employed"
    for fact_scheme, fact_code, level in candidates:
        rows = facts.get((measure, fact_scheme, fact_code))
        if rows:
            persons = float(yearly(measure, rows))
            if measure == "employed":
                persons *= settings.replacement_rate
            return weight * persons, f"{fact_scheme}:{fact_code}", level
    return None


def programme_gaps(session: Session, actor: Actor, area: str | None = None, year_be: int | None = None
                   ) -> tuple[int | None, str, list[ProgrammeGap]]:
    """Every mapped programme's gap for one area (default: the college's province when the facts cover it, else the
    country) and demand year (default: the latest)."""
    require(actor, "labour.view")
    settings = gap_settings(session)
    if year_be is not None and not MIN_YEAR_BE <= year_be <= MAX_YEAR_BE:
        raise ValidationFailed("labour_year_not_be", year=year_be)
    year_be = year_be or latest_year_be(session)
    result: list[ProgrammeGap] = []
    if year_be is None:
        return None, area or COUNTRY[1], result
    area_kind, area_name = _area_of(session, area)
    year = year_be - BE_OFFSET
    now = load_facts(session, year, area_kind, area_name, ("vacancies", "employed"))
    before = load_facts(session, year - 1, area_kind, area_name, ("vacancies", "employed"))
    basis = "vacancies" if any(key[0] == "vacancies" for key in now) else "employed"
    graduates = _graduates(session, year)
    pipeline = _pipeline(session)
    rates = _employment_rates(session, year)
    running = set(session.scalars(select(Learner.programme_id).distinct()))
    for mapped in occupation_map(session, actor):
        if not mapped.occupations or mapped.programme_id not in running:
            continue  # unmapped, or a catalogue programme the college has never had a learner in
        line = ProgrammeGap(mapped.programme_id, mapped.level, mapped.major_code, mapped.name_th,
                            graduates=graduates.get(mapped.programme_id, 0),
                            pipeline=pipeline.get(mapped.programme_id, 0))
        total = previous = 0.0
        found = found_before = False
        for scheme, code, weight in mapped.occupations:
            got = _openings(now, (scheme, code), weight, basis, settings)
            earlier = _openings(before, (scheme, code), weight, basis, settings)
            line.occupations.append({"scheme": scheme, "code": code, "weight": weight,
                                     "demand": None if got is None else round(got[0], 1),
                                     "facts": None if got is None else got[1], "level": None if got is None
                                     else got[2]})
            if got is not None:
                total, found = total + got[0], True
            if earlier is not None:
                previous, found_before = previous + earlier[0], True
        _score(line, total if found else None, previous if found_before else None, basis,
               rates.get(mapped.programme_id), settings)
        result.append(line)
    return year_be, area_name, result


def _score(line: ProgrammeGap, openings: float | None, previous: float | None, basis: str,
           rate: float | None, settings: GapSettings) -> None:
    scores: list[int] = []
    if openings is not None:
        line.demand, line.demand_basis = round(openings, 1), basis
        line.gap = round(openings - line.graduates, 1)
        line.gap_pct = round(100 * (openings - line.graduates) / openings, 1) if openings else None
        if line.graduates:
            ratio = openings / line.graduates
            line.ratio = round(ratio, 2)
            score = Thresholds(settings.openings_per_graduate).score(ratio)
            scores.append(score)
            line.reasons.append({"indicator": "openings_per_graduate", "value": round(ratio, 2), "score": score})
        if previous:
            change = 100 * (openings - previous) / previous
            score = Thresholds(settings.trend_pct).score(change)
            scores.append(score)
            line.reasons.append({"indicator": "trend_pct", "value": round(change, 1), "score": score})
    if rate is not None:
        line.employment_rate = rate
        score = Thresholds(settings.employment_pct).score(rate)
        scores.append(score)
        line.reasons.append({"indicator": "employment_pct", "value": rate, "score": score})
    line.score, line.status = composite(scores, settings.shortage, settings.watch)


def _graduates(session: Session, year_ce: int) -> dict[int, int]:
    """Graduates per programme whose graduation is dated in the calendar year of the demand figures."""
    query = select(Learner.programme_id, func.count(func.distinct(Learner.id))).join(
        LearnerStatusChange, LearnerStatusChange.learner_id == Learner.id).where(
        LearnerStatusChange.status == "graduated",
        extract("year", LearnerStatusChange.effective_date) == year_ce).group_by(Learner.programme_id)
    return {int(pid): int(count) for pid, count in session.execute(query)}


def _pipeline(session: Session) -> dict[int, int]:
    """Learners studying in their programme's final year: next year's graduates at most."""
    counts: dict[int, int] = {}
    for level, final in FINAL_YEAR.items():
        query = select(Learner.programme_id, func.count()).where(
            Learner.status == "studying", Learner.level == level, Learner.year == final).group_by(
            Learner.programme_id)
        for pid, count in session.execute(query):
            counts[int(pid)] = counts.get(int(pid), 0) + int(count)
    return counts


def _employment_rates(session: Session, year_ce: int) -> dict[int, float]:
    """The 12-month employment rate of the latest cohort surveyed up to the demand year, per programme."""
    cohort = session.scalar(select(func.max(GraduateOutcome.cohort_year)).where(
        GraduateOutcome.cohort_year <= year_ce, GraduateOutcome.round_months == 12))
    if cohort is None:
        return {}
    answers: dict[int, list[tuple[str, bool]]] = {}
    for pid, status, in_field in session.execute(select(Learner.programme_id, GraduateOutcome.status,
                                                        GraduateOutcome.in_field).join(
            Learner, Learner.id == GraduateOutcome.learner_id).where(
            GraduateOutcome.cohort_year == cohort, GraduateOutcome.round_months == 12)):
        answers.setdefault(int(pid), []).append((str(status), bool(in_field)))
    rates = {pid: employment_rate(len(found), found).rate for pid, found in answers.items()}
    return {pid: rate for pid, rate in rates.items() if rate is not None}
