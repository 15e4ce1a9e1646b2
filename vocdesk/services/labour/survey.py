"""The survey as a class sheet shows it (graduates with their answers) and the rates per programme and level."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.outcomes import EmploymentRate, employment_rate
from vocdesk.persistence.models import GraduateOutcome
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import national_id_for, require
from vocdesk.services.labour.graduates import Graduate, cohort_years, graduates_of


@dataclass(frozen=True)
class SurveyRow:
    """One graduate of the cohort and their answer in the round ("" status: not surveyed yet)."""

    learner_id: int
    student_code: str
    national_id: str
    name: str
    level: str
    programme_id: int
    programme: str
    group_code: str
    status: str = ""
    in_field: bool = False
    employer: str = ""
    industry: str = ""
    occupation: str = ""
    occupation_title: str = ""
    salary_band: str = ""
    province: str = ""
    evidence: str = ""
    verified_by: str = ""
    surveyed_on: dt.date | None = None
    outcome_id: int | None = None


def answers_of(session: Session, ids: list[int], round_months: int) -> dict[int, GraduateOutcome]:
    found: dict[int, GraduateOutcome] = {}
    for start in range(0, len(ids), 500):
        for outcome in session.scalars(select(GraduateOutcome).where(
                GraduateOutcome.learner_id.in_(ids[start:start + 500]), GraduateOutcome.round_months == round_months)):
            found[outcome.learner_id] = outcome
    return found


def survey_rows(session: Session, actor: Actor, cohort_year: int, round_months: int,
                programme_id: int | None = None) -> list[SurveyRow]:
    """Every graduate of the cohort (CE year) with their answer; national IDs masked unless the role may see them.

    Names, employers and pay are personal data: only the roles that run the survey read them (labour.outcomes).
    """
    require(actor, "labour.outcomes")
    graduates = graduates_of(session, cohort_year, programme_id)
    answers = answers_of(session, [g.learner_id for g in graduates], round_months)
    rows: list[SurveyRow] = []
    for g in graduates:
        base = SurveyRow(g.learner_id, g.student_code, national_id_for(actor, g.national_id), g.name, g.level,
                         g.programme_id, g.programme, g.group_code)
        answer = answers.get(g.learner_id)
        if answer is not None:
            base = SurveyRow(**{**base.__dict__, **{name: getattr(answer, name) for name in (
                "status", "in_field", "employer", "industry", "occupation", "occupation_title", "salary_band",
                "province", "evidence", "verified_by", "surveyed_on")}, "outcome_id": answer.id})
        rows.append(base)
    return rows


@dataclass(frozen=True)
class RateLine:
    """The indicator for one programme (or a level's or the college's total: programme_id 0, programme "")."""

    level: str
    programme_id: int
    programme: str
    figures: EmploymentRate


def _line(level: str, pid: int, name: str, group: list[tuple[Graduate, tuple[str, bool] | None]]) -> RateLine:
    answers = [answer for _g, answer in group if answer is not None]
    return RateLine(level, pid, name, employment_rate(len(group), answers))


def outcome_rates(session: Session, actor: Actor, cohort_year: int, round_months: int) -> list[RateLine]:
    """Per programme, then each level's total, then the college's (level "", programme_id 0)."""
    require(actor, "labour.view")
    graduates = graduates_of(session, cohort_year)
    answers = {lid: (o.status, bool(o.in_field))
               for lid, o in answers_of(session, [g.learner_id for g in graduates], round_months).items()}
    paired = [(g, answers.get(g.learner_id)) for g in graduates]
    lines: list[RateLine] = []
    for level in dict.fromkeys(g.level for g in graduates):
        in_level = [pair for pair in paired if pair[0].level == level]
        for pid in dict.fromkeys(g.programme_id for g, _a in in_level):
            group = [pair for pair in in_level if pair[0].programme_id == pid]
            lines.append(_line(level, pid, group[0][0].programme, group))
        lines.append(_line(level, 0, "", in_level))
    if paired:
        lines.append(_line("", 0, "", paired))
    return lines


def cohort_choices(session: Session, actor: Actor) -> list[tuple[int, tuple[int, ...]]]:
    """CE years with graduates in the register, latest first, each with the survey rounds that have answers."""
    require(actor, "labour.view")
    rounds: dict[int, set[int]] = {}
    for cohort, months in session.execute(select(GraduateOutcome.cohort_year, GraduateOutcome.round_months)
                                          .distinct()):
        rounds.setdefault(int(cohort), set()).add(int(months))
    return [(year, tuple(sorted(rounds.get(year, ())))) for year in cohort_years(session)]
