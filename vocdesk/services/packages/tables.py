"""The tables a package carries: every area manifest's `package_tables`, those whose data exists, in their order."""

from __future__ import annotations

from functools import cache

from sqlalchemy.orm import Session

from vocdesk.services.kinds.package_tables import PackageTable, Row

__all__ = ["PackageTable", "Row", "all_package_tables", "export_tables"]


@cache
def all_package_tables() -> tuple[PackageTable, ...]:
    """Every table the areas declare, by `order`; a name declared twice is an error."""
    from vocdesk.services.core.areas import areas, resolve

    tables = [table for found in areas() for ref in found.package_tables for table in resolve(found, ref)()]
    names = [table.name for table in tables]
    if len(set(names)) != len(names):
        raise RuntimeError(f"a package table is declared twice: {sorted(names)}")
    return tuple(sorted(tables, key=lambda table: (table.order, table.name)))


def export_tables(session: Session) -> list[PackageTable]:
    """The declared tables whose data exists in this database, in package order."""
    return [table for table in all_package_tables() if table.available(session)]
