"""The ministry database: one schema for all colleges, one table per known package table plus the package log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from vocdesk.io.package.manifest import TableSchema
from vocdesk.io.package.std2018 import KNOWN_SCHEMAS

PREFIX = "ovec_"
_TYPES: dict[str, Callable[[], TypeEngine[Any]]] = {
    "string": Text, "integer": BigInteger, "number": Numeric, "boolean": Boolean, "date": Date,
}


def _data_table(metadata: MetaData, name: str, schema: TableSchema) -> Table:
    columns: list[Column[Any]] = [Column("college_code", String(10), nullable=False),
                                  Column("period", String(10), nullable=False)]
    columns += [Column(field.name, _TYPES[field.type](), nullable=True) for field in schema.fields]
    key = PrimaryKeyConstraint("college_code", "period", *schema.primary_key, name=f"pk_{PREFIX}{name}")
    return Table(PREFIX + name, metadata, *columns, key)


def ministry_metadata() -> MetaData:
    """Tables `ovec_package` and `ovec_<table>` for every schema in `KNOWN_SCHEMAS`."""
    metadata = MetaData()
    Table(
        PREFIX + "package", metadata,
        Column("college_code", String(10), primary_key=True),
        Column("sequence", Integer, primary_key=True),
        Column("sha256", String(64), nullable=False, unique=True),
        Column("previous_sha256", String(64), nullable=False),
        Column("package_id", String(32), nullable=False, unique=True),
        Column("college_name", Text, nullable=False),
        Column("period", String(10), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("signing_key_id", String(16), nullable=False),
        Column("audit_chain_head", String(64), nullable=False),
        Column("pseudonym_key_id", String(16), nullable=False),
        Column("file_name", Text, nullable=False),
        Column("rows_json", Text, nullable=False),
    )
    for name, schema in KNOWN_SCHEMAS.items():
        _data_table(metadata, name, schema)
    return metadata
