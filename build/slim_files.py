"""Files of third-party packages that a package's PyInstaller hook collects but VocDesk never opens or imports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, kind)

# Bundle destination paths (forward slashes) left out, each with why it is never read.
UNUSED_FILES: tuple[tuple[re.Pattern[str], str], ...] = (
    # python-docx opens templates/default.docx and the default-*.xml parts; this folder is the unzipped source of
    # default.docx, kept in the wheel for its maintainers.
    (re.compile(r"^docx/templates/default-docx-template/"), "python-docx's unzipped template source"),
    # python-stdnum's number databases (MAC vendors, IMSI, ISBN ranges, IBAN…): the app validates Thai tax IDs
    # (stdnum.th.tin), which need no database.
    (re.compile(r"^stdnum/[^/]+\.dat$"), "python-stdnum's databases for other number formats"),
    # rapidfuzz ships each C++ module twice, generic (SSE2) and AVX2; without the AVX2 copy it imports the generic
    # one (rapidfuzz/fuzz.py falls back on ImportError), which also runs on CPUs without AVX2.
    (re.compile(r"^rapidfuzz/(.+/)?[A-Za-z_]+_avx2\.[^/]+$"), "rapidfuzz's AVX2 duplicates of its C++ modules"),
)


def unused_reason(dest: str) -> str | None:
    """Why the bundle can do without the file at `dest`, or None when it is kept."""
    path = dest.replace("\\", "/")
    return next((why for pattern, why in UNUSED_FILES if pattern.search(path)), None)


def drop_unused_files(binaries: Iterable[Entry], datas: Iterable[Entry]) -> tuple[list[Entry], list[Entry], int]:
    """`binaries` and `datas` without the UNUSED_FILES, and how many bytes that leaves out."""
    kept_binaries: list[Entry] = []
    kept_datas: list[Entry] = []
    saved = 0
    for entries, kept in ((binaries, kept_binaries), (datas, kept_datas)):
        for entry in entries:
            if unused_reason(entry[0]) is None:
                kept.append(entry)
            elif entry[2] != "SYMLINK":
                saved += Path(entry[1]).stat().st_size
    return kept_binaries, kept_datas, saved
