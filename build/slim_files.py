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
    # rapidfuzz.distance's C++ metrics (Levenshtein, Jaro…): the app scores with fuzz.WRatio and process.extract,
    # whose C++ modules (fuzz_cpp, process_cpp_impl) are self-contained; rapidfuzz.distance, imported but never
    # called, then loads its pure-Python metrics_py instead.
    (re.compile(r"^rapidfuzz/distance/metrics_cpp\.[^/]+$"), "rapidfuzz.distance's C++ metrics, never called"),
)

# Two copies of one library: the first becomes a symbolic link to the second when both were collected.
SAME_LIBRARY: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # Pillow's libXau (X11 authorisation, ABI 6 since 2003, needed only by its libxcb for ImageGrab) is 15 KB of code
    # in a 2.1 MB file that patchelf padded; the build machine's libXau.so.6 is collected for Qt's xcb anyway.
    (re.compile(r"^pillow\.libs/libXau-[0-9a-f]{8}\.so\.6[.0-9]*$"), re.compile(r"^libXau\.so\.6$")),
    # The build machine's OpenSSL 3 (for Python's ssl and hashlib, which ask only for OPENSSL_3.0.0 symbols) and
    # psycopg-binary's newer OpenSSL 3 (for libpq): OpenSSL keeps its ABI within 3.x, so the newer one serves both.
    (re.compile(r"^libcrypto\.so\.3$"), re.compile(r"^psycopg_binary\.libs/libcrypto-[0-9a-f]{8}\.so\.3$")),
    (re.compile(r"^libssl\.so\.3$"), re.compile(r"^psycopg_binary\.libs/libssl-[0-9a-f]{8}\.so\.3$")),
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


def link_same_libraries(binaries: Iterable[Entry]) -> tuple[list[Entry], int]:
    """`binaries` with the first library of each SAME_LIBRARY pair turned into a link to the second (when both are
    there), and how many bytes that leaves out."""
    binaries = list(binaries)
    collected = [entry[0].replace("\\", "/") for entry in binaries if entry[2] != "SYMLINK"]
    linked, saved = [], 0
    for dest, source, kind in binaries:
        path = dest.replace("\\", "/")
        target = next((other for copy, kept in SAME_LIBRARY if copy.match(path) and kind != "SYMLINK"
                       for other in collected if kept.match(other)), None)
        if target is None:
            linked.append((dest, source, kind))
            continue
        saved += Path(source).stat().st_size
        linked.append((dest, "../" * path.count("/") + target, "SYMLINK"))
    return linked, saved
