"""`vocdesk package` end to end as a registrar and OVEC would run it, checked with the stock minisign tool."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from vocdesk.io.package.manifest import MANIFEST_NAME

ROOT = Path(__file__).resolve().parents[3]
MINISIGN = shutil.which("minisign")


ADMIN = "demo-administrator"


def vocdesk(home: Path, *args: str, env: dict[str, str] | None = None,
            password: str | Path = "") -> subprocess.CompletedProcess[str]:
    """Run the CLI; with `password` (text for VOCDESK_PASSWORD, or a --password-file) as the demo administrator,
    who must re-enter it for lock, create and keys: the CLI reads it again from the same place."""
    user = ("--user", ADMIN) if password else ()
    if isinstance(password, Path):
        user, password = (*user, "--password-file", str(password)), ""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *user, *args],
                          capture_output=True, text=True, check=False, timeout=300,
                          env={**os.environ, "VOCDESK_KEY_PASSPHRASE": "", "VOCDESK_PASSWORD": password,
                               **(env or {})})


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def demo(home: Path, learners: int) -> str:
    """Fill the demo college; the demo administrator's password (printed once under demo_users)."""
    printed = json.loads(ok(vocdesk(home, "demo", "--learners", str(learners), "--graduate-cohorts", "0")))
    return next(user["password"] for user in printed["demo_users"] if user["username"] == ADMIN)


@pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed (apt-get install minisign)")
def test_registrar_to_ovec_with_rotation(tmp_path: Path) -> None:
    home, out, state = tmp_path / "college", tmp_path / "out", tmp_path / "ovec-state"
    out.mkdir()
    passfile = tmp_path / "pass.txt"
    passfile.write_text("ผู้อำนวยการ-keyholder\n", encoding="utf-8")
    password = demo(home, 60)
    signin = tmp_path / "signin.txt"  # the administrator's password in a file, as a script would keep it
    signin.write_text(password + "\n", encoding="utf-8")
    printed = ok(vocdesk(home, "package", "keygen", "--pub", str(out / "college.pub"),
                         "--passphrase-file", str(passfile), password=password))
    assert printed == (out / "college.pub").read_text() and printed.startswith("untrusted comment: minisign public")
    key_files = sorted(p.name for p in (home / "data" / "keys").iterdir())
    # the demo's certificates are signed with the training centre's own key, made in the same folder
    assert key_files == ["certificate-signing.key", "college-signing.key", "college-signing.pub", "pseudonym.secret"]
    assert "ผู้อำนวยการ" not in (home / "data" / "keys" / "college-signing.key").read_text()

    refused = vocdesk(home, "package", "create", "--period", "1/2569", "--out", str(out / "p1.zip"),
                      "--passphrase-file", str(passfile), password=signin)
    assert refused.returncode == 2 and "not locked" in refused.stderr and "Traceback" not in refused.stderr
    validated = json.loads(ok(vocdesk(home, "package", "validate", "--period", "1/2569", password=password)))
    assert validated["status"] == "validated"
    locked = vocdesk(home, "package", "lock", "--period", "1/2569", password=signin)
    assert json.loads(ok(locked))["status"] == "locked"
    wrong = vocdesk(home, "package", "create", "--period", "1/2569", "--out", str(out / "p1.zip"),
                    env={"VOCDESK_KEY_PASSPHRASE": "not the passphrase"}, password=signin)
    assert wrong.returncode == 2 and "Wrong key passphrase" in wrong.stderr
    created = json.loads(ok(vocdesk(home, "package", "create", "--period", "1/2569", "--out", str(out / "p1.zip"),
                                    "--passphrase-file", str(passfile), password=signin)))
    assert created["sequence"] == 1 and created["rows"]["std2018_student"] == 60

    stock = subprocess.run([MINISIGN, "-Vm", str(out / "p1.zip"), "-p", str(out / "college.pub")],
                           capture_output=True, text=True, check=False)
    assert stock.returncode == 0, stock.stderr
    assert "period=1/2569 sequence=1" in stock.stdout

    verified = ok(vocdesk(home, "package", "verify", str(out / "p1.zip"), "--pubkey", str(out / "college.pub"),
                          "--state", str(state)))
    assert verified.startswith("OK ") and "sequence=1" in verified
    replay = vocdesk(home, "package", "verify", str(out / "p1.zip"), "--pubkey", str(out / "college.pub"),
                     "--state", str(state))
    assert replay.returncode == 1 and replay.stderr.count("\n") == 1 and "replay or rollback" in replay.stderr

    rotated = vocdesk(home, "package", "rotate-key", "--pub", str(out / "new.pub"), "--passphrase-file",
                      str(passfile), env={"VOCDESK_NEW_KEY_PASSPHRASE": "รหัสใหม่-2570"}, password=password)
    statement = next((home / "data" / "keys").glob("rotation-*.json"))
    assert ok(rotated) == (out / "new.pub").read_text()
    unknown = vocdesk(home, "package", "verify", str(out / "p1.zip"), "--pubkey", str(out / "new.pub"))
    assert unknown.returncode == 1 and "Unknown signing key" in unknown.stderr
    ok(vocdesk(home, "package", "trust-rotation", str(statement), "--state", str(state)))

    ok(vocdesk(home, "package", "validate", "--period", "2/2569", password=password))
    ok(vocdesk(home, "package", "lock", "--period", "2/2569", password=password))
    ok(vocdesk(home, "package", "create", "--period", "2/2569", "--out", str(out / "p2.zip"),
               env={"VOCDESK_KEY_PASSPHRASE": "รหัสใหม่-2570"}, password=password))
    second = ok(vocdesk(home, "package", "verify", str(out / "p2.zip"), "--state", str(state)))
    assert "sequence=2" in second
    stock2 = subprocess.run([MINISIGN, "-Vm", str(out / "p2.zip"), "-p", str(out / "new.pub")],
                            capture_output=True, text=True, check=False)
    assert stock2.returncode == 0
    old_key = vocdesk(home, "package", "verify", str(out / "p1.zip"), "--state", str(tmp_path / "fresh"),
                      "--pubkey", str(out / "college.pub"))
    assert old_key.returncode == 0  # a fresh verifier that only knows the old key still checks old packages
    retired = vocdesk(home, "package", "verify", str(out / "p1.zip"), "--state", str(state))
    assert retired.returncode == 1 and "revoked" in retired.stderr


