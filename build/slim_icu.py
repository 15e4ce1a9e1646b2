"""A smaller ICU data library for Qt on Linux: the root, English and Thai locales, no converters or transliterators."""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

# Qt uses ICU data on Linux for QCollator (the Thai order of ui/models/collation.py) and case mapping; locale
# names, number and date formats come from Qt's own CLDR tables. English stays for an English system locale.
KEPT_LOCALES = frozenset({"root", "en", "en_US", "en_US_POSIX", "en_001", "en_GB", "th", "th_TH"})
# Transliteration (ICU's Transliterator) and the legacy code pages (.cnv: Qt reads and writes UTF-8/UTF-16 with its
# own codecs) are never asked for; of the word-break dictionaries only Thai could be.
DROPPED_TREES = ("translit/",)
DROPPED_SUFFIXES = (".cnv",)
DROPPED_DICTIONARY = re.compile(r"^brkitr/(?!thaidict\.dict$)[^/]+\.dict$")
_LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # th, zh_Hant_TW, en_US_POSIX; not root, pool, plurals
_NOT_LOCALES = frozenset({"res_index"})  # looks like a locale id, is each tree's list of locales
_SYMBOL = re.compile(rb"^icudt\d+_dat$")
_LIBRARY = re.compile(r"^libicudata\.so\.\d+$")
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's own tools pad items with


class IcuSlimmingFailed(Exception):
    """The ICU data library could not be read or rebuilt; the message says which step."""


def keep_item(name: str) -> bool:
    """Whether an ICU data item ('coll/th.res', without the 'icudt73l/' package prefix) stays in the data."""
    if name.startswith(DROPPED_TREES) or name.endswith(DROPPED_SUFFIXES) or DROPPED_DICTIONARY.match(name):
        return False
    stem, _, suffix = name.rpartition("/")[2].rpartition(".")
    if suffix != "res" or stem in _NOT_LOCALES or not _LOCALE_ID.match(stem):
        return True
    return stem in KEPT_LOCALES


def _data_symbol(elf: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the `icudtNN_dat` object that libicudata exports (64-bit little-endian ELF)."""
    if elf[:6] != b"\x7fELF\x02\x01":
        raise IcuSlimmingFailed("libicudata is not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + index * shentsize) for index in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for entry in range(offset, offset + size, entsize):
            name_at, _info_byte, _other, shndx, value, length = struct.unpack_from("<IBBHQQ", elf, entry)
            name = elf[strings + name_at:elf.index(b"\0", strings + name_at)]
            if _SYMBOL.match(name) and shndx != 0:
                section = sections[shndx]
                return name.decode(), value - section[3] + section[4], length
    raise IcuSlimmingFailed("libicudata exports no icudtNN_dat symbol")


def _items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The common-data header and every (name, data) item of an ICU .dat package (format 'CmnD')."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuSlimmingFailed("the ICU data is not a common-data package (CmnD)")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * index) for index in range(count)]
    ends = [data_at for _name_at, data_at in entries[1:]] + [len(blob) - header_size]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        start = header_size + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[header_size + data_at:header_size + end]))
    return blob[:header_size], items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU .dat package of `items` (kept in their sorted order: ICU looks names up by binary search)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    table_size = 4 + 8 * len(items)
    data_at = -(-(table_size + len(names)) // _ALIGN) * _ALIGN
    entries, body, name_at, body_size = [], [], table_size, 0
    for name, data in items:
        entries.append(struct.pack("<II", name_at, data_at + body_size))
        name_at += len(name) + 1
        body.append(data + _PAD * (-len(data) % _ALIGN))
        body_size += len(body[-1])
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + table + _PAD * (data_at - len(table)) + b"".join(body)


def slim_icu_library(library: Path, work: Path) -> tuple[Path, int, int]:
    """Rebuild `library` (libicudata.so.NN) in `work` with only the kept items; (new library, items kept, dropped).

    Needs a C compiler (`cc`, installed with the app's build packages) to link the data into a shared library
    exporting the same symbol and soname, so libicuuc finds it as before."""
    elf = library.read_bytes()
    symbol, offset, size = _data_symbol(elf)
    header, items = _items(elf[offset:offset + size])
    prefix = items[0][0].split("/", 1)[0] + "/"
    kept = [(name, data) for name, data in items if keep_item(name.removeprefix(prefix))]
    work.mkdir(parents=True, exist_ok=True)
    dat, assembly, output = work / f"{prefix[:-1]}.dat", work / "icudata.S", work / library.name
    dat.write_bytes(_package(header, kept))
    assembly.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {_ALIGN}\n{symbol}:\n'
        f'\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    command = ["cc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}", "-o", str(output), str(assembly)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise IcuSlimmingFailed(f"linking the ICU data failed: {' '.join(command)}\n{done.stderr}")
    return output, len(kept), len(items) - len(kept)


def with_slim_icu(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """`binaries` (PyInstaller TOC entries) with Qt's libicudata replaced by the slim rebuild (Linux; Windows Qt
    carries no ICU of its own, so there is nothing to replace)."""
    slimmed = []
    for dest, source, kind in binaries:
        if _LIBRARY.match(Path(dest).name) and kind == "BINARY":
            output, kept, dropped = slim_icu_library(Path(source), work)
            print(f"slim_icu: {Path(source).stat().st_size / 1e6:.1f} MB -> {output.stat().st_size / 1e6:.1f} MB "
                  f"({kept} ICU data items kept, {dropped} dropped)")
            source = str(output)
        slimmed.append((dest, source, kind))
    return slimmed
