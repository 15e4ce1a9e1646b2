"""The registered export kinds: learners, teachers and equipment, each re-importable by the import of its name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.equipment import EQUIPMENT
from vocdesk.services.asset_list import SORTS as ASSET_SORTS
from vocdesk.services.asset_list import AssetFilters, asset_ids
from vocdesk.services.context import Actor
from vocdesk.services.equipment_export import register_columns, register_rows_for
from vocdesk.services.exports import ExportKind, ExportRequest, register_kind
from vocdesk.services.learner_export import learner_export_columns, learner_export_rows, sheet_columns
from vocdesk.services.learner_list import SQL_SORTS, learner_ids
from vocdesk.services.permissions import allowed
from vocdesk.services.teacher_export import REGISTER_COLUMNS, register_rows, register_sheet_columns
from vocdesk.services.teacher_list import teacher_rows


def _learner_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    return learner_ids(session, actor, request.text, request.sort or "student_code", request.descending)


def _learner_rows(session: Session, _actor: Actor, ids: Sequence[int], names: Sequence[str]
                  ) -> Iterable[Sequence[Any]]:
    return learner_export_rows(session, ids, names)


def _teacher_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    """The teacher list has one order (department, name); search narrows it as the page's search box does."""
    return [row.id for row in teacher_rows(session, actor, request.text)]


TEACHER_NAMES = [column.name for column in REGISTER_COLUMNS]


def _teacher_columns(actor: Actor) -> list[str]:
    """The register's columns; the national ID only for roles that see it whole (a masked ID could not re-import)."""
    return [n for n in TEACHER_NAMES if n != "idcard" or allowed(actor, "learners.view_national_id")]


def _teacher_sheet(names: Sequence[str]) -> list[SheetColumn]:
    every = register_sheet_columns()
    return [every[TEACHER_NAMES.index(name)] for name in names]


def _teacher_rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]
                  ) -> Iterable[Sequence[Any]]:
    picked = [TEACHER_NAMES.index(name) for name in names]
    return ([cells[i] for i in picked] for cells in register_rows(session, actor, ids))


IMPORT_WIDTH = len(EQUIPMENT.columns)


def _equipment_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    sort = request.sort if request.sort in ASSET_SORTS else "code"
    return asset_ids(session, actor, request.text, AssetFilters(), sort, request.descending)


def _equipment_sheet(_names: Sequence[str]) -> list[SheetColumn]:
    return register_columns(dt.date.today())[:IMPORT_WIDTH]


def _equipment_rows(session: Session, actor: Actor, ids: Sequence[int], _names: Sequence[str]
                    ) -> Iterable[Sequence[Any]]:
    return [cells[:IMPORT_WIDTH] for cells in register_rows_for(session, actor, ids, dt.date.today())]


register_kind(ExportKind("learners", "learners.view", "ผู้เรียน", learner_export_columns, sheet_columns,
                         _learner_rows, _learner_ids, tuple(SQL_SORTS)))
register_kind(ExportKind("teachers", "teachers.view", "ครู", _teacher_columns,
                         _teacher_sheet, _teacher_rows, _teacher_ids))
register_kind(ExportKind("equipment", "equipment.view", EQUIPMENT.title_th,
                         lambda _actor: [c.name for c in EQUIPMENT.columns], _equipment_sheet, _equipment_rows,
                         _equipment_ids, tuple(ASSET_SORTS)))
