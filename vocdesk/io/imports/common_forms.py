"""Whole-column checks that a column's cells are already in their clean form (plain digits, tidy text, 0812345678)."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import mul
from typing import Any

from vocdesk.io.imports.declaration import Cleaner

CommonForm = Callable[[list[Any]], bool]
"""True when every cell (non-blank, distinct) is a str that its cleaner would return unchanged, with no warning."""

CHECK_WEIGHTS = tuple(range(13, 1, -1))
CHECK_OFFSET = 48 * sum(CHECK_WEIGHTS)  # the ASCII code of "0" times each weight
_EMAILS = re.compile(r"(?:[^@\s|]+@[^@\s|]+\.[^@\s.|]+\|)*[^@\s|]+@[^@\s|]+\.[^@\s.|]+")


class ColumnCleaner:
    """A cell cleaner that also answers for a whole column: `many(cells)` returns the cells themselves when all are
    already clean (one pass over the joined text instead of one call per cell), else None to clean them one by one."""

    def __init__(self, clean: Cleaner, common: CommonForm) -> None:
        self._clean = clean
        self._common = common
        self.__doc__ = clean.__doc__

    def __call__(self, value: Any, warnings: list[tuple[str, dict[str, Any]]]) -> Any:
        return self._clean(value, warnings)

    def many(self, cells: list[Any]) -> list[Any] | None:
        return cells if cells and self._common(cells) else None


def _all_text(cells: list[Any]) -> bool:
    return set(map(type, cells)) == {str}


def ascii_digits(max_length: int) -> CommonForm:
    """Codes typed as plain ASCII digits, none longer than `max_length`."""
    def common(cells: list[Any]) -> bool:
        if not _all_text(cells):
            return False
        joined = "".join(cells)
        return joined.isascii() and joined.isdigit() and max(map(len, cells)) <= max_length
    return common


def tidy_text(max_length: int) -> CommonForm:
    """Printable text without leading, trailing or doubled spaces (every other space kind is not printable)."""
    def common(cells: list[Any]) -> bool:
        if not _all_text(cells):
            return False
        joined = "|".join(cells)  # a `|` next to a space only sends the column the slow way
        return (joined.isprintable() and "  " not in joined and "| " not in joined and " |" not in joined
                and joined[0] != " " and joined[-1] != " " and max(map(len, cells)) <= max_length)
    return common


def national_ids(cells: list[Any]) -> bool:
    """13 ASCII digits each, every check digit right."""
    if not _all_text(cells) or set(map(len, cells)) != {13}:
        return False
    joined = "".join(cells)
    if not (joined.isascii() and joined.isdigit()):
        return False
    return all((11 - (sum(map(mul, value[:12].encode(), CHECK_WEIGHTS)) - CHECK_OFFSET) % 11) % 10
               == ord(value[12]) - 48 for value in cells)


def mobile_numbers(cells: list[Any]) -> bool:
    """Ten ASCII digits starting with 0 (0812345678)."""
    if not _all_text(cells) or set(map(len, cells)) != {10}:
        return False
    joined = "".join(cells)
    return joined.isascii() and joined.isdigit() and set(joined[::10]) == {"0"}


def emails(max_length: int) -> CommonForm:
    """Addresses of the e-mail shape, printable, without spaces and not longer than `max_length`."""
    def common(cells: list[Any]) -> bool:
        if not _all_text(cells) or max(map(len, cells)) > max_length:
            return False
        joined = "|".join(cells)
        return joined.isprintable() and " " not in joined and _EMAILS.fullmatch(joined) is not None
    return common
