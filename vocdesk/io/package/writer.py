"""Writing a package: streams CSV data files into a ZIP under a temporary name, then manifest, signature, rename."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from vocdesk.errors import VocDeskError
from vocdesk.io.atomic import atomic_path
from vocdesk.io.package.manifest import MANIFEST_NAME, FileEntry, Manifest, Sealing, TableSchema
from vocdesk.io.package.minisign import SecretKey
from vocdesk.io.package.sealing import SCHEME, seal

COMPRESSION = zipfile.ZIP_DEFLATED
COMPRESS_LEVEL = 6
CHUNK_ROWS = 5000
FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--

Progress = Callable[[int, int], None]
"""progress(rows written so far, rows in total)."""
Cancelled = Callable[[], bool]


class PackageCancelled(VocDeskError):
    """The user cancelled package creation; nothing was left behind."""

    code = "pkg_cancelled"


@dataclass(frozen=True)
class DataSource:
    """One data file to write: its rows (already minimised and pseudonymised) and whether to seal it."""

    path: str
    table: str
    schema: TableSchema
    rows: Iterable[Sequence[object]]
    row_count: int
    """What the progress bar expects (a table may count more rows than one period yields); the bar ends full."""
    pseudonymised: tuple[str, ...] = ()
    seal_to_ovec: bool = False


@dataclass(frozen=True)
class WrittenPackage:
    """The finished package: where it is, its signature, its SHA-256 and its manifest."""

    path: Path
    signature_path: Path
    sha256: str
    manifest: Manifest


def new_package_id() -> str:
    return uuid.uuid4().hex


def _zip_info(name: str, when: dt.datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = COMPRESSION
    info.external_attr = FILE_MODE
    return info


class _Writer:
    """Shared state of one package write: progress and cancel."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def tick(self, rows: int) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise PackageCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        """Every row is written: the bar shows done of done, whatever the tables' counts expected."""
        if self.progress is not None and self.done != self.total:
            self.total = self.done
            self.progress(self.done, self.total)

    def csv_chunks(self, source: DataSource) -> Iterator[tuple[bytes, int]]:
        """Encoded CSV (header first, CRLF lines) in chunks of CHUNK_ROWS rows, with the row count of each."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(source.schema.names)
        rows = iter(source.rows)
        while True:
            batch = list(itertools.islice(rows, CHUNK_ROWS))
            writer.writerows(batch)
            yield buffer.getvalue().encode("utf-8"), len(batch)
            if len(batch) < CHUNK_ROWS:
                return
            buffer.seek(0)
            buffer.truncate()


def _write_member(archive: zipfile.ZipFile, state: _Writer, source: DataSource, when: dt.datetime,
                  package_id: str, recipient: X25519PublicKey | None) -> FileEntry:
    digest, size, rows = hashlib.sha256(), 0, 0
    sealing = None
    if source.seal_to_ovec and recipient is not None:
        parts = []
        for chunk, count in state.csv_chunks(source):
            parts.append(chunk)
            rows += count
            state.tick(count)
        sealed = seal(b"".join(parts), recipient, package_id, source.path)
        sealing = Sealing(SCHEME, sealed.ephemeral_public)
        archive.writestr(_zip_info(source.path, when), sealed.ciphertext)
        digest.update(sealed.ciphertext)
        size = len(sealed.ciphertext)
    else:
        with archive.open(_zip_info(source.path, when), "w", force_zip64=True) as member:
            for chunk, count in state.csv_chunks(source):
                member.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                rows += count
                state.tick(count)
    return FileEntry(path=source.path, table=source.table, size=size, rows=rows, sha256=digest.hexdigest(),
                     schema=source.schema, pseudonymised=source.pseudonymised, sealing=sealing)


def _digests(path: Path) -> tuple[str, bytes]:
    """SHA-256 (hex, for the history and the chain) and BLAKE2b-512 (for the signature) in one read."""
    sha256, blake = hashlib.sha256(), hashlib.blake2b(digest_size=64)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha256.update(chunk)
            blake.update(chunk)
    return sha256.hexdigest(), blake.digest()


def write_package(target: Path, header: Manifest, sources: Sequence[DataSource], signing_key: SecretKey, *,
                  recipient: X25519PublicKey | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None,
                  before_rename: Callable[[], None] | None = None) -> WrittenPackage:
    """Write `target` and `target.minisig`; `header` gives every manifest field except `files`.

    Work happens under temporary `*.part` names that are renamed only when the package and its signature are
    complete (the package first); on any error or cancel both are removed. `before_rename` may raise to abandon.
    """
    when = header.created
    sig_target = target.with_name(target.name + ".minisig")
    state = _Writer(sum(source.row_count for source in sources), progress, cancelled)
    with atomic_path(sig_target) as sig_part, atomic_path(target) as part:
        with zipfile.ZipFile(part, "w", compression=COMPRESSION, compresslevel=COMPRESS_LEVEL) as archive:
            entries = tuple(_write_member(archive, state, source, when, header.package_id, recipient)
                            for source in sources)
            state.finish()
            manifest = replace(header, files=entries)
            archive.writestr(_zip_info(MANIFEST_NAME, when), manifest.to_bytes())
        sha256, blake = _digests(part)
        sig_part.write_text(signing_key.sign_digest(blake, manifest.trusted_comment()), encoding="utf-8")
        if before_rename is not None:
            before_rename()
    return WrittenPackage(target, sig_target, sha256, manifest)

