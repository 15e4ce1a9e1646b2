"""Bundle checks for what the slimming could break: Thai collation on the slim ICU data, Word documents via lxml."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

# Written by hand in the order of a Thai dictionary (ฯลฯ first: Thai's own collation rule, which ICU's root order
# would put last; leading vowels เ แ โ ใ ไ skipped; digits compared as numbers; case ignored).
THAI_WORDS = ("ไข่", "item 10", "ฮูก", "กา", "banana", "ขวด", "ใจ", "ฯลฯ", "เข็ม", "Apple", "โค", "แกะ", "ไก่", "งู",
              "item 9", "คน", "อ่าง")
THAI_ORDER = ["ฯลฯ", "กา", "แกะ", "ไก่", "ขวด", "เข็ม", "ไข่", "คน", "โค", "งู", "ใจ", "อ่าง", "ฮูก", "Apple", "banana",
              "item 9", "item 10"]
_PROBE = """
import json, sys
from ui.models.collation import thai_sorted
order = thai_sorted(json.loads(sys.argv[1]))
icu = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][:1]
print(json.dumps({"order": order, "icu": icu}))
"""
MAX_ICU_DATA_MB = 8.0
_WORD_TEXT = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")


class SlimCheckFailed(Exception):
    """The slim bundle lost something the app needs; the message says what."""


def check_thai_collation(bundle_internal: Path, root: Path) -> None:
    """QCollator through the bundle's own Qt and ICU libraries orders Thai words as a dictionary does.

    The frozen program runs no probe scripts, so the source tree's Python loads PySide6 with LD_LIBRARY_PATH on the
    bundle's Qt folder (searched before PySide6's own RUNPATH): Qt, and with it ICU's data, come from the bundle."""
    import json

    qt_lib = bundle_internal / "PySide6" / "Qt" / "lib"
    data = next(qt_lib.glob("libicudata.so.*"), None)
    if data is None:
        print("== Thai collation: no ICU in this bundle's Qt (Windows Qt uses the system's)")
        return
    if data.stat().st_size / 1e6 > MAX_ICU_DATA_MB:
        raise SlimCheckFailed(f"{data.name} is {data.stat().st_size / 1e6:.0f} MB: the slim ICU data was not used")
    env = {**os.environ, "LD_LIBRARY_PATH": str(qt_lib), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(THAI_WORDS, ensure_ascii=False)], cwd=root,
                          env=env, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SlimCheckFailed(f"Thai collation probe failed:\n{done.stderr}")
    found = json.loads(done.stdout)
    if found["icu"] != [str(data)]:
        raise SlimCheckFailed(f"the probe loaded ICU data from {found['icu']}, not from the bundle's {data}")
    if found["order"] != THAI_ORDER:
        raise SlimCheckFailed(f"Thai collation with the bundle's ICU data: {found['order']}, expected {THAI_ORDER}")
    print(f"== Thai collation: the bundle's ICU data ({data.stat().st_size / 1e6:.1f} MB) orders Thai as a dictionary")


def word_texts(document: Path) -> list[str]:
    """The text runs of a .docx's body, in order."""
    with zipfile.ZipFile(document) as archive:
        body = archive.read("word/document.xml")
    return [match.decode("utf-8") for match in _WORD_TEXT.findall(body)]


def check_word_documents(run_frozen: Callable[[list[str]], object], run_source: Callable[[list[str]], None],
                         home: Path) -> None:
    """A placement's document set from the bundle (python-docx on lxml.etree) has the same Word text as the
    source tree's: the lxml parts left out are not needed for writing .docx files."""
    frozen, source = home / "documents-bundle", home / "documents-source"
    run_frozen(["dual", "documents", "P1", "--out", str(frozen)])
    run_source(["dual", "documents", "P1", "--out", str(source)])
    documents = sorted(path.name for path in source.glob("*.docx"))
    if not documents:
        raise SlimCheckFailed("dual documents P1 wrote no .docx from the source tree: nothing to compare")
    for name in documents:
        if not (frozen / name).is_file():
            raise SlimCheckFailed(f"dual documents: the bundle wrote no {name}")
        frozen_text, source_text = word_texts(frozen / name), word_texts(source / name)
        if frozen_text != source_text or not any(re.search("[ก-๙]", text) for text in frozen_text):
            raise SlimCheckFailed(f"dual documents: the bundle's {name} text differs from the source tree's")
    print(f"== Word documents: {', '.join(documents)} from the bundle read the same as the source tree's")
