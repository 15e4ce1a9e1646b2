"""What a learner import looks up: the programme catalogue (by major/minor name or code), learning groups and the
learners a file names — each loaded once per import, never per row."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from vocdesk.domain.thai import Level
from vocdesk.io.imports import header_key
from vocdesk.io.imports.findings import CellProblem
from vocdesk.persistence.models import Learner, LearningGroup, Programme

CHUNK = 500
"""Values per IN (...) list: safe for SQLite's and PostgreSQL's parameter limits."""

LEARNER_FIELDS = ("id", "student_code", "national_id", "prefix", "first_name_th", "last_name_th", "gender",
                  "birth_date", "level", "year", "programme_id", "group_id", "status", "gpax", "phone", "email")


@dataclass(frozen=True)
class ProgrammeRef:
    id: int
    level: str
    major_code: str
    major_name_th: str
    minor_name_th: str
    curriculum_year: int

    @property
    def label(self) -> str:
        return f"{self.major_name_th} / {self.minor_name_th}" if self.minor_name_th else self.major_name_th


def _level_label(level: str) -> str:
    try:
        return Level(level).label_th
    except ValueError:
        return level


class Catalogue:
    """Programmes by level and major name or code; picks the latest curriculum year when several exist."""

    def __init__(self, session: Session) -> None:
        self.by_id: dict[int, ProgrammeRef] = {}
        self._majors: dict[tuple[str, str], list[ProgrammeRef]] = {}
        self._resolved: dict[tuple[str, str, str | None], int | CellProblem] = {}
        rows = session.execute(select(Programme.id, Programme.level, Programme.major_code, Programme.major_name_th,
                                      Programme.minor_name_th, Programme.curriculum_year))
        for row in rows:
            ref = ProgrammeRef(*row)
            self.by_id[ref.id] = ref
            for name in (ref.major_name_th, ref.major_code):
                self._majors.setdefault((ref.level, header_key(name)), []).append(ref)

    def resolve(self, level: str, major: str, minor: str | None) -> int:
        """The programme id, or CellProblem naming the nearest majors/minors (difflib) and which column."""
        key = (level, major, minor)
        known = self._resolved.get(key)
        if known is None:
            try:
                known = self._resolve(level, major, minor)
            except CellProblem as problem:
                known = problem
            self._resolved[key] = known
        if isinstance(known, CellProblem):
            raise known
        return known

    def _resolve(self, level: str, major: str, minor: str | None) -> int:
        found = self._majors.get((level, header_key(major)))
        if not found:
            names = [ref.major_name_th for ref in self.by_id.values() if ref.level == level]
            raise CellProblem("import_major_unknown", column="majorNameTh", value=major, level=_level_label(level),
                              **_suggestions(major, names))
        latest = max(ref.curriculum_year for ref in found)
        current = [ref for ref in found if ref.curriculum_year == latest]
        if minor:
            matches = [ref for ref in current if header_key(ref.minor_name_th) == header_key(minor)]
            if not matches:
                raise CellProblem("import_minor_unknown", column="minorNameTh", value=minor,
                                  major=current[0].major_name_th,
                                  **_suggestions(minor, [ref.minor_name_th for ref in current if ref.minor_name_th]))
            return matches[0].id
        plain = [ref for ref in current if not ref.minor_name_th]
        if plain or len(current) == 1:
            return (plain or current)[0].id
        raise CellProblem("import_minor_ambiguous", column="minorNameTh", major=current[0].major_name_th,
                          minors=", ".join(sorted(ref.minor_name_th for ref in current)))


def _suggestions(value: str, names: Iterable[str]) -> dict[str, Any]:
    """{'suggest': 'a, b'}: the nearest names by difflib, for the finding's 'did you mean' sentence."""
    close = difflib.get_close_matches(value, sorted(set(names)), n=3, cutoff=0.5)
    return {"suggest": ", ".join(close)} if close else {}


@dataclass(frozen=True)
class GroupRef:
    id: int
    level: str
    year: int
    programme_id: int


def load_groups(session: Session) -> dict[str, GroupRef]:
    rows = session.execute(select(LearningGroup.group_code, LearningGroup.id, LearningGroup.level,
                                  LearningGroup.year, LearningGroup.programme_id))
    return {code: GroupRef(gid, level, year, programme) for code, gid, level, year, programme in rows}


def _in_chunks(session: Session, query: Any, values: list[str]) -> list[Any]:
    """Run `query` (with an expanding bind parameter `values`) over the values in chunks of CHUNK."""
    rows: list[Any] = []
    for start in range(0, len(values), CHUNK):
        rows.extend(session.execute(query, {"values": values[start:start + CHUNK]}))
    return rows


def _few_learners(session: Session, wanted: int) -> bool:
    """The file names most learners the table holds (an empty college's first import): one scan beats IN lists."""
    return (session.scalar(select(func.count()).select_from(Learner)) or 0) <= 2 * wanted


def load_learners(session: Session, codes: list[str]) -> dict[str, dict[str, Any]]:
    """Existing learners with these student codes: {code: {field: value}} for the fields an import may change."""
    columns = [getattr(Learner, name) for name in LEARNER_FIELDS]
    if _few_learners(session, len(codes)):
        wanted = set(codes)
        rows = [row for row in session.execute(select(*columns)) if row.student_code in wanted]
    else:
        query = select(*columns).where(Learner.student_code.in_(bindparam("values", expanding=True)))
        rows = _in_chunks(session, query, codes)
    return {row.student_code: dict(zip(LEARNER_FIELDS, row, strict=True)) for row in rows}


def national_id_owners(session: Session, national_ids: list[str]) -> dict[str, str]:
    """{national_id: student_code} of existing learners holding these IDs."""
    if _few_learners(session, len(national_ids)):
        wanted = set(national_ids)
        found = [(nid, code) for nid, code in session.execute(select(Learner.national_id, Learner.student_code))
                 if nid in wanted]
    else:
        query = select(Learner.national_id, Learner.student_code).where(
            Learner.national_id.in_(bindparam("values", expanding=True)))
        found = _in_chunks(session, query, national_ids)
    owners: dict[str, str] = {}
    for national_id, code in found:
        owners.setdefault(national_id, code)
    return owners


def new_learner_ids(session: Session, codes: list[str], above_id: int) -> dict[str, int]:
    """{student_code: id} for learners this transaction inserted (ids above `above_id`)."""
    wanted = set(codes)
    rows = session.execute(select(Learner.student_code, Learner.id).where(Learner.id > above_id))
    return {code: learner_id for code, learner_id in rows if code in wanted}
