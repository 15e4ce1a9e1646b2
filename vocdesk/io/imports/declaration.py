"""How a kind of record declares its import columns: names, Thai aliases, cell type and rules — one small table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Cleaner = Callable[[Any, list[tuple[str, dict[str, Any]]]], Any]
"""Turns one non-blank cell into a clean value; appends (code, params) warnings; raises CellProblem on errors."""

_NOT_IN_KEY = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff.,:;/\\\-_–—()\[\]{}*#'\"!?+]+")


def header_key(text: object) -> str:
    """A header compared ignoring case, spaces and punctuation: `Student Code`, `student_code` → `studentcode`."""
    return _NOT_IN_KEY.sub("", unicodedata.normalize("NFC", str(text)).casefold())


@dataclass(frozen=True)
class Column:
    """One importable column: the std2018-style `name`, the Thai header exports write, accepted aliases."""

    name: str
    header_th: str
    clean: Cleaner
    aliases: tuple[str, ...] = ()
    required: bool = False
    """Needed to create a new record (an update may leave it out)."""
    unique: bool = False
    """A value may appear once in a file; later occurrences are errors naming the first row."""
    fills: tuple[str, ...] = ()
    """For a combined column (e.g. ชื่อ-นามสกุล): the columns its cleaner's dict fills when they are blank."""
    exported: bool = True
    width: int = 14
    """Column width in exported workbooks (characters)."""

    def header_keys(self) -> set[str]:
        return {header_key(self.name), header_key(self.header_th), *(header_key(alias) for alias in self.aliases)}


@dataclass(frozen=True)
class Declaration:
    """Everything the pipeline needs to read one kind of record; `key` matches rows to existing records."""

    kind: str
    columns: tuple[Column, ...]
    key: str
    title_th: str = ""
    alternate_key: str = ""
    """A column that identifies a row whose key is blank (a foreign trainee's passport, no Thai national ID)."""
    by_key: Mapping[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, Column] = {}
        for column in self.columns:
            for key in column.header_keys():
                other = lookup.setdefault(key, column)
                if other is not column:
                    raise ValueError(f"header {key!r} names both {other.name} and {column.name}")
        object.__setattr__(self, "by_key", lookup)
        if self.key not in self.names():
            raise ValueError(f"key column {self.key!r} is not declared")
        if self.alternate_key and self.alternate_key not in self.names():
            raise ValueError(f"alternate key column {self.alternate_key!r} is not declared")

    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def match_header(self, text: object) -> Column | None:
        return self.by_key.get(header_key(text)) if text not in (None, "") else None

    def key_names(self) -> tuple[str, ...]:
        """The key, then the alternate key if declared: a row needs one of them."""
        return (self.key, self.alternate_key) if self.alternate_key else (self.key,)

    def key_headers(self) -> str:
        return " / ".join(self.column(name).header_th for name in self.key_names())

    def exported_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.exported)
