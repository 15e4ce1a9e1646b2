"""The command line: info prints JSON about the home it was given; expected errors are one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), *args],
                          capture_output=True, text=True, check=False, timeout=120)


def test_info_reports_fresh_home(tmp_path: Path) -> None:
    result = run_cli("info", home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["backend"] == "sqlite"
    assert info["database"].endswith("vocdesk.sqlite3")
    assert info["schema_revision"]
    assert "row_counts" not in info  # counts only for a signed-in user
    assert Path(info["paths"]["data"]).is_relative_to(tmp_path)


@pytest.mark.postgres
def test_password_masked_in_info(tmp_path: Path, postgres_url: str) -> None:
    user, password = "vocdesk_test", "vocdesk_test"  # the test server's account (see VOCDESK_TEST_PG_URL)
    assert f"://{user}:{password}@" in postgres_url
    result = run_cli("--db", postgres_url, "info", home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["backend"] == "postgresql"
    assert info["schema_revision"]
    database = postgres_url.rpartition("/")[2]
    assert info["database"].endswith(f"://{user}:***@127.0.0.1:5432/{database}")
    assert f":{password}@" not in result.stdout + result.stderr


def test_network_share_refused_with_clear_message(tmp_path: Path) -> None:
    result = run_cli("--db", "sqlite:///" + str(tmp_path / "Dropbox" / "v.sqlite3"), "--lang", "en", "info",
                     home=tmp_path / "h")
    assert result.returncode == 2
    assert "PostgreSQL" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_subcommands(tmp_path: Path) -> None:
    result = run_cli("--help", home=tmp_path / "h")
    assert result.returncode == 0
    for name in ("info", "demo", "migrate"):
        assert name in result.stdout
