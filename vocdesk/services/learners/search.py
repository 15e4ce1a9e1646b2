"""Search-as-you-type over learners: SQLite FTS5 trigram or PostgreSQL pg_trgm, prefix ranges for short terms, filters.

The search index is created by migration 0007 (`vocdesk/persistence/search_index.py`) and only detected here.
On SQLite an external-content FTS5 table `learner_fts` (trigram tokenizer) is kept in step by triggers.
On PostgreSQL a GIN trigram index on the name/code expression serves `ILIKE '%term%'`; when the pg_trgm extension
cannot be created (it needs CREATE on the database, or a superuser before PostgreSQL 13), search still works with
a plain `ILIKE` scan and `search_mode()` says so.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Engine, Integer, Select, and_, bindparam, exists, or_, select, text
from sqlalchemy.orm import Session

from vocdesk.domain.risk import RiskLevel
from vocdesk.domain.thai_ids import format_national_id, to_ascii_digits
from vocdesk.persistence.database import WRITE_OPTION
from vocdesk.persistence.models import Learner, LearnerSupport, LearningGroup, Programme
from vocdesk.persistence.search_index import PG_EXPRESSION, SearchMode, build_search_index, detect_search_mode
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed, require
from vocdesk.services.learners.listing import LearnerRow, learner_rows

MIN_TRIGRAM = 3
MAX_TERMS = 6
_PREFIX_END = "\U0010ffff"
_FTS_COLUMNS = ("student_code", "first_name_th", "last_name_th", "first_name_en", "last_name_en")
_modes: weakref.WeakKeyDictionary[Engine, SearchMode] = weakref.WeakKeyDictionary()
"""Per engine, the search mode found by `ensure_search_index` (a cache: the database is the truth)."""

def ensure_search_index(engine: Engine) -> SearchMode:
    """Build the index if it is missing (migration 0007 normally has), e.g. after a DBA enabled pg_trgm."""
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        mode = build_search_index(conn)
    _modes[engine] = mode
    return mode


def search_mode(session: Session) -> SearchMode:
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    mode = _modes.get(engine)
    if mode is None:
        mode = _modes[engine] = detect_search_mode(session.connection())
    return mode


def _terms(text_: str) -> list[str]:
    """Whitespace-separated terms with Thai digits made ASCII; an ID typed with dashes becomes its digits."""
    terms = []
    for raw in to_ascii_digits(text_).split()[:MAX_TERMS]:
        cleaned = raw.replace("-", "") if raw.replace("-", "").isdigit() else raw
        if cleaned:
            terms.append(cleaned)
    return terms


def _prefix(column: Any, term: str) -> ColumnElement[bool]:
    """`column` starts with `term`, as an index range (works with any btree index on both backends)."""
    return and_(column >= term, column < term + _PREFIX_END)


def _term_condition(term: str, mode: SearchMode, may_see_id: bool) -> ColumnElement[bool]:
    if len(term) < MIN_TRIGRAM:
        return or_(_prefix(Learner.student_code, term), _prefix(Learner.first_name_th, term),
                   _prefix(Learner.last_name_th, term))
    id_match = may_see_id and term.isdigit()
    if mode == "fts5":
        columns = " ".join(_FTS_COLUMNS + (("national_id",) if id_match else ()))
        query = "{" + columns + "} : \"" + term.replace('"', '""') + "\""
        matches = text("SELECT rowid FROM learner_fts WHERE learner_fts MATCH :q").bindparams(
            bindparam("q", query, unique=True))
        return Learner.id.in_(matches.columns(rowid=Integer))
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    condition = or_(text(f"{PG_EXPRESSION} ILIKE :p").bindparams(bindparam("p", pattern, unique=True)))
    return or_(condition, Learner.national_id.startswith(term)) if id_match else condition


@dataclass(frozen=True)
class LearnerFilters:
    """Filters the learner page offers; None means any."""

    level: str | None = None
    programme_id: int | None = None
    group_id: int | None = None
    status: str | None = None
    is_dual: bool | None = None
    has_support: bool | None = None
    risk_at_least: RiskLevel | None = None


AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


def apply_search(session: Session, actor: Actor, query: AnySelect, text_: str, filters: LearnerFilters | None = None,
                 today: dt.date | None = None) -> AnySelect:
    """Narrow a query over `Learner` to the search text and filters (every term must match)."""
    require(actor, "learners.view")
    terms = _terms(text_)
    if terms:
        mode = search_mode(session)
        may_see_id = allowed(actor, "learners.view_national_id")
        query = query.where(*(_term_condition(term, mode, may_see_id) for term in terms))
    f = filters or LearnerFilters()
    for column, value in ((Learner.level, f.level), (Learner.programme_id, f.programme_id),
                          (Learner.group_id, f.group_id), (Learner.status, f.status), (Learner.is_dual, f.is_dual)):
        if value is not None:
            query = query.where(column == value)
    if f.has_support is not None:
        day = today or dt.date.today()
        running = exists().where(LearnerSupport.learner_id == Learner.id, LearnerSupport.period_start <= day,
                                 or_(LearnerSupport.period_end.is_(None), LearnerSupport.period_end >= day))
        query = query.where(running if f.has_support else ~running)
    if f.risk_at_least is not None:
        from vocdesk.services.learners.risk import assess_learners

        assessed = assess_learners(session, actor, today or dt.date.today())
        query = query.where(Learner.id.in_([lid for lid, a in assessed.items() if a.level >= f.risk_at_least]))
    return query


SORTS: dict[str, tuple[Any, ...]] = {
    "student_code": (Learner.student_code,),
    "level_year": (Learner.level, Learner.year, Learner.student_code),
    "group": (LearningGroup.group_code, Learner.student_code),
    "status": (Learner.status, Learner.student_code),
}


def search_learner_ids(session: Session, actor: Actor, text_: str = "", filters: LearnerFilters | None = None,
                       sort: str = "student_code", descending: bool = False, today: dt.date | None = None,
                       limit: int | None = None) -> list[int]:
    """Ids of matching learners in the order of a code-like column; `limit` for a first screenful."""
    keys = SORTS[sort]
    order = [key.desc() if descending else key.asc() for key in keys]
    query = select(Learner.id)
    if sort == "group":
        query = query.outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
    query = apply_search(session, actor, query, text_, filters, today).order_by(*order, Learner.id)
    if limit is not None:
        query = query.limit(limit)
    # Through the connection, and the one integer column straight from the driver's cursor: neither the ORM's
    # per-row loading nor Core's per-row result objects (together they were most of a keystroke's cost).
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def search_sort_texts(session: Session, actor: Actor, text_: str, filters: LearnerFilters | None, column: str,
                      today: dt.date | None = None) -> list[tuple[int, str]]:
    """(id, text) of the matching learners for a Thai text column (`name`, `programme`), for Thai collation."""
    if column == "name":
        query: Select[int, str, str] = select(Learner.id, Learner.first_name_th, Learner.last_name_th)
    elif column == "programme":
        query = select(Learner.id, Programme.major_name_th, Programme.minor_name_th).join(
            Programme, Learner.programme_id == Programme.id)
    else:
        raise KeyError(f"not a text sort column: {column!r}")
    query = apply_search(session, actor, query, text_, filters, today).order_by(Learner.student_code)
    return [(int(lid), f"{a} {b}".strip()) for lid, a, b in session.connection().execute(query)]


def search_rows(session: Session, actor: Actor, ids: Sequence[int]) -> list[LearnerRow]:
    """The list rows for `ids` in order; the national ID whole only for roles that may see it."""
    rows = learner_rows(session, actor, ids)
    if not allowed(actor, "learners.view_national_id"):
        return rows
    full = dict(session.execute(select(Learner.id, Learner.national_id).where(Learner.id.in_(list(ids)))).all())
    return [row._replace(national_id_masked=format_national_id(full.get(row.id, ""))) for row in rows]
