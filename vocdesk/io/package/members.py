"""ZIP member checks for untrusted packages: names, links, sizes, compression and bounded reading."""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass

from vocdesk.io.package.errors import PackageRefused

_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """Upper bounds that keep a hostile package from exhausting memory or disk."""

    max_package_bytes: int = 512 * 1024 * 1024
    max_members: int = 65
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_manifest_bytes: int = 1024 * 1024
    max_ratio: int = 200


def check_member_name(name: str) -> None:
    """Refuse names that could escape a folder or mean different things on different systems."""
    if not name or len(name) > 255:
        raise PackageRefused("pkg_member_name", name=name[:80])
    if "\\" in name:
        raise PackageRefused("pkg_member_backslash", name=name[:80])
    if name.startswith("/") or _DRIVE.match(name):
        raise PackageRefused("pkg_member_absolute", name=name[:80])
    parts = name.split("/")
    if ".." in parts:
        raise PackageRefused("pkg_member_parent", name=name[:80])
    if any(part in ("", ".") for part in parts) or any(ord(ch) < 32 for ch in name):
        raise PackageRefused("pkg_member_name", name=name[:80])


def check_member(info: zipfile.ZipInfo, limits: Limits) -> None:
    check_member_name(info.filename)
    file_type = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver recorded permissions only
    if (file_type and file_type != stat.S_IFREG) or info.is_dir():
        raise PackageRefused("pkg_member_link", name=info.filename[:80])
    if info.flag_bits & 0x1:
        raise PackageRefused("pkg_member_encrypted", name=info.filename[:80])
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageRefused("pkg_member_compression", name=info.filename[:80])
    if info.file_size > limits.max_member_bytes:
        raise PackageRefused("pkg_member_too_large", name=info.filename[:80])
    if info.file_size > max(info.compress_size, 1024) * limits.max_ratio:
        raise PackageRefused("pkg_member_ratio", name=info.filename[:80])


def read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, declared: int) -> bytes:
    """Read a member but never more than `declared` + 1 bytes: a member larger than declared is refused."""
    with archive.open(info) as handle:
        data = handle.read(declared + 1)
    if len(data) != declared:
        code = "pkg_member_larger" if len(data) > declared else "pkg_member_size"
        raise PackageRefused(code, name=info.filename[:80])
    return data
