"""Atomic file writes: a temporary file beside the target, fsync, rename, fsync the folder; no debris on failure."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to the disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; Windows cannot open a folder for this, and needs nothing."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def temporary_name(target: Path) -> Path:
    """A hidden, unique name beside `target` (same folder, so the final rename stays on one file system)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


@contextlib.contextmanager
def atomic_path(target: Path, *, permissions: int = 0o666, exclusive: bool = False) -> Iterator[Path]:
    """Yield an empty temporary file beside `target` to be written by path; move it into place on success.

    On any exception, cancellation included, the temporary file is removed and an older `target` is untouched.
    `permissions` are applied through the umask at creation (0o600: the owner only). With `exclusive`, an
    existing `target` is never replaced: FileExistsError, and the temporary file is removed.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(target)
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, permissions))
    try:
        if exclusive and target.exists():
            raise FileExistsError(str(target))
        yield temporary
        fsync_file(temporary)
        if exclusive:
            os.link(temporary, target)  # fails if target appeared meanwhile; never overwrites
            temporary.unlink()
        else:
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_set_atomic(files: dict[Path, bytes]) -> None:
    """Write several files as one set: each to a temporary file and fsync'd, then all renamed into place and
    each folder fsync'd once (not once per file). A failure before the renames leaves no file of the set."""
    temporaries: dict[Path, Path] = {}
    try:
        for target, data in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = temporaries[target] = temporary_name(target)
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for target, temporary in temporaries.items():
            os.replace(temporary, target)
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise
    for folder in {target.parent for target in files}:
        fsync_folder(folder)


@contextlib.contextmanager
def atomic_open(target: Path, mode: str = "w", *, encoding: str | None = None, newline: str | None = None,
                permissions: int = 0o666, exclusive: bool = False) -> Iterator[IO[Any]]:
    """Like `open(target, mode)` for writing ("w" or "wb"), but `target` appears only complete."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only, mode {mode!r}")
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    with atomic_path(target, permissions=permissions, exclusive=exclusive) as temporary, \
            temporary.open(mode, encoding=encoding, newline=newline) as handle:
        yield handle


def write_bytes_atomic(target: Path, data: bytes, *, permissions: int = 0o666, exclusive: bool = False) -> None:
    """Replace (or, with `exclusive`, create) `target` with `data` in one step."""
    with atomic_open(target, "wb", permissions=permissions, exclusive=exclusive) as handle:
        handle.write(data)


def write_text_atomic(target: Path, text: str, *, encoding: str = "utf-8", permissions: int = 0o666,
                      exclusive: bool = False) -> None:
    """Replace (or, with `exclusive`, create) `target` with `text` in one step."""
    with atomic_open(target, "w", encoding=encoding, permissions=permissions, exclusive=exclusive) as handle:
        handle.write(text)
