"""Bulk writes of a learner import: new groups, learner inserts (RETURNING ids), updates grouped by changed
fields, status history and one audit record — all inside the caller's unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update

from vocdesk.domain.thai import Level
from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile
from vocdesk.persistence.models import Learner, LearnerStatusChange, LearningGroup
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.import_bulk import (
    bulk_cache,
    bulk_insert,
    bulk_insert_columns,
    indexes_deferred,
    learner_search_deferred,
)
from vocdesk.services.kinds.imports import ImportPlan
from vocdesk.services.learners.import_ import NewGroup, RowPlan, entry_year_be
from vocdesk.services.learners.import_lookup import new_learner_ids

BATCH = 2000
"""Rows per executemany; the cancel check runs between batches."""

INSERT_DEFAULTS: dict[str, Any] = {"birth_date": None, "group_id": None, "gpax": None}
"""Nullable learner fields a row may leave blank; columns with a constant default get it from the model."""

LEARNER = cast(Table, Learner.__table__)
GROUP = cast(Table, LearningGroup.__table__)
STATUS_CHANGE = cast(Table, LearnerStatusChange.__table__)


def _batches(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def _check(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


def _create_groups(uow: UnitOfWork, groups: dict[str, NewGroup]) -> dict[str, int]:
    if not groups:
        return {}
    today = uow.clock.today()
    uow.session.execute(insert(GROUP), [
        {"group_code": g.code, "name": f"{Level(g.level).label_th}{g.year} กลุ่ม {g.code}", "level": g.level,
         "year": g.year, "programme_id": g.programme_id, "advisor_teacher_id": None,
         "entry_year_be": entry_year_be(today, g.year)} for g in groups.values()])
    rows = uow.session.execute(select(GROUP.c.group_code, GROUP.c.id).where(GROUP.c.group_code.in_(list(groups))))
    return {code: gid for code, gid in rows}


def _insert_learners(uow: UnitOfWork, plans: list[RowPlan], cancel: CancelCheck | None) -> dict[str, int]:
    """Bulk executemany in batches (the search index filled once after, see `learner_search_deferred`), then the
    new ids by student code."""
    codes: list[str] = []
    above = uow.session.scalar(select(func.max(LEARNER.c.id))) or 0
    with learner_search_deferred(uow.session, len(plans), above), \
            indexes_deferred(uow.session, LEARNER.name, len(plans)):
        for batch in _batches(plans):
            _check(cancel)
            bulk_insert(uow.session, LEARNER, [plan.values for plan in batch], INSERT_DEFAULTS)
            codes.extend(plan.values["student_code"] for plan in batch)
    return _ids_in_insert_order(uow, codes, above) or new_learner_ids(uow.session, codes, above)


def _ids_in_insert_order(uow: UnitOfWork, codes: list[str], above: int) -> dict[str, int] | None:
    """On SQLite, a row inserted without an id gets one more than the largest id in the table, so rows inserted one
    after another under this transaction's write lock get `above` + 1, + 2, … in order; when the largest id is then
    exactly `above` + their count, that is what happened, and the ids need not be read back (50,000 codes and ids
    were 3 % of an import). Anything else (another database, an id past the end): None, and they are read."""
    if uow.session.get_bind().dialect.name != "sqlite" or not codes:
        return None
    if uow.session.scalar(select(func.max(LEARNER.c.id))) != above + len(codes):
        return None
    return dict(zip(codes, range(above + 1, above + 1 + len(codes)), strict=True))


def _update_learners(uow: UnitOfWork, plans: list[RowPlan], cancel: CancelCheck | None) -> None:
    by_fields: dict[tuple[str, ...], list[RowPlan]] = {}
    for plan in plans:
        by_fields.setdefault(tuple(sorted(plan.values)), []).append(plan)
    for names, group in by_fields.items():
        statement = (update(LEARNER).where(LEARNER.c.id == bindparam("b_id"))
                     .values({**{name: bindparam(f"b_{name}") for name in names}, "version": LEARNER.c.version + 1}))
        for batch in _batches(group):
            _check(cancel)
            uow.session.execute(statement, [{"b_id": plan.learner_id, **{f"b_{name}": plan.values[name]
                                                                         for name in names}} for plan in batch])


def write_learners(uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
                   cancel: CancelCheck | None) -> tuple[int, int]:
    """Write the planned rows; returns (inserted, updated). Raises ImportCancelled to roll everything back."""
    plans: list[RowPlan] = [plan.payload[row] for row in rows]
    group_ids = _create_groups(uow, {p.new_group.code: p.new_group for p in plans if p.new_group is not None})
    for row_plan in plans:
        if row_plan.new_group is not None:
            row_plan.values["group_id"] = group_ids[row_plan.new_group.code]
    new = [p for p in plans if p.learner_id is None]
    changed = [p for p in plans if p.learner_id is not None]
    today = uow.clock.today()
    reason = f"นำเข้าจากไฟล์ {parsed.path.name}"
    with bulk_cache(uow.session):
        new_ids = _insert_learners(uow, new, cancel)
        _update_learners(uow, changed, cancel)
        changed_status = [p for p in plans if p.status_changed]
        learner_ids = [new_ids[p.values["student_code"]] if p.learner_id is None else p.learner_id
                       for p in changed_status]
        statuses = [p.values["status"] for p in changed_status]
        for start in range(0, len(changed_status), BATCH):
            _check(cancel)
            count = len(learner_ids[start:start + BATCH])
            bulk_insert_columns(uow.session, STATUS_CHANGE, {
                "learner_id": learner_ids[start:start + BATCH], "status": statuses[start:start + BATCH],
                "effective_date": [today] * count, "reason": [reason] * count})
    audit: dict[str, Any] = {"file": parsed.path.name, "sheet": parsed.sheet, "inserted": len(new),
                             "updated": len(changed), "new_groups": sorted(group_ids),
                             "inserted_codes": sorted(new_ids)}
    for row in rows:
        change = plan.changes[row]
        for column, pair in change.fields.items():
            audit[f"{change.key}.{column}"] = list(pair)
    uow.audit("learners.import", "learner", parsed.path.name, audit)
    return len(new), len(changed)
