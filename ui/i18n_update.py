"""Developer tool: collect every tr() text of ui/ into the Thai .ts, compile the .qm, list what needs Thai text.

Usage: python -m ui.i18n_update     (then translate with pyside6-linguist resources/i18n/vocdesk_th.ts, run again)

Long Thai translations get zero-width spaces between words (newmm segmenter): Qt on Windows has no libthai and
would otherwise wrap a Thai sentence mid-word or not at all. Doing it here costs nothing at run time.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import with_word_breaks
from vocdesk.io.atomic import atomic_open
from vocdesk.paths import app_root

BREAK_FROM = 30
"""Translations at least this long may wrap in a label; shorter ones (menu items, buttons) never do."""

def add_word_breaks(ts: Path) -> None:
    tree = ET.parse(ts)
    for translation in tree.iter("translation"):
        if translation.text and translation.get("type") != "unfinished":
            translation.text = with_word_breaks(translation.text, BREAK_FROM)
    ET.indent(tree)
    with atomic_open(ts, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def main() -> int:
    root = app_root()
    tools = Path(sys.executable).parent
    ts = root / "resources" / "i18n" / "vocdesk_th.ts"
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts), "-source-language", "en",
                    "-target-language", "th", "-locations", "relative", "-no-obsolete"], check=True)
    add_word_breaks(ts)
    unfinished = [message.findtext("source") or "" for message in ET.parse(ts).iter("message")
                  if (message.find("translation") is not None
                      and message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    qt_ts = ts.with_name("qtbase_th.ts")  # written by hand: Qt's standard button texts, which Qt has no Thai for
    for source in (ts, qt_ts):
        subprocess.run([str(tools / "pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
                       check=True)
    for text in unfinished:
        print(f"needs Thai: {text!r}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
