"""PySide6's import hook reads each imported module's source; the app keeps those lines out of memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vocdesk.paths import app_root

PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from PySide6.support import feature
if sys.argv[2] == "fixed":
    from ui.pyside_source_cache import stop_caching_imported_sources
    stop_caching_imported_sources()
import plain_module, qt_module
print(sum(module.__file__ in linecache.cache for module in (plain_module, qt_module)),
      feature.pyside_feature_dict["plain_module"], feature.pyside_feature_dict["qt_module"])
"""


def imported_after_pyside(tmp_path: Path, mode: str) -> str:
    (tmp_path / "plain_module.py").write_text("ROWS = [n for n in range(10)]\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), mode], cwd=app_root(), capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_modules_imported_after_pyside_leave_no_source_lines_behind(tmp_path: Path) -> None:
    # what PySide6 does by itself: both modules' sources stay cached (2,000 lines of one); it records who uses it
    assert imported_after_pyside(tmp_path, "plain") == "2 -1 0"
    # with the app's guard: the same answers (-1 does not use PySide6, 0 does), and no source kept
    assert imported_after_pyside(tmp_path, "fixed") == "0 -1 0"
