"""Read-only queries behind the learner list: filtered ids in order, sort texts and rows for an id window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import level_year_label
from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.persistence.models import Learner, LearningGroup, Programme
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require

MAX_TERMS = 6
WINDOW_LIMIT = 1000
"""Most rows one `learner_rows` call returns; the list asks for small windows."""


class LearnerRow(NamedTuple):
    """One line of the learner list; the national ID is already masked (PDPA)."""

    id: int
    student_code: str
    name: str
    level_year: str
    programme: str
    group: str
    status: str
    national_id_masked: str


# Columns whose order SQL gets right (codes and numbers); Thai text columns are collated by the caller.
SQL_SORTS: dict[str, tuple[Any, ...]] = {
    "student_code": (Learner.student_code,),
    "level_year": (Learner.level, Learner.year, Learner.student_code),
    "group": (LearningGroup.group_code, Learner.student_code),
    "status": (Learner.status, Learner.student_code),
}
TEXT_SORTS = ("name", "programme")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(text: str) -> ColumnElement[bool] | None:
    """Every whitespace-separated term must occur in the code or a Thai/English first or last name."""
    terms = text.split()[:MAX_TERMS]
    if not terms:
        return None
    parts = []
    for term in terms:
        pattern = f"%{_escape_like(term)}%"
        parts.append(or_(*(column.ilike(pattern, escape="\\") for column in (
            Learner.student_code, Learner.first_name_th, Learner.last_name_th,
            Learner.first_name_en, Learner.last_name_en))))
    return and_(*parts)


AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


def _filtered(query: AnySelect, text: str) -> AnySelect:
    condition = search_condition(text)
    return query if condition is None else query.where(condition)


def learner_ids(session: Session, actor: Actor, text: str = "", sort: str = "student_code",
                descending: bool = False) -> list[int]:
    """Ids of the learners matching `text`, in the order of a code-like column (see SQL_SORTS)."""
    require(actor, "learners.view")
    keys = SQL_SORTS.get(sort)
    if keys is None:
        raise KeyError(f"not an SQL sort column: {sort!r}")
    order = [key.desc() if descending else key.asc() for key in keys]
    query = select(Learner.id)
    if sort == "group":
        query = query.outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
    if sort != "student_code":  # student codes are unique; other keys need a tie-break for a stable order
        order.append(Learner.id)
    # Core rows through the session's connection: about twice as fast as ORM results for 100,000 ids.
    return list(session.connection().execute(_filtered(query, text).order_by(*order)).scalars())


def learner_sort_texts(session: Session, actor: Actor, text: str, column: str) -> list[tuple[int, str]]:
    """(id, text) of the matching learners for a Thai text column, for the caller to collate."""
    require(actor, "learners.view")
    query: Select[int, str]
    if column == "name":
        query = select(Learner.id, Learner.first_name_th + " " + Learner.last_name_th)
    elif column == "programme":
        query = select(Learner.id, Programme.major_name_th + " " + Programme.minor_name_th).join(
            Programme, Learner.programme_id == Programme.id)
    else:
        raise KeyError(f"not a text sort column: {column!r}")
    rows = session.connection().execute(_filtered(query.order_by(Learner.student_code), text))
    return [(row_id, label.strip()) for row_id, label in rows]


def learner_rows(session: Session, actor: Actor, ids: Sequence[int]) -> list[LearnerRow]:
    """The rows for `ids`, in the same order; ids that no longer exist are left out."""
    require(actor, "learners.view")
    if len(ids) > WINDOW_LIMIT:
        raise ValueError(f"ask for at most {WINDOW_LIMIT} rows at a time")
    query = (
        select(Learner.id, Learner.student_code, Learner.prefix, Learner.first_name_th, Learner.last_name_th,
               Learner.level, Learner.year, Programme.major_name_th, LearningGroup.name, Learner.status,
               Learner.national_id)
        .join(Programme, Learner.programme_id == Programme.id)
        .outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
        .where(Learner.id.in_(list(ids)))
    )
    found: dict[int, LearnerRow] = {}
    for (lid, code, prefix, first, last, level, year, programme, group, status, national_id) in session.execute(query):
        found[lid] = LearnerRow(
            id=lid, student_code=code, name=f"{prefix}{first} {last}".strip(), level_year=level_year_label(level, year),
            programme=programme or "", group=group or "", status=status,
            national_id_masked=mask_national_id(national_id),
        )
    return [found[i] for i in ids if i in found]