def test_status_and_explain_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "college"
    password = demo(home, 30)
    bad = vocdesk(home, "package", "status", "--period", "7/2569", password=password)
    assert bad.returncode == 2 and "1/2569" in bad.stderr
    status = json.loads(ok(vocdesk(home, "package", "status", "--period", "FY2569", password=password)))
    assert status == {"period": "FY2569", "status": "draft", "errors": 0, "warnings_open": 0, "validated_by": "",
                      "locked_by": "", "last_package": {"sequence": 0, "sha256": ""}, "findings": []}
    explain = vocdesk(home, "package", "explain", "--period", "FY2569", "--rule", "PK-P01", "--record",
                      "count:learners", "--text", "ไม่มีข้อสังเกตนี้", password=password)
    assert explain.returncode == 2 and "No current finding" in explain.stderr


def test_unusable_inputs_are_one_line_errors(tmp_path: Path) -> None:
    home = tmp_path / "college"
    password = demo(home, 20)
    ok(vocdesk(home, "package", "keygen", env={"VOCDESK_KEY_PASSPHRASE": "passphrase-1"}, password=password))
    ok(vocdesk(home, "package", "validate", "--period", "FY2569", password=password))
    ok(vocdesk(home, "package", "lock", "--period", "FY2569", password=password))
    missing = vocdesk(home, "package", "create", "--period", "FY2569", "--out", str(tmp_path / "missing.zip"),
                      "--passphrase-file", str(tmp_path / "no-such-file"), password=password)
    no_folder = vocdesk(home, "package", "create", "--period", "FY2569", "--out", str(tmp_path / "nope" / "p.zip"),
                        env={"VOCDESK_KEY_PASSPHRASE": "passphrase-1"}, password=password)
    (tmp_path / "inbox").mkdir()
    no_db = vocdesk(home, "package", "ingest", str(tmp_path / "inbox"), "--db",
                    "postgresql://ovec:topsecret@127.0.0.1:1/ovec")
    for result, text in ((missing, "Cannot read an input file"), (no_folder, "Cannot write the package"),
                         (no_db, "Cannot use the database")):
        assert result.returncode == 2, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and text in lines[0] and "Traceback" not in result.stderr
    assert "topsecret" not in no_db.stderr
    status = vocdesk(home, "package", "status", "--period", "FY2569", password=password)
    assert json.loads(ok(status))["status"] == "locked"


def test_lock_and_create_need_the_administrator_and_leave_a_backup(tmp_path: Path) -> None:
    home = tmp_path / "college"
    password = demo(home, 20)
    ok(vocdesk(home, "package", "keygen", env={"VOCDESK_KEY_PASSPHRASE": "passphrase-1"}, password=password))
    ok(vocdesk(home, "package", "validate", "--period", "FY2569", password=password))
    nobody = vocdesk(home, "package", "lock", "--period", "FY2569")
    assert nobody.returncode == 2 and "--user" in nobody.stderr
    wrong = vocdesk(home, "package", "lock", "--period", "FY2569", password="not-the-password")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    ok(vocdesk(home, "package", "lock", "--period", "FY2569", password=password))
    assert not any("before-export" in p.name for p in (home / "backups").glob("*"))
    ok(vocdesk(home, "package", "create", "--period", "FY2569", "--out", str(tmp_path / "p.zip"),
               env={"VOCDESK_KEY_PASSPHRASE": "passphrase-1"}, password=password))
    assert [p for p in (home / "backups").glob("*before-export*") if not p.name.endswith(".json")]
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
    checkpoint = f"{manifest['audit_chain_count']}:{manifest['audit_chain_head']}"
    verdict = json.loads(ok(vocdesk(home, "audit", "verify", "--head", checkpoint, password=password)))
    assert verdict["ok"] and verdict["count"] > manifest["audit_chain_count"] > 0
