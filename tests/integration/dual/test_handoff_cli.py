"""`vocdesk dual handoff`: the centre's at-risk list as a signed package with exactly the fields the centre needs,
checked with the stock minisign; a changed byte is refused; with the centre's key the personal file is sealed."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.integration.dual.test_dual_cli import run_cli
from tests.integration.dual.test_followup_cli import _home
from vocdesk.bootstrap import open_app
from vocdesk.persistence.models import Setting

MINISIGN = shutil.which("minisign")
FIELDS = ["student_code", "learner_name", "level", "major", "enterprise", "enterprise_province", "trainer",
          "supervising_teacher", "signals", "college_actions", "contact"]


def _college(home: Path) -> None:
    opened = open_app(str(home))
    with opened.context.unit_of_work() as uow:
        for key, value in (("college.code", "1320010001"), ("college.name_th", "วิทยาลัยเทคนิคทดสอบ")):
            uow.session.add(Setting(key=key, value_json=json.dumps(value, ensure_ascii=False)))
    opened.context.db.dispose()


def _ok(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


@pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed (apt-get install minisign)")
def test_a_handoff_verifies_with_minisign_carries_only_the_listed_fields_and_refuses_a_changed_byte(
        tmp_path: Path) -> None:
    home = _home(tmp_path)  # learner 6670001 at an enterprise in ชลบุรี, four logbook weeks missing by 1 Dec
    _college(home)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("ผู้อำนวยการ-keyholder\n", encoding="utf-8")
    pub = tmp_path / "college.pub"
    assert run_cli(home, "package", "keygen", "--pub", str(pub), "--passphrase-file", str(passfile)).returncode == 0
    _ok(run_cli(home, "dual", "centre", "--code", "E1", "--name", "ศูนย์ภาคตะวันออก", "--provinces", "ชลบุรี",
                "--json"))
    _ok(run_cli(home, "dual", "centre", "--code", "N1", "--name", "ศูนย์ภาคเหนือ", "--provinces", "เชียงใหม่",
                "--json"))
    out = tmp_path / "handoff-e1.zip"
    made = _ok(run_cli(home, "dual", "handoff", "--centre", "E1", "--out", str(out), "--on", "2026-12-01",
                       "--passphrase-file", str(passfile), "--json"))
    assert (made["learners"], made["sealed"]) == (["6670001"], False)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["dual_handoff.csv", "manifest.json"]
        data = archive.read("dual_handoff.csv").decode("utf-8")
    header, row = list(csv.reader(io.StringIO(data)))
    assert header == FIELDS
    assert row[0] == "6670001" and row[5] == "ชลบุรี" and row[8] == "logbook_missing=4"
    assert "1000006670001" not in data  # the learner's national ID never leaves
    assert Path(str(made["letter"])).read_bytes().startswith(b"%PDF")
    stock = subprocess.run([str(MINISIGN), "-Vm", str(out), "-p", str(pub)], capture_output=True, text=True,
                           check=False)
    assert stock.returncode == 0, stock.stderr
    assert run_cli(home, "package", "verify", str(out), "--pubkey", str(pub)).returncode == 0
    empty = _ok(run_cli(home, "dual", "handoff", "--centre", "N1", "--out", str(tmp_path / "n1.zip"), "--on",
                        "2026-12-01", "--passphrase-file", str(passfile), "--json"))
    assert empty["learners"] == []  # nobody trains in the northern centre's provinces
    answered = run_cli(home, "dual", "handoffs", "--response-to", "1", "--response", "ศูนย์ฯ โทรหาผู้เรียนแล้ว",
                       "--on", "2026-12-02", "--json")
    assert answered.returncode == 0, answered.stderr
    log = {h["centre"]: h for h in json.loads(answered.stdout)}
    assert (log["E1"]["learners"], log["E1"]["response"], log["E1"]["responded_on"]) == (
        ["6670001"], "ศูนย์ฯ โทรหาผู้เรียนแล้ว", "2026-12-02")
    assert log["E1"]["still_at_risk"] == ["6670001"] and log["N1"]["learners"] == []

    changed = bytearray(out.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    out.write_bytes(bytes(changed))
    assert subprocess.run([str(MINISIGN), "-Vm", str(out), "-p", str(pub)], capture_output=True,
                          check=False).returncode != 0
    refused = run_cli(home, "package", "verify", str(out), "--pubkey", str(pub))
    assert refused.returncode != 0 and "REFUSED" in refused.stderr


@pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed (apt-get install minisign)")
def test_with_the_centres_key_the_list_is_sealed(tmp_path: Path) -> None:
    home = _home(tmp_path)
    _college(home)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("passphrase-1\n", encoding="utf-8")
    assert run_cli(home, "package", "keygen", "--passphrase-file", str(passfile)).returncode == 0
    assert run_cli(home, "package", "ovec-keygen", "--out-dir", str(tmp_path / "centre")).returncode == 0
    key = (tmp_path / "centre" / "ovec-x25519.pub").read_text().strip()
    _ok(run_cli(home, "dual", "centre", "--code", "E1", "--name", "ศูนย์ภาคตะวันออก", "--provinces", "ชลบุรี",
                "--public-key", key, "--json"))
    out = tmp_path / "sealed.zip"
    made = _ok(run_cli(home, "dual", "handoff", "--centre", "E1", "--out", str(out), "--on", "2026-12-01",
                       "--passphrase-file", str(passfile), "--json"))
    assert made["sealed"] is True
    with zipfile.ZipFile(out) as archive:
        assert b"6670001" not in archive.read("dual_handoff.csv")
    bad_key = run_cli(home, "dual", "centre", "--code", "E1", "--name", "x", "--public-key", "not-a-key")
    assert bad_key.returncode == 2
