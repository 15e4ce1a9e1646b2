"""Column-wise cleaning: each column's distinct cells are cleaned once and mapped back onto its rows in one pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vocdesk.io.imports.cleaners import BLANK_CHARS, is_blank
from vocdesk.io.imports.declaration import Cleaner
from vocdesk.io.imports.findings import CellProblem

BLANK: Any = object()
"""The clean value of a blank cell (and of a cell whose cleaner raised): the row leaves the column out."""

_HASH_SAFE = frozenset({str, int, float, dt.date, dt.datetime, dt.time, dt.timedelta, type(None)})
"""Cell classes whose equal values clean alike; bool is left out (True == 1 but cleans to "TRUE")."""


@dataclass
class CleanColumn:
    """One column cleaned: a value per row (BLANK when blank or failed), problems and warnings by row index."""

    values: list[Any]
    filled: int
    """Rows with a clean value (the others are BLANK)."""
    problems: dict[int, CellProblem] = field(default_factory=dict)
    warnings: dict[int, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)


def _cells_are_hash_safe(cells: Sequence[Any]) -> bool:
    """Equal cells must clean alike: no bool, and not both int and float (5 == 5.0 would share one key). The
    classes are read off every cell, not the distinct keys: `dict.fromkeys([0, False])` keeps only the 0."""
    classes = set(map(type, cells))
    return classes <= _HASH_SAFE and not (int in classes and float in classes)


def _distinct_are_hash_safe(distinct: dict[Any, None], cells: Sequence[Any]) -> bool:
    """`_cells_are_hash_safe`, read off the distinct cells where that is enough: only numbers alias one another
    (True == 1 == 1.0), so without an int or float among the distinct cells no other class can hide behind one."""
    classes = set(map(type, distinct))
    if not classes <= _HASH_SAFE:
        return False
    return _cells_are_hash_safe(cells) if int in classes or float in classes else True


def _cell_blank(cell: Any) -> bool:
    return not cell.strip(BLANK_CHARS) if cell.__class__ is str else is_blank(cell)


def clean_column(cells: Sequence[Any], clean: Cleaner) -> CleanColumn:
    """Clean every cell of one column; a cleaner runs once per distinct value (a major, a grade, a status repeat
    thousands of times), and a cleaner with a `many` method checks a whole column of common forms at once."""
    try:
        distinct = dict.fromkeys(cells)
    except TypeError:  # an unhashable cell: no reader gives one, but the plain way still cleans it
        return _clean_each(cells, clean)
    if not _distinct_are_hash_safe(distinct, cells):
        return _clean_each(cells, clean)
    filled = [cell for cell in distinct if (cell.strip(BLANK_CHARS) if cell.__class__ is str else not is_blank(cell))]
    many = getattr(clean, "many", None)
    if many is not None and many(filled) is not None:  # every cell already clean: the column is its own value
        if len(filled) == len(distinct):
            return CleanColumn(list(cells), len(cells))
        blanks = {cell: BLANK for cell in distinct}
        blanks.update(zip(filled, filled, strict=True))
        values = list(map(blanks.__getitem__, cells))
        return CleanColumn(values, len(values) - values.count(BLANK))
    table: dict[Any, Any] = dict.fromkeys(distinct, BLANK)
    failed: dict[Any, CellProblem] = {}
    warned: dict[Any, list[tuple[str, dict[str, Any]]]] = {}
    for cell in filled:
        warnings: list[tuple[str, dict[str, Any]]] = []
        try:
            table[cell] = clean(cell, warnings)
        except CellProblem as problem:
            failed[cell] = problem
            continue
        if warnings:
            warned[cell] = warnings
    values = list(map(table.__getitem__, cells))
    result = CleanColumn(values, len(values) - values.count(BLANK) if len(filled) < len(distinct) or failed
                         else len(values))
    if failed or warned:
        for index, cell in enumerate(cells):
            if cell in failed:
                result.problems[index] = failed[cell]
            elif cell in warned:
                result.warnings[index] = warned[cell]
    return result


def _clean_each(cells: Sequence[Any], clean: Cleaner) -> CleanColumn:
    """The plain way, for a column mixing cells that compare equal but clean differently (True and 1)."""
    result = CleanColumn([BLANK] * len(cells), 0)
    for index, cell in enumerate(cells):
        if _cell_blank(cell):
            continue
        warnings: list[tuple[str, dict[str, Any]]] = []
        try:
            result.values[index] = clean(cell, warnings)
        except CellProblem as problem:
            result.problems[index] = problem
            continue
        result.filled += 1
        if warnings:
            result.warnings[index] = warnings
    return result
