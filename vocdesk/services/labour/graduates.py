"""The register's graduates as labour reads them: who graduated from which programme in which calendar year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Learner, LearnerStatusChange, LearningGroup, Programme


@dataclass(frozen=True)
class Graduate:
    """One graduate of a cohort (the CE year of the graduation date in the status history)."""

    learner_id: int
    student_code: str
    national_id: str
    name: str
    programme_id: int
    level: str
    programme: str
    group_code: str
    graduated_on: dt.date


def _graduated_on() -> Select[int, dt.date]:
    return select(LearnerStatusChange.learner_id, func.max(LearnerStatusChange.effective_date).label("day")).where(
        LearnerStatusChange.status == "graduated").group_by(LearnerStatusChange.learner_id)


def cohort_years(session: Session) -> list[int]:
    """CE years in which someone graduated, latest first."""
    query = select(extract("year", LearnerStatusChange.effective_date)).where(
        LearnerStatusChange.status == "graduated").distinct()
    return sorted({int(year) for year in session.scalars(query) if year is not None}, reverse=True)


def graduates_of(session: Session, cohort_year: int, programme_id: int | None = None) -> list[Graduate]:
    """The cohort's graduates by level, programme, group and student code."""
    day = _graduated_on().subquery()
    query = (select(Learner.id, Learner.student_code, Learner.national_id, Learner.prefix, Learner.first_name_th,
                    Learner.last_name_th, Learner.programme_id, Learner.level,
                    Programme.minor_name_th, Programme.major_name_th,
                    LearningGroup.group_code, day.c.day)
             .join(day, day.c.learner_id == Learner.id)
             .join(Programme, Programme.id == Learner.programme_id)
             .outerjoin(LearningGroup, LearningGroup.id == Learner.group_id)
             .where(extract("year", day.c.day) == cohort_year)
             .order_by(Learner.level, Programme.major_code, LearningGroup.group_code, Learner.student_code))
    if programme_id is not None:
        query = query.where(Learner.programme_id == programme_id)
    return [Graduate(int(lid), code, nid or "", f"{prefix or ''}{first} {last}".strip(), int(pid), level,
                     minor or major, group or "", graduated)
            for lid, code, nid, prefix, first, last, pid, level, minor, major, group, graduated
            in session.execute(query)]


def cohort_programme_keys(session: Session) -> dict[int, set[tuple[str, str, str]]]:
    """Per cohort (CE year), the (level, major code, minor code) its graduates came from: one SQL pass over the
    register, for counting the package's outcome rows without building them."""
    day = _graduated_on().subquery()
    found: dict[int, set[tuple[str, str, str]]] = {}
    for year, level, major, minor in session.execute(
            select(extract("year", day.c.day), Learner.level, Programme.major_code, Programme.minor_code).distinct()
            .join(Learner, Learner.id == day.c.learner_id).join(Programme, Programme.id == Learner.programme_id)):
        if year is not None:
            found.setdefault(int(year), set()).add((str(level), str(major), str(minor or "")))
    return found


def graduation_year(session: Session, learner_id: int) -> int | None:
    """The CE year the learner graduated, or None when the register shows no graduation."""
    day = session.scalar(select(func.max(LearnerStatusChange.effective_date)).where(
        LearnerStatusChange.learner_id == learner_id, LearnerStatusChange.status == "graduated"))
    return None if day is None else int(day.year)
