"""`vocdesk dual tax-pack`: an enterprise's evidence for one tax year, as recorded, zipped and signed so that the
stock minisign checks it; a learner-period another enterprise would also claim is warned about."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories.dual import TAX_IDS
from tests.integration.dual.test_dual_cli import run_cli
from tests.integration.dual.test_followup_cli import _home
from tests.integration.dual.test_handoff_cli import _college, _ok
from vocdesk.bootstrap import open_app
from vocdesk.persistence.models import DualPlacement, Setting
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise
from vocdesk.services.dual.trainers import add_trainer

MINISIGN = shutil.which("minisign")


def _elsewhere(home: Path) -> None:
    """The same learner recorded at a second enterprise over December 2026 (as an old import could leave it)."""
    opened = open_app(str(home))
    ctx = opened.context
    other = ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput(TAX_IDS[1], "บริษัท อื่น จำกัด")))[0]
    trainer = ctx.run(lambda uow: add_trainer(uow, other, "นายอื่น"))[0]
    with ctx.unit_of_work() as uow:
        uow.session.add(DualPlacement(learner_id=1, enterprise_id=other, trainer_id=trainer, status="active",
                                      start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 31)))
    ctx.db.dispose()


@pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed (apt-get install minisign)")
def test_a_tax_pack_holds_the_recorded_year_is_signed_and_warns_of_a_double_claim(tmp_path: Path) -> None:
    home = _home(tmp_path)  # placement #1 at TAX_IDS[0] from 2 Nov 2026 to 30 Sep 2027, 300 baht a day
    _college(home)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("passphrase-1\n", encoding="utf-8")
    pub = tmp_path / "college.pub"
    assert run_cli(home, "package", "keygen", "--pub", str(pub), "--passphrase-file", str(passfile)).returncode == 0
    for week in ("2026-11-02", "2026-11-09", "2027-01-04"):
        _ok(run_cli(home, "logbook", "add", "--placement", "1", "--week", week, "--days", "2", "--hours", "16",
                    "--json"))
    for month in ("2569-11", "2569-12", "2570-01"):
        _ok(run_cli(home, "allowance", "add", "--placement", "1", "--month", month, "--amount", "2700",
                    "--paid-on", "2027-02-01", "--json"))
    _elsewhere(home)
    opened = open_app(str(home))
    with opened.context.unit_of_work() as uow:  # the college's own wording of the certificate
        uow.session.add(Setting(key="dual.tax_letter", value_json=json.dumps(
            {"opening": "ถ้อยคำของวิทยาลัยสำหรับ {enterprise} ปี {first} จำนวน {count} คน"}, ensure_ascii=False)))
    opened.context.db.dispose()
    out = tmp_path / "tax-2569.zip"
    pack = _ok(run_cli(home, "dual", "tax-pack", "--enterprise", TAX_IDS[0], "--year", "2569", "--out", str(out),
                       "--passphrase-file", str(passfile), "--json"))
    assert (pack["learners"], pack["warnings"]) == (["6670001"], [f"6670001 also at {TAX_IDS[1]}"])
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["README-th.txt", "certifying-letter.pdf", "evidence.xlsx"]
        book = load_workbook(io.BytesIO(archive.read("evidence.xlsx")), read_only=True)
        assert "ไม่ใช่คำรับรอง" in archive.read("README-th.txt").decode("utf-8")
        (tmp_path / "letter.pdf").write_bytes(archive.read("certifying-letter.pdf"))
    if shutil.which("pdftotext"):
        letter = subprocess.run(["pdftotext", str(tmp_path / "letter.pdf"), "-"], capture_output=True, text=True,
                                check=True).stdout
        assert "ถ้อยคำของวิทยาลัยสำหรับ" in letter and "จำนวน 1 คน" in letter
    rows = list(book["learners"].iter_rows(values_only=True))
    # 2026 only: from 2 Nov to 31 Dec, two weeks of 16 h, November and December at 2,700 baht.
    assert rows[1][:6] == ("6670001", "ผู้เรียน 6670001", dt.datetime(2026, 11, 2), dt.datetime(2026, 12, 31), 32,
                           5400)
    assert [r[0] for r in book["mous"].iter_rows(min_row=2, values_only=True)] == ["1/2569"]
    stock = subprocess.run([str(MINISIGN), "-Vm", str(out), "-p", str(pub)], capture_output=True, text=True,
                           check=False)
    assert stock.returncode == 0 and f"enterprise={TAX_IDS[0]} year=2569" in stock.stdout, stock.stderr
    changed = bytearray(out.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    out.write_bytes(bytes(changed))
    assert subprocess.run([str(MINISIGN), "-Vm", str(out), "-p", str(pub)], capture_output=True,
                          check=False).returncode != 0
    missing = run_cli(home, "dual", "tax-pack", "--enterprise", "0000000000000", "--year", "2569", "--out",
                      str(tmp_path / "x.zip"), "--passphrase-file", str(passfile))
    assert missing.returncode == 2 and not (tmp_path / "x.zip").exists()
