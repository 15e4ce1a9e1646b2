"""VOCDESK_REQUIRE_TOOLS=1 turns a skip for a missing minisign, poppler or PostgreSQL into a failure, and no other."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parents[2] / "conftest.py"
SKIPS = '''import pytest

def test_minisign():
    pytest.skip("stock minisign not installed (apt-get install minisign)")

def test_poppler():
    pytest.skip("poppler-utils (pdftotext, pdffonts) is not installed: apt-get install poppler-utils")

def test_postgres():
    pytest.skip("PostgreSQL not configured (VOCDESK_TEST_PG_URL unset)")

def test_not_for_this_database():
    pytest.skip("PostgreSQL only")
'''


def _run(folder: Path, require: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "VOCDESK_REQUIRE_TOOLS"}
    env["PYTHONPATH"] = str(CONFTEST.parents[1])  # the copied conftest loads plugins from the tests package
    if require is not None:
        env["VOCDESK_REQUIRE_TOOLS"] = require
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfs", str(folder)],
                            capture_output=True, text=True, check=False, timeout=120, env=env, cwd=folder)
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(("require", "summary"), [
    (None, "4 skipped"),
    ("1", "3 failed, 1 skipped"),
])
def test_missing_tools_fail_only_when_required(tmp_path: Path, require: str | None, summary: str) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text())
    (tmp_path / "test_skips.py").write_text(SKIPS)
    assert _run(tmp_path, require).startswith(summary)
