"""`--self-test --home DIR` leaves DIR byte for byte as it was; `info` without signing in shows nothing personal."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk.paths import app_root

ROOT = app_root()
ADMIN_PASSWORD = "Self-Test-Home-2569"


def vocdesk(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("VOCDESK_")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          cwd=ROOT, env={**keep, "QT_QPA_PLATFORM": "offscreen", **env}, capture_output=True,
                          text=True, timeout=180, check=False, stdin=subprocess.DEVNULL)


def listing(home: Path) -> dict[str, tuple[int, str]]:
    """Every file and folder under `home`: its size and SHA-256 (folders: -1 and '')."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(home.rglob("*")):
        key = path.relative_to(home).as_posix()
        found[key] = (-1, "") if path.is_dir() else (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    return found


def test_self_test_leaves_a_home_without_users_exactly_as_it_was(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert vocdesk(home, "info").returncode == 0  # a real, migrated database, nobody in it yet
    (home / "data" / "notes.txt").write_text("บันทึกของวิทยาลัย\n", encoding="utf-8")
    before = listing(home)
    assert "data/vocdesk.sqlite3" in before and "config/window.ini" not in before
    result = vocdesk(home, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "pages" in result.stdout  # it signed in (a throwaway administrator, in its copy) and opened every page
    assert listing(home) == before  # no account, no window geometry, no log line, no backup
    info = vocdesk(home, "info")
    assert info.returncode == 0, info.stderr
    assert "no administrator" not in info.stderr and json.loads(info.stdout)["signed_in"] is None


def test_self_test_leaves_a_home_with_users_exactly_as_it_was_and_info_still_works(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = vocdesk(home, "user", "add", "somchai", "--role", "administrator", VOCDESK_NEW_PASSWORD=ADMIN_PASSWORD)
    assert added.returncode == 0, added.stderr
    before = listing(home)
    result = vocdesk(home, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "sign-in dialog shown" in result.stdout
    assert listing(home) == before
    signed_in = vocdesk(home, "--user", "somchai", "info", VOCDESK_PASSWORD=ADMIN_PASSWORD)
    assert signed_in.returncode == 0, signed_in.stderr
    assert json.loads(signed_in.stdout)["row_counts"]["user_account"] == 1  # still only somchai


def test_info_without_signing_in_shows_no_counts_and_signed_in_shows_them(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert vocdesk(home, "user", "add", "somchai", "--role", "administrator",
                   VOCDESK_NEW_PASSWORD=ADMIN_PASSWORD).returncode == 0
    anonymous = vocdesk(home, "info")  # for support: works without a password once an administrator exists
    assert anonymous.returncode == 0, anonymous.stderr
    shown = json.loads(anonymous.stdout)
    assert "row_counts" not in shown and "somchai" not in anonymous.stdout
    assert shown["backend"] == "sqlite" and shown["schema_revision"] and shown["database"].endswith("vocdesk.sqlite3")
    signed_in = json.loads(vocdesk(home, "--user", "somchai", "info", VOCDESK_PASSWORD=ADMIN_PASSWORD).stdout)
    assert signed_in["signed_in"] == "somchai" and signed_in["row_counts"]["learner"] == 0
    wrong = vocdesk(home, "--user", "somchai", "info", VOCDESK_PASSWORD="not-the-password-1")
    assert wrong.returncode == 2 and "row_counts" not in wrong.stdout


@pytest.mark.postgres
def test_self_test_on_a_server_database_adds_nobody_there(tmp_path: Path, postgres_url: str) -> None:
    home = tmp_path / "home"
    result = vocdesk(home, "--db", postgres_url, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "sign-in dialog shown" in result.stdout and not home.exists()  # not even the home was made
    users = vocdesk(tmp_path / "other", "--db", postgres_url, "user", "list")
    assert users.returncode == 0 and json.loads(users.stdout) == []
