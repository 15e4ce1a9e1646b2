"""The asset register as an export kind: the rows the page shows, re-importable by the `equipment` import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.equipment import EQUIPMENT
from vocdesk.services.core.context import Actor
from vocdesk.services.equipment.asset_listing import SORTS as ASSET_SORTS
from vocdesk.services.equipment.asset_listing import AssetFilters, asset_ids
from vocdesk.services.equipment.export import register_columns, register_rows_for
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

IMPORT_WIDTH = len(EQUIPMENT.columns)


def _equipment_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    sort = request.sort if request.sort in ASSET_SORTS else "code"
    return asset_ids(session, actor, request.text, AssetFilters(), sort, request.descending)


def _equipment_sheet(_names: Sequence[str]) -> list[SheetColumn]:
    return register_columns(dt.date.today())[:IMPORT_WIDTH]


def _equipment_rows(session: Session, actor: Actor, ids: Sequence[int], _names: Sequence[str]
                    ) -> Iterable[Sequence[Any]]:
    return [cells[:IMPORT_WIDTH] for cells in register_rows_for(session, actor, ids, dt.date.today())]


EXPORT_KIND = ExportKind("equipment", "equipment.view", EQUIPMENT.title_th,
                         lambda _actor: [c.name for c in EQUIPMENT.columns], _equipment_sheet, _equipment_rows,
                         _equipment_ids, tuple(ASSET_SORTS))
