"""Rows whose stored values cannot be read (a disk fault, an edit outside VocDesk) are shown as damaged, not fatal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from ui.i18n import tr
from vocdesk.errors import VocDeskError

DAMAGED: tuple[Any, ...] = ("\x00damaged",)
"""What a page holds for a record that could not be read; the model shows it as damaged."""
log = logging.getLogger(__name__)


def fetch_rows(rows: Callable[[Sequence[int]], Sequence[tuple[Any, ...]]],
               ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """The page's rows; when reading them fails, read them one by one and mark those that fail as DAMAGED.

    An expected error (permission, missing record) is raised as is, and so is a failure of every single row: that is
    a fault of the page, not of one record, and goes to the crash dialog.
    """
    try:
        return [tuple(row) for row in rows(ids)]
    except VocDeskError:
        raise
    except Exception as error:  # the driver's or a type processor's error for one bad value
        found: list[tuple[Any, ...]] = []
        damaged: list[int] = []
        for record_id in ids:
            try:
                found.extend(tuple(row) for row in rows([record_id]))
            except VocDeskError:
                raise
            except Exception:
                damaged.append(record_id)
        if not found and len(damaged) == len(ids) and len(ids) != 1:
            raise error from None
        log.warning("records %s could not be read (%s): shown as damaged", damaged, error)
        return found + [(record_id, *DAMAGED) for record_id in damaged]


def is_damaged(row: tuple[Any, ...]) -> bool:
    return len(row) == 2 and row[1] == DAMAGED[0]


def damaged_text(column: int, tooltip: bool) -> str:
    if tooltip:
        return tr("This record holds a value that cannot be read (a disk fault or an edit outside VocDesk). "
                  "Run “vocdesk check” and restore a backup if needed.")
    return tr("⚠ damaged record") if column == 0 else ""
