"""The gate every file passes before it is parsed: type by content (not name), size, archive and XML checks."""

from __future__ import annotations

import zipfile
from pathlib import Path

from vocdesk.errors import FileRefused
from vocdesk.io.imports.limits import ImportLimits
from vocdesk.io.imports.xml_guard import check_xml_part

XLSX = "xlsx"
CSV = "csv"
ACCEPTED_SUFFIXES = {".xlsx": XLSX, ".xlsm": XLSX, ".csv": CSV}

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_VERIFY_CHUNK = 1024 * 1024
_REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def _head(path: Path, size: int) -> bytes:
    with path.open("rb") as stream:
        return stream.read(size)


def _refuse_ole(path: Path) -> FileRefused:
    """An OLE/CFB container is either an old .xls or an xlsx encrypted with a password."""
    data = path.read_bytes()
    if _ENCRYPTED_STREAM in data:
        return FileRefused("import_encrypted", name=path.name)
    return FileRefused("import_old_xls", name=path.name)


def check_file(path: Path, limits: ImportLimits) -> str:
    """Return the format to read (`xlsx` or `csv`) or raise FileRefused with the reason."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise FileRefused("import_old_xls", name=path.name)
    if suffix not in ACCEPTED_SUFFIXES:
        raise FileRefused("import_file_type", name=path.name, suffix=suffix or "-")
    if not path.is_file():
        raise FileRefused("import_missing", name=path.name)
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise FileRefused("import_too_large", name=path.name, size_mb=size // 2**20,
                          limit_mb=limits.max_file_bytes // 2**20)
    head = _head(path, 8)
    if head.startswith(_OLE_MAGIC):
        raise _refuse_ole(path) if size <= limits.max_file_bytes else FileRefused("import_old_xls", name=path.name)
    kind = ACCEPTED_SUFFIXES[suffix]
    if kind == CSV:
        if head.startswith(_ZIP_MAGIC) or b"\x00" in _head(path, 64 * 1024):
            raise FileRefused("import_disguised", name=path.name, expected="CSV")
        return CSV
    if not head.startswith(_ZIP_MAGIC):
        raise FileRefused("import_disguised", name=path.name, expected="Excel (.xlsx)")
    check_archive(path, limits)
    return XLSX


def check_archive(path: Path, limits: ImportLimits) -> None:
    """Zip-bomb limits from the central directory, then every XML part's prolog through defusedxml."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(path, members, limits)
            names = {info.filename for info in members}
            missing = [part for part in _REQUIRED_PARTS if part not in names]
            if missing:
                raise FileRefused("import_disguised", name=path.name, expected="Excel (.xlsx)")
            for info in members:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    check_xml_part(archive, info, limits.prolog_scan_bytes)
                _verify_member(archive, info)
    except zipfile.BadZipFile as exc:
        raise FileRefused("import_corrupt", detail=str(exc)) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise FileRefused("import_corrupt", detail=str(exc) or type(exc).__name__) from None


def _verify_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Inflate the member up to its declared size and check its CRC: a truncated or tampered archive stops here,
    before the reader trusts it."""
    with archive.open(info) as stream:
        while stream.read(_VERIFY_CHUNK):
            pass


def _check_members(path: Path, members: list[zipfile.ZipInfo], limits: ImportLimits) -> None:
    if len(members) > limits.max_members:
        raise FileRefused("import_zip_members", count=len(members), limit=limits.max_members)
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise FileRefused("import_encrypted", name=path.name)
        if info.file_size > limits.ratio_floor_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                raise FileRefused("import_zip_ratio", part=info.filename, ratio=int(ratio),
                                  limit=int(limits.max_compression_ratio))
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise FileRefused("import_zip_size", limit_mb=limits.max_uncompressed_bytes // 2**20)
