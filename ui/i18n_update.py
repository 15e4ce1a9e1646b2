"""Developer tool: collect every tr() text of ui/ into the Thai .ts, compile the .qm, list what needs Thai text.

Usage: python -m ui.i18n_update     (then translate with pyside6-linguist resources/i18n/vocdesk_th.ts, run again)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from vocdesk.paths import app_root


def main() -> int:
    root = app_root()
    tools = Path(sys.executable).parent
    ts = root / "resources" / "i18n" / "vocdesk_th.ts"
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts), "-source-language", "en",
                    "-target-language", "th", "-locations", "relative", "-no-obsolete"], check=True)
    unfinished = [message.findtext("source") or "" for message in ET.parse(ts).iter("message")
                  if (message.find("translation") is not None
                      and message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    for text in unfinished:
        print(f"needs Thai: {text!r}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
