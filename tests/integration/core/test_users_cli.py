"""`vocdesk user ...` and `vocdesk audit ...` from a shell: who acts, passwords from file/env, clear refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ADMIN = "Admin-pass-2569"


def vocdesk(home: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VOCDESK_PASSWORD", "VOCDESK_HOME", "VOCDESK_DB_URL",
                                                            "VOCDESK_NEW_PASSWORD")}
    if password is not None:
        env["VOCDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120, env=env, stdin=subprocess.DEVNULL)


def _secret(tmp_path: Path, name: str, value: str) -> str:
    path = tmp_path / name
    path.write_text(value + "\n", encoding="utf-8")
    return str(path)


def test_user_lifecycle_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    made = vocdesk(home, "user", "add", "somchai", "--role", "administrator",
                   "--new-password-file", _secret(tmp_path, "a", ADMIN))
    assert made.returncode == 0 and "setup user" in made.stderr
    as_admin = ("--user", "somchai", "--password-file", _secret(tmp_path, "login", ADMIN))
    added = vocdesk(home, *as_admin, "user", "add", "malee", "--role", "registrar",
                    "--new-password-file", _secret(tmp_path, "m", "Tabien-2569"))
    assert added.returncode == 0, added.stderr
    refused = vocdesk(home, "--user", "malee", "user", "add", "x1x", "--role", "auditor",
                      "--new-password-file", _secret(tmp_path, "x", "Whatever-2569"), password="Tabien-2569")
    assert refused.returncode == 2 and "may not" in refused.stderr
    assert vocdesk(home, *as_admin, "user", "role", "malee", "auditor").returncode == 0
    assert vocdesk(home, *as_admin, "user", "lock", "malee").returncode == 0
    locked = vocdesk(home, "--user", "malee", "audit", "list", password="Tabien-2569")
    assert locked.returncode == 2 and "disabled" in locked.stderr
    assert vocdesk(home, *as_admin, "user", "unlock", "malee").returncode == 0
    listed = vocdesk(home, "--user", "malee", "audit", "list", "--action", "user.", password="Tabien-2569")
    assert listed.returncode == 0, listed.stderr
    actions = [row["action"] for row in json.loads(listed.stdout)]
    assert actions[:3] == ["user.unlock", "user.lock", "user.role"]
    changed = vocdesk(home, *as_admin, "user", "passwd", "malee", "--new-password-file",
                      _secret(tmp_path, "n", "Brand-new-2569"))
    assert changed.returncode == 0, changed.stderr
    assert vocdesk(home, "--user", "malee", "audit", "list", password="Tabien-2569").returncode == 2
    users = json.loads(vocdesk(home, *as_admin, "user", "list").stdout)
    assert [(u["username"], u["role"]) for u in users] == [("malee", "auditor"), ("somchai", "administrator")]


def test_every_action_needs_a_user_once_an_administrator_exists(tmp_path: Path) -> None:
    home = tmp_path / "h"
    vocdesk(home, "user", "add", "somchai", "--role", "administrator",
            "--new-password-file", _secret(tmp_path, "a", ADMIN))
    for args in (("audit", "verify"), ("backup", "list")):
        result = vocdesk(home, *args)
        assert result.returncode == 2 and "--user" in result.stderr, args
    no_password = vocdesk(home, "--user", "somchai", "info")
    assert no_password.returncode == 2 and "VOCDESK_PASSWORD" in no_password.stderr
    wrong = vocdesk(home, "--user", "somchai", "info", password="nope-nope-1")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert vocdesk(home, "--user", "somchai", "info", password=ADMIN).returncode == 0
    anonymous = vocdesk(home, "info")  # for support: what is not personal, without signing in
    assert anonymous.returncode == 0 and "row_counts" not in json.loads(anonymous.stdout)


def test_audit_verify_finds_edits_and_checkpoint_finds_removed_tail(tmp_path: Path) -> None:
    home = tmp_path / "h"
    vocdesk(home, "user", "add", "somchai", "--role", "administrator",
            "--new-password-file", _secret(tmp_path, "a", ADMIN))
    first = vocdesk(home, "--user", "somchai", "audit", "verify", password=ADMIN)
    assert first.returncode == 0, first.stderr
    checkpoint = json.loads(first.stdout)["checkpoint"]
    database = home / "data" / "vocdesk.sqlite3"
    with closing(sqlite3.connect(database)) as conn:  # someone deletes the newest records with a database tool
        conn.execute("DELETE FROM audit_event WHERE id >= ?", (int(checkpoint.split(":")[0]) - 1,))
        conn.commit()
    plain = vocdesk(home, "--user", "somchai", "audit", "verify", password=ADMIN)
    assert plain.returncode == 0  # ... and the shortened chain on its own looks whole
    against = vocdesk(home, "--user", "somchai", "audit", "verify", "--head", checkpoint, password=ADMIN)
    assert against.returncode == 1
    # (this very command signed in first, which appended a record where the removed ones were)
    assert json.loads(against.stdout)["problem"]["reason"] in ("records_removed_after_checkpoint",
                                                               "checkpoint_mismatch")
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("UPDATE audit_event SET actor = 'malee' WHERE id = 1")
        conn.commit()
    edited = vocdesk(home, "--user", "somchai", "audit", "verify", password=ADMIN)
    assert edited.returncode == 1 and json.loads(edited.stdout)["problem"] == {
        "event_id": 1, "reason": "content_changed", "column": "", "detail": ""}  # column/detail: unreadable values
