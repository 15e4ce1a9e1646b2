"""The ministry-side verifier: signature first, then archive, manifest, files and chain; refusals are one line."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.manifest import GENESIS_SHA256, MANIFEST_NAME, FileEntry, Manifest, manifest_from_bytes
from vocdesk.io.package.members import Limits, check_member, read_bounded
from vocdesk.io.package.minisign import PublicKey, Signature, blake2b_of, key_id_text, parse_signature
from vocdesk.io.package.sealing import SCHEME, open_sealed

CLOCK_SKEW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class KeyRecord:
    """A public key the ministry knows: which college it belongs to (once seen) and whether it was revoked."""

    public: PublicKey
    college_code: str | None = None
    revoked: bool = False


@dataclass(frozen=True)
class Seen:
    """The newest package accepted so far from one college."""

    sequence: int
    sha256: str


class Ledger(Protocol):
    """Where the verifier learns the newest package already accepted per college."""

    def last_seen(self, college_code: str) -> Seen | None: ...


@dataclass(frozen=True)
class VerifiedPackage:
    """A package that passed every check; `tables` maps file path to its CSV bytes (decrypted where possible)."""

    path: Path
    sha256: str
    manifest: Manifest
    trusted_comment: str
    tables: Mapping[str, bytes] = field(repr=False)
    sealed_unread: tuple[str, ...] = ()


def _read_limited(path: Path, limit: int, code: str) -> bytes:
    try:
        if not path.is_file():
            raise PackageRefused(code, path=str(path))
        if path.stat().st_size > limit:
            raise PackageRefused("pkg_too_large", path=str(path))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise PackageRefused(code, path=str(path)) from error
    if len(data) > limit:
        raise PackageRefused("pkg_too_large", path=str(path))
    return data


def _check_signature(data: bytes, signature: Signature, keys: Mapping[bytes, KeyRecord]) -> KeyRecord:
    record = keys.get(signature.key_id)
    if record is None:
        raise PackageRefused("pkg_key_unknown", key_id=key_id_text(signature.key_id))
    if record.revoked:
        raise PackageRefused("pkg_key_revoked", key_id=key_id_text(signature.key_id))
    signature.verify(record.public, blake2b_of([data]))
    return record


def _count_rows(data: bytes, entry: FileEntry) -> int:
    try:
        reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True)
        header = next(reader, None)
        if header is None or tuple(header) != entry.schema.names:
            raise PackageRefused("pkg_file_header", path=entry.path)
        width, rows = len(header), 0
        for row in reader:
            if len(row) != width:
                raise PackageRefused("pkg_file_row_width", path=entry.path, row=rows + 2)
            rows += 1
    except (UnicodeDecodeError, csv.Error) as error:
        raise PackageRefused("pkg_file_not_csv", path=entry.path) from error
    return rows


def _check_files(archive: zipfile.ZipFile, manifest: Manifest, package_sha: str, limits: Limits,
                 ovec_key: X25519PrivateKey | None) -> tuple[dict[str, bytes], tuple[str, ...]]:
    infos = {info.filename: info for info in archive.infolist()}
    declared = {entry.path: entry for entry in manifest.files}
    extra = sorted(set(infos) - set(declared) - {MANIFEST_NAME})
    if extra:
        raise PackageRefused("pkg_member_extra", name=extra[0][:80])
    missing = sorted(set(declared) - set(infos))
    if missing:
        raise PackageRefused("pkg_member_missing", name=missing[0][:80])
    if sum(entry.size for entry in manifest.files) > limits.max_total_bytes:
        raise PackageRefused("pkg_too_large", path=str(package_sha[:12]))
    tables: dict[str, bytes] = {}
    sealed_unread: list[str] = []
    for entry in manifest.files:
        info = infos[entry.path]
        if info.file_size != entry.size:
            code = "pkg_member_larger" if info.file_size > entry.size else "pkg_member_size"
            raise PackageRefused(code, name=entry.path)
        data = read_bounded(archive, info, entry.size)
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise PackageRefused("pkg_file_hash", path=entry.path)
        if entry.sealing is not None:
            if entry.sealing.scheme != SCHEME:
                raise PackageRefused("pkg_manifest_field", field="files.encryption")
            if ovec_key is None:
                sealed_unread.append(entry.path)
                continue
            data = open_sealed(data, entry.sealing.ephemeral_public, ovec_key, manifest.package_id, entry.path)
        if _count_rows(data, entry) != entry.rows:
            raise PackageRefused("pkg_file_rows", path=entry.path)
        tables[entry.path] = data
    return tables, tuple(sealed_unread)


def check_chain(manifest: Manifest, ledger: Ledger | None) -> None:
    """Refuse replays, rollbacks, gaps and a previous-package hash that is not the last one accepted."""
    if ledger is None:
        return
    last = ledger.last_seen(manifest.college_code)
    if last is None:
        if manifest.sequence == 1 and manifest.previous_sha256 != GENESIS_SHA256:
            raise PackageRefused("pkg_previous_hash", sequence=manifest.sequence)
        return
    if manifest.sequence <= last.sequence:
        raise PackageRefused("pkg_sequence_old", sequence=manifest.sequence, last=last.sequence)
    if manifest.sequence != last.sequence + 1:
        raise PackageRefused("pkg_sequence_gap", sequence=manifest.sequence, last=last.sequence)
    if manifest.previous_sha256 != last.sha256:
        raise PackageRefused("pkg_previous_hash", sequence=manifest.sequence)


def _verify(path: Path, signature_path: Path, keys: Mapping[bytes, KeyRecord], now: dt.datetime,
            ledger: Ledger | None, limits: Limits, ovec_key: X25519PrivateKey | None) -> VerifiedPackage:
    signature = parse_signature(_read_limited(signature_path, 4096, "pkg_signature_missing"))
    data = _read_limited(path, limits.max_package_bytes, "pkg_missing")
    record = _check_signature(data, signature, keys)  # nothing inside the package is parsed before this
    sha256 = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise PackageRefused("pkg_member_count", count=len(infos))
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise PackageRefused("pkg_member_duplicate", name=next(n for n in names if names.count(n) > 1)[:80])
        for info in infos:
            check_member(info, limits)
        if MANIFEST_NAME not in names:
            raise PackageRefused("pkg_manifest_missing")
        manifest_info = archive.getinfo(MANIFEST_NAME)
        if manifest_info.file_size > limits.max_manifest_bytes:
            raise PackageRefused("pkg_too_large", path=MANIFEST_NAME)
        manifest = manifest_from_bytes(read_bounded(archive, manifest_info, manifest_info.file_size))
        if manifest.sequence < 1:
            raise PackageRefused("pkg_manifest_field", field="sequence")
        if manifest.signing_key_id != key_id_text(signature.key_id):
            raise PackageRefused("pkg_key_mismatch")
        if record.college_code is not None and record.college_code != manifest.college_code:
            raise PackageRefused("pkg_key_college", college=manifest.college_code)
        if signature.trusted_comment != manifest.trusted_comment():
            raise PackageRefused("pkg_trusted_comment")
        if manifest.created > now + CLOCK_SKEW:
            raise PackageRefused("pkg_future", created_at=manifest.created_at)
        tables, sealed_unread = _check_files(archive, manifest, sha256, limits, ovec_key)
    check_chain(manifest, ledger)
    return VerifiedPackage(path, sha256, manifest, signature.trusted_comment, tables, sealed_unread)


def verify_package(path: Path, keys: Mapping[bytes, KeyRecord], *, now: dt.datetime, ledger: Ledger | None = None,
                   signature_path: Path | None = None, limits: Limits | None = None,
                   ovec_key: X25519PrivateKey | None = None) -> VerifiedPackage:
    """Verify `path` against `path.minisig`; raises only PackageRefused, whatever the input."""
    sig = signature_path or path.with_name(path.name + ".minisig")
    try:
        return _verify(path, sig, keys, now, ledger, limits or Limits(), ovec_key)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise PackageRefused("pkg_not_zip", detail=str(error)[:120]) from error
    except Exception as error:  # a hostile archive can trip any parser error: it is a refusal, never a crash
        raise PackageRefused("pkg_malformed", detail=f"{type(error).__name__}: {str(error)[:100]}") from error
