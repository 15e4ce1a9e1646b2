"""build/slim_icu.py: Qt's ICU data repacked with only the root, English and Thai locales."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build"))
import slim_icu

_PYSIDE = importlib.util.find_spec("PySide6")  # located, not imported: these tests need no Qt
_QT_LIB = Path(_PYSIDE.origin).parent / "Qt" / "lib" if _PYSIDE and _PYSIDE.origin else Path("no-pyside6")
QT_ICU = next(_QT_LIB.glob("libicudata.so.*"), None)
needs_qt_icu = pytest.mark.skipif(QT_ICU is None, reason="this PySide6 carries no ICU of its own (Windows, macOS)")


def _package_of(library: Path) -> bytes:
    elf = library.read_bytes()
    _name, offset, size = slim_icu._data_symbol(elf)
    return elf[offset:offset + size]


@needs_qt_icu
def test_repacking_every_item_gives_back_qts_icu_data_byte_for_byte() -> None:
    assert QT_ICU is not None
    blob = _package_of(QT_ICU)
    header, items = slim_icu._items(blob)
    assert len(items) > 3000
    assert slim_icu._package(header, items) == blob


@pytest.mark.parametrize(("item", "kept"), [
    ("coll/th.res", True),
    ("coll/root.res", True),
    ("coll/ucadata.icu", True),
    ("coll/zh.res", False),
    ("coll/res_index.res", True),
    ("coll/pool.res", True),
    ("th_TH.res", True),
    ("en_US_POSIX.res", True),
    ("zh_Hant_TW.res", False),
    ("de.res", False),
    ("supplementalData.res", True),
    ("likelySubtags.res", True),
    ("nfkc.nrm", True),
    ("ibm-943_P15A-2003.cnv", False),
    ("translit/root.res", False),
    ("brkitr/cjdict.dict", False),
    ("brkitr/thaidict.dict", True),
    ("brkitr/word.brk", True),
])
def test_which_items_stay(item: str, kept: bool) -> None:
    assert slim_icu.keep_item(item) is kept


@needs_qt_icu
@pytest.mark.skipif(shutil.which("cc") is None, reason="linking the data needs a C compiler")
def test_the_slim_library_holds_the_thai_collation_and_not_the_chinese(tmp_path: Path) -> None:
    assert QT_ICU is not None
    output, kept, dropped = slim_icu.slim_icu_library(QT_ICU, tmp_path)
    assert output.name == QT_ICU.name
    assert output.stat().st_size < QT_ICU.stat().st_size / 4
    _header, items = slim_icu._items(_package_of(output))
    names = [name.split("/", 1)[1] for name, _data in items]
    assert len(names) == kept and dropped > 3000
    assert {"coll/th.res", "coll/root.res", "coll/ucadata.icu", "root.res", "th.res"} <= set(names)
    assert "coll/zh.res" not in names and "translit/root.res" not in names
    assert names == sorted(names)
