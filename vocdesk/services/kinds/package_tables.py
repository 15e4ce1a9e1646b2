"""What a table in an OVEC data package is: each area's manifest names the tables it contributes (`package_tables`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from vocdesk.io.package.manifest import TableSchema

Row = tuple[str, ...]


def _always(_session: Session) -> bool:
    return True


@dataclass(frozen=True)
class PackageTable:
    """One table a package may carry, its rows minimised to what OVEC needs.

    `rows(session, period)` yields rows in schema order with national IDs in clear; the package step replaces
    the `id_columns` with pseudonyms or seals the whole file to OVEC. `count(session, period)` is how many rows
    `rows` yields for that period (the export's progress bar adds them up). `available(session)` is False when the
    area that owns the data has no tables in this database yet. Packages list their tables by `order`.
    """

    name: str
    schema: TableSchema
    rows: Callable[[Session, str], Iterator[Row]]
    count: Callable[[Session, str], int]
    id_columns: tuple[str, ...] = ()
    available: Callable[[Session], bool] = _always
    order: int = 100

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def personal(self) -> bool:
        return bool(self.id_columns)


def has_tables(*names: str) -> Callable[[Session], bool]:
    """An `available` check: true when every named database table exists."""
    def check(session: Session) -> bool:
        inspector = inspect(session.connection())
        return all(inspector.has_table(name) for name in names)
    return check


def counter(model: type) -> Callable[[Session, str], int]:
    """A `count` for a table with one row per row of `model`, whatever the period."""
    def count(session: Session, _period: str) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)
    return count


def cell_text(value: object) -> str:
    """A database value as package CSV text (None empty, booleans as true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
