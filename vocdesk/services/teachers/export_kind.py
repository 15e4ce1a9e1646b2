"""The teacher register as an export kind: the rows the page shows, re-importable by the `teachers` import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.io.excel_export import SheetColumn
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed
from vocdesk.services.kinds.exports import ExportKind, ExportRequest
from vocdesk.services.teachers.export import REGISTER_COLUMNS, register_rows, register_sheet_columns
from vocdesk.services.teachers.listing import teacher_rows

TEACHER_NAMES = [column.name for column in REGISTER_COLUMNS]


def _teacher_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    """The teacher list has one order (department, name); search narrows it as the page's search box does."""
    return [row.id for row in teacher_rows(session, actor, request.text)]


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


EXPORT_KIND = ExportKind("teachers", "teachers.view", "ครู", _teacher_columns, _teacher_sheet, _teacher_rows,
                         _teacher_ids)
