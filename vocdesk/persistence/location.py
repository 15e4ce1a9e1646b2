"""Refuses SQLite files on network shares or cloud-sync folders, where SQLite locking is unsafe."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vocdesk.errors import DatabaseError

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2",
     "fuse.rclone", "fuse.gvfsd-fuse", "ceph", "glusterfs", "fuse.glusterfs", "lustre"}
)
CLOUD_SYNC_MARKERS = (
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud", "box sync", "pcloud",
)


def _is_unc(text: str) -> bool:
    return text.startswith("\\\\") or text.startswith("//")


def _linux_fs_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def _windows_drive_is_remote(path: Path) -> bool:
    if sys.platform != "win32":  # also tells mypy that ctypes.windll exists below
        return False
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def check_local_database_path(path: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Raise `DatabaseError('db_not_local', path=...)` when the file would live on shared storage."""
    raw = str(path)
    if _is_unc(raw):
        raise DatabaseError("db_not_local", path=raw, reason="network_share")
    lowered = raw.lower().replace("\\", "/")
    for marker in CLOUD_SYNC_MARKERS:
        if f"/{marker}" in lowered:
            raise DatabaseError("db_not_local", path=raw, reason="cloud_sync")
    resolved = path.expanduser().absolute()
    if sys.platform == "win32":
        if _windows_drive_is_remote(resolved):
            raise DatabaseError("db_not_local", path=raw, reason="network_share")
        return
    probe = resolved
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    fs_type = _linux_fs_type(probe.resolve(), mounts_file)
    if fs_type is not None and fs_type.lower() in NETWORK_FILESYSTEMS:
        raise DatabaseError("db_not_local", path=raw, reason="network_share", fs=fs_type)
