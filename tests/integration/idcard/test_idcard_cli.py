"""`vocdesk idcard readers|read --json`: output, masking, audit and exit codes against the virtual card."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.idcard_virtual.card import CardBehaviour
from tests.idcard_virtual.data import BAD_CID, CardContent
from tests.idcard_virtual.fixtures import InsertCard
from vocdesk.cli import main
from vocdesk.paths import app_root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_readers_json(insert_card: InsertCard, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    insert_card()
    code, out, _ = run(capsys, "idcard", "readers", "--json")
    assert code == 0
    assert {"name": "Virtual PCD 00 00", "card_present": True} in json.loads(out)


def test_read_masks_the_id_and_never_prints_the_photo(insert_card: InsertCard, capsys: pytest.CaptureFixture[str],
                                                      home: Path) -> None:
    insert_card()
    code, out, _ = run(capsys, "idcard", "read", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["national_id"] == "1-1037-xxxxx-xx-6"
    assert shown["first_name_th"] == "สมหญิง" and shown["birth_date"] == "2005-02-15"
    assert "1103700012346" not in out
    assert not [key for key in shown if "photo" in key]
    assert not list(home.rglob("*.sqlite3")), "a plain read must not create or open a database"


def test_full_id_for_an_administrator_and_the_audit_keeps_no_contents(
        insert_card: InsertCard, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    insert_card()
    code, out, err = run(capsys, "idcard", "read", "--full", "--json")
    assert code == 0, err
    assert json.loads(out)["national_id"] == "1103700012346"
    code, out, _ = run(capsys, "audit", "list", "--action", "idcard.")
    records = json.loads(out)
    assert [record["action"] for record in records] == ["idcard.read"]
    assert records[0]["entity_id"] == "Virtual PCD 00 00"
    for secret in ("1103700012346", "สมหญิง", "ใจดี", "2548", "นนทบุรี"):
        assert secret not in out


@pytest.mark.parametrize(("content", "behaviour", "expected"), [
    (CardContent(), CardBehaviour(thai_applet=False), "ไม่ใช่บัตรประจำตัวประชาชนไทย"),
    (CardContent(cid=BAD_CID), CardBehaviour(), "เลขตรวจสอบไม่ถูกต้อง"),
], ids=["not_thai", "bad_checksum"])
def test_bad_cards_exit_1_with_their_message(insert_card: InsertCard, capsys: pytest.CaptureFixture[str],
                                             home: Path, idcard_messages: dict, content: CardContent,
                                             behaviour: CardBehaviour, expected: str) -> None:
    insert_card(content, behaviour)
    code, out, err = run(capsys, "idcard", "read", "--json")
    assert (code, out) == (1, "")
    assert expected in err


def test_no_card_exits_1(pcsc_stack: str, capsys: pytest.CaptureFixture[str], home: Path,
                         idcard_messages: dict) -> None:
    code, out, err = run(capsys, "idcard", "read", "--reader", pcsc_stack, "--json")
    assert (code, out) == (1, "")
    assert "ไม่มีบัตรในเครื่องอ่าน" in err


def test_unknown_reader_exits_2(pcsc_stack: str, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, _, _ = run(capsys, "idcard", "read", "--reader", "Nothing 00 00", "--json")
    assert code == 2


def test_no_pcsc_service_exits_2(pcsc_stack: str, tmp_path: Path) -> None:
    """pcsc-lite finds pcscd through this socket; pointing it elsewhere is a machine without the service."""
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"), VOCDESK_HOME=str(tmp_path / "h"))
    for action in (["readers", "--json"], ["read", "--json"]):
        done = subprocess.run([sys.executable, str(app_root() / "main.py"), "--lang", "en", "idcard", *action],
                              env=env, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "idcard_no_service" in done.stderr or "PC/SC" in done.stderr
