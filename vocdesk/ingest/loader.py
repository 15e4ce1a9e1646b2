"""Load verified packages: per college in sequence order, chain-checked against the database, idempotent."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, Engine, Table, create_engine, delete, func, insert, select
from sqlalchemy.exc import DBAPIError

from vocdesk.ingest.schema import PREFIX, ministry_metadata
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.manifest import FileEntry
from vocdesk.io.package.minisign import MAX_SIGNATURE_FILE, parse_signature
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


_COMMENT = re.compile(r"vocdesk-package college=([0-9]{10}) period=\S+ sequence=([0-9]{1,15})")


def _load_order(path: Path) -> tuple[str, int, str]:
    """(college, sequence, name) from the signature's trusted comment, to load each college's chain in order.

    Only the order comes from here; every package is fully verified (signature first) right before loading,
    so a comment that lies gets the package refused, not loaded out of order.
    """
    try:
        signature = parse_signature(path.with_name(path.name + ".minisig").read_bytes()[:MAX_SIGNATURE_FILE + 1])
        match = _COMMENT.fullmatch(signature.trusted_comment)
    except (PackageRefused, OSError):
        match = None
    return (match.group(1), int(match.group(2)), path.name) if match else ("", 0, path.name)


def _load_one(engine: Engine, package: VerifiedPackage, report: IngestReport, packages: Table) -> None:
    with engine.begin() as conn:
        already = conn.scalar(select(func.count()).select_from(packages).where(packages.c.sha256 == package.sha256))
        if already:
            report.skipped.append(package.path.name)
            return
        check_chain(package.manifest, _DatabaseLedger(conn))
        _load(conn, package)
    report.loaded.append(package.path.name)


def ingest_folder(folder: Path, engine: Engine, keys: Mapping[bytes, KeyRecord], *, now: dt.datetime,
                  ovec_key: X25519PrivateKey | None = None) -> IngestReport:
    """Verify and load every `*.zip` in `folder` (with its `.minisig`), per college in sequence order.

    One package is held in memory at a time and loaded in its own transaction; one already loaded (same
    SHA-256) is skipped unchanged, so loading a folder twice changes nothing.
    """
    metadata = ministry_metadata()
    metadata.create_all(engine)
    packages = metadata.tables[PREFIX + "package"]
    report = IngestReport()
    for _college, _sequence, name in sorted(_load_order(path) for path in folder.glob("*.zip")):
        try:
            _load_one(engine, verify_package(folder / name, keys, now=now, ovec_key=ovec_key), report, packages)
        except PackageRefused as refusal:
            report.refused.append((name, refusal))
        except DBAPIError as error:  # a value the database rejects (e.g. out of range): this package only
            detail = str(error.orig or error).splitlines()[0][:120]
            report.refused.append((name, PackageRefused("pkg_load_failed", detail=detail)))
    return report
