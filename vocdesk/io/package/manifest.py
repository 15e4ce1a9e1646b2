"""The package manifest (format version 1): header, per-file entries with a table schema, strict (de)serialising."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from vocdesk.io.package.canonical import canonical_bytes, parse_canonical
from vocdesk.io.package.errors import PackageRefused

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
GENESIS_SHA256 = "0" * 64
FIELD_TYPES = ("string", "integer", "number", "boolean", "date")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PATH = re.compile(r"[a-z0-9][a-z0-9_\-]{0,62}\.csv")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,62}")


@dataclass(frozen=True)
class Field:
    """One CSV column: std2018-style name, Frictionless type, description."""

    name: str
    type: str = "string"
    description: str = ""


@dataclass(frozen=True)
class TableSchema:
    """A Frictionless-style table schema: ordered fields and the primary key."""

    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    def to_dict(self) -> dict[str, Any]:
        return {"fields": [{"name": f.name, "type": f.type, "description": f.description} for f in self.fields],
                "primaryKey": list(self.primary_key)}


@dataclass(frozen=True)
class Sealing:
    """How a personal file is encrypted to OVEC (absent when the file is in clear)."""

    scheme: str
    ephemeral_public: str


@dataclass(frozen=True)
class FileEntry:
    """A data file of the package as declared in the manifest; size and hash are of the bytes in the ZIP."""

    path: str
    table: str
    size: int
    rows: int
    sha256: str
    schema: TableSchema
    pseudonymised: tuple[str, ...] = ()
    sealing: Sealing | None = None

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] = {"path": self.path, "table": self.table, "size": self.size, "rows": self.rows,
                                 "sha256": self.sha256, "schema": self.schema.to_dict(),
                                 "pseudonymised": list(self.pseudonymised)}
        if self.sealing is not None:
            value["encryption"] = {"scheme": self.sealing.scheme, "ephemeral_public": self.sealing.ephemeral_public}
        return value


@dataclass(frozen=True)
class Manifest:
    """Everything `manifest.json` says about a package."""

    package_id: str
    college_code: str
    college_name: str
    period: str
    sequence: int
    previous_sha256: str
    created_at: str
    signing_key_id: str
    audit_chain_head: str
    pseudonym_key_id: str
    files: tuple[FileEntry, ...]
    format_version: int = FORMAT_VERSION
    audit_chain_count: int | None = None  # optional: records in the chain up to the head (packages since 2026-11)

    def to_dict(self) -> dict[str, Any]:
        document = {
            "format_version": self.format_version, "package_id": self.package_id,
            "college": {"code": self.college_code, "name": self.college_name}, "period": self.period,
            "sequence": self.sequence, "previous_sha256": self.previous_sha256, "created_at": self.created_at,
            "signing_key_id": self.signing_key_id, "audit_chain_head": self.audit_chain_head,
            "pseudonym_key_id": self.pseudonym_key_id, "files": [entry.to_dict() for entry in self.files],
        }
        if self.audit_chain_count is not None:
            document["audit_chain_count"] = self.audit_chain_count
        return document

    def to_bytes(self) -> bytes:
        return canonical_bytes(self.to_dict())

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def trusted_comment(self) -> str:
        """The signed one-liner minisign shows: college, period and sequence."""
        return f"vocdesk-package college={self.college_code} period={self.period} sequence={self.sequence}"


def _bad(field: str) -> PackageRefused:
    return PackageRefused("pkg_manifest_field", field=field)


def _keys(value: Any, required: set[str], field: str, optional: frozenset[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(value, dict) or not required <= set(value) or not set(value) <= required | optional:
        raise _bad(field)
    return value


def _text(value: Any, field: str, pattern: re.Pattern[str] | None = None, limit: int = 300) -> str:
    if not isinstance(value, str) or len(value) > limit or (pattern is not None and not pattern.fullmatch(value)):
        raise _bad(field)
    return value


def _count(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 53:
        raise _bad(field)
    return value


def _schema(value: Any, field: str) -> TableSchema:
    schema = _keys(value, {"fields", "primaryKey"}, field)
    raw_fields, primary = schema["fields"], schema["primaryKey"]
    if not isinstance(raw_fields, list) or not 0 < len(raw_fields) <= 200 or not isinstance(primary, list):
        raise _bad(field)
    fields = []
    for item in raw_fields:
        entry = _keys(item, {"name", "type", "description"}, field)
        if entry["type"] not in FIELD_TYPES:
            raise _bad(field)
        fields.append(Field(_text(entry["name"], field, _NAME), entry["type"], _text(entry["description"], field)))
    names = [f.name for f in fields]
    keys = tuple(_text(name, field, _NAME) for name in primary)
    if len(set(names)) != len(names) or not set(keys) <= set(names):
        raise _bad(field)
    return TableSchema(tuple(fields), keys)


def _entry(value: Any) -> FileEntry:
    item = _keys(value, {"path", "table", "size", "rows", "sha256", "schema", "pseudonymised"}, "files",
                 frozenset({"encryption"}))
    sealing = None
    if "encryption" in item:
        enc = _keys(item["encryption"], {"scheme", "ephemeral_public"}, "files.encryption")
        sealing = Sealing(_text(enc["scheme"], "files.encryption"), _text(enc["ephemeral_public"], "files.encryption"))
    schema = _schema(item["schema"], "files.schema")
    pseudo = item["pseudonymised"]
    if not isinstance(pseudo, list) or not {_text(p, "files.pseudonymised") for p in pseudo} <= set(schema.names):
        raise _bad("files.pseudonymised")
    return FileEntry(path=_text(item["path"], "files.path", _PATH), table=_text(item["table"], "files.table", _NAME),
                     size=_count(item["size"], "files.size"), rows=_count(item["rows"], "files.rows"),
                     sha256=_text(item["sha256"], "files.sha256", _HEX64), schema=schema,
                     pseudonymised=tuple(pseudo), sealing=sealing)


def manifest_from_bytes(data: bytes) -> Manifest:
    """Parse canonical manifest bytes; every field is type- and shape-checked, unknown keys are refused."""
    document = parse_canonical(data)
    if document.get("format_version") != FORMAT_VERSION:
        raise PackageRefused("pkg_format_version", version=str(document.get("format_version"))[:20])
    top = _keys(document, {"format_version", "package_id", "college", "period", "sequence", "previous_sha256",
                           "created_at", "signing_key_id", "audit_chain_head", "pseudonym_key_id", "files"}, "manifest",
                frozenset({"audit_chain_count"}))
    college = _keys(top["college"], {"code", "name"}, "college")
    created_at = _text(top["created_at"], "created_at", limit=40)
    try:
        if dt.datetime.fromisoformat(created_at).tzinfo is None:
            raise _bad("created_at")
    except ValueError as error:
        raise _bad("created_at") from error
    files = top["files"]
    if not isinstance(files, list) or not 0 < len(files) <= 64:
        raise _bad("files")
    entries = tuple(_entry(item) for item in files)
    if len({entry.path for entry in entries}) != len(entries):
        raise _bad("files.path")
    return Manifest(
        package_id=_text(top["package_id"], "package_id", re.compile(r"[0-9a-f]{32}")),
        college_code=_text(college["code"], "college.code", re.compile(r"[0-9]{10}")),
        college_name=_text(college["name"], "college.name"),
        period=_text(top["period"], "period", re.compile(r"[1-3]/[0-9]{4}|FY[0-9]{4}")),
        sequence=_count(top["sequence"], "sequence"),
        previous_sha256=_text(top["previous_sha256"], "previous_sha256", _HEX64),
        created_at=created_at,
        signing_key_id=_text(top["signing_key_id"], "signing_key_id", re.compile(r"[0-9A-F]{16}")),
        audit_chain_head=_text(top["audit_chain_head"], "audit_chain_head", _HEX64),
        pseudonym_key_id=_text(top["pseudonym_key_id"], "pseudonym_key_id", re.compile(r"[0-9a-f]{16}")),
        files=entries,
        audit_chain_count=_count(top["audit_chain_count"], "audit_chain_count") if "audit_chain_count" in top else None,
    )
