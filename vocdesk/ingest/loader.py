"""Load verified packages: per college in sequence order, chain-checked against the database, idempotent."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, Engine, create_engine, delete, func, insert, select
from sqlalchemy.exc import DBAPIError

from vocdesk.ingest.schema import PREFIX, ministry_metadata
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.manifest import FileEntry
from vocdesk.io.package.std2018 import KNOWN_SCHEMAS
from vocdesk.io.package.verifier import KeyRecord, Seen, VerifiedPackage, check_chain, verify_package


@dataclass
class IngestReport:
    """What happened to each package file: loaded, already loaded (skipped) or refused with a reason."""

    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[tuple[str, PackageRefused]] = field(default_factory=list)


class _DatabaseLedger:
    """The newest package loaded per college, read from `ovec_package` inside the loading transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.table = ministry_metadata().tables[PREFIX + "package"]

    def last_seen(self, college_code: str) -> Seen | None:
        row = self.conn.execute(
            select(self.table.c.sequence, self.table.c.sha256).where(self.table.c.college_code == college_code)
            .order_by(self.table.c.sequence.desc()).limit(1)).first()
        return None if row is None else Seen(int(row[0]), str(row[1]))


def ministry_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url)


def _value(text: str, kind: str) -> Any:
    if kind == "string":
        return text
    if text == "":
        return None
    if kind == "integer":
        return int(text)
    if kind == "number":
        return Decimal(text)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"
    return dt.date.fromisoformat(text)


def _rows(entry: FileEntry, data: bytes, college: str, period: str) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(reader)
    kinds = [(f.name, f.type) for f in entry.schema.fields]
    rows = []
    for number, row in enumerate(reader, start=2):
        try:
            values = {name: _value(text, kind) for (name, kind), text in zip(kinds, row, strict=True)}
        except (ValueError, InvalidOperation) as error:
            raise PackageRefused("pkg_file_row_width", path=entry.path, row=number) from error
        rows.append({"college_code": college, "period": period, **values})
    return rows


def _unique(rows: list[dict[str, Any]], keys: tuple[str, ...], path: str) -> None:
    seen: set[tuple[Any, ...]] = set()
    for number, row in enumerate(rows, start=2):
        key = tuple(row[name] for name in keys)
        if key in seen:
            raise PackageRefused("pkg_duplicate_key", path=path, row=number)
        seen.add(key)


def _load(conn: Connection, package: VerifiedPackage) -> None:
    manifest = package.manifest
    tables = ministry_metadata().tables
    for entry in manifest.files:
        known = KNOWN_SCHEMAS.get(entry.table)
        if known is None or known.names != entry.schema.names or entry.path not in package.tables:
            continue  # a table this loader does not know yet, or sealed without OVEC's key: logged, not loaded
        table = tables[PREFIX + entry.table]
        conn.execute(delete(table).where(table.c.college_code == manifest.college_code,
                                         table.c.period == manifest.period))
        rows = _rows(entry, package.tables[entry.path], manifest.college_code, manifest.period)
        _unique(rows, known.primary_key, entry.path)
        if rows:
            conn.execute(insert(table), rows)
    conn.execute(insert(tables[PREFIX + "package"]).values(
        college_code=manifest.college_code, sequence=manifest.sequence, sha256=package.sha256,
        previous_sha256=manifest.previous_sha256, package_id=manifest.package_id,
        college_name=manifest.college_name, period=manifest.period, created_at=manifest.created,
        signing_key_id=manifest.signing_key_id, audit_chain_head=manifest.audit_chain_head,
        pseudonym_key_id=manifest.pseudonym_key_id, file_name=package.path.name,
        rows_json=json.dumps({e.table: e.rows for e in manifest.files}, sort_keys=True)))


def ingest_folder(folder: Path, engine: Engine, keys: Mapping[bytes, KeyRecord], *, now: dt.datetime,
                  ovec_key: X25519PrivateKey | None = None) -> IngestReport:
    """Verify every `*.zip` in `folder` (with its `.minisig`), then load them per college in sequence order.

    Each package is loaded in its own transaction; one already loaded (same SHA-256) is skipped unchanged.
    """
    metadata = ministry_metadata()
    metadata.create_all(engine)
    report = IngestReport()
    verified: list[VerifiedPackage] = []
    for path in sorted(folder.glob("*.zip")):
        try:
            verified.append(verify_package(path, keys, now=now, ovec_key=ovec_key))
        except PackageRefused as refusal:
            report.refused.append((path.name, refusal))
    verified.sort(key=lambda p: (p.manifest.college_code, p.manifest.sequence))
    packages = metadata.tables[PREFIX + "package"]
    for package in verified:
        try:
            with engine.begin() as conn:
                already = conn.scalar(select(func.count()).select_from(packages).where(
                    packages.c.sha256 == package.sha256))
                if already:
                    report.skipped.append(package.path.name)
                    continue
                check_chain(package.manifest, _DatabaseLedger(conn))
                _load(conn, package)
            report.loaded.append(package.path.name)
        except PackageRefused as refusal:
            report.refused.append((package.path.name, refusal))
        except DBAPIError as error:  # a value the database rejects (e.g. out of range): this package only
            detail = str(error.orig or error).splitlines()[0][:120]
            report.refused.append((package.path.name, PackageRefused("pkg_load_failed", detail=detail)))
    return report
