"""The regional centres screen: centres added and changed, a signed hand-off with its letter made from the screen,
the centre's response file imported all or nothing; the tax evidence pack built from the enterprises screen."""

from __future__ import annotations

import csv
import datetime as dt
import os
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.dual import TAX_IDS
from tests.factories.dual_followup import set_today, started, teacher
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.import_wizard import ImportWizard
from ui.pages.dual.centres_page import CentreDialog, CentresPage
from ui.pages.dual.enterprises_page import EnterprisesPage
from ui.pages.dual.signed_dialogs import HandoffDialog, TaxPackDialog
from vocdesk.clock import FixedClock
from vocdesk.io.package.keyfile import write_secret_key
from vocdesk.io.package.minisign import SecretKey
from vocdesk.persistence.models import AuditEvent, DualCentre, DualHandoff, DualHandoffResponse
from vocdesk.services.core.settings import CollegeProfile, save_college_profile
from vocdesk.services.dual.centres import save_centre
from vocdesk.services.dual.handoff import make_handoff

D = dt.date
PASSPHRASE = "ผู้อำนวยการ-keyholder"
MAPPING, PREVIEW, RESULT = 1, 2, 3
SHOTS = os.environ.get("VOCDESK_SHOTS")
"""A folder to save the screens into for looking at them (unset: none are saved)."""


def _shoot(widget: QWidget, name: str, sizes: tuple[tuple[int, int], ...] = ((1366, 768), (1100, 650))) -> None:
    for size in sizes if SHOTS else ():
        widget.resize(*size)
        widget.grab().save(str(Path(str(SHOTS)) / f"{name}_{size[0]}.png"))


def _audits(env: UiEnv) -> int:
    with env.context.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _college(env: UiEnv) -> SecretKey:
    """A college profile, its signing key, and a learner at risk in ชลบุรี (no logbook week since 2 Nov)."""
    ctx = env.context
    assert isinstance(ctx.clock, FixedClock)
    set_today(ctx.clock, D(2026, 12, 1))
    ctx.run(lambda uow: save_college_profile(uow, CollegeProfile("1320010001", "วิทยาลัยเทคนิคทดสอบ")))
    secret = SecretKey.generate()
    ctx.paths.keys_dir.mkdir(parents=True, exist_ok=True)
    write_secret_key(ctx.paths.keys_dir / "college-signing.key", secret, PASSPHRASE)
    started(ctx, "6670101", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    return secret


def _page(qtbot: QtBot, env: UiEnv) -> CentresPage:
    page = CentresPage(env)
    env.runner.changed.connect(page.on_changes)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    return page


def _cells(page: CentresPage) -> list[list[str]]:
    t = page.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_a_centre_is_added_then_changed_from_the_screen(qtbot: QtBot, env: UiEnv) -> None:
    page = _page(qtbot, env)
    before = _audits(env)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CentreDialog)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.field_messages["code"].isVisible(), timeout=10_000)  # a code is required
    assert dialog.isVisible() and _audits(env) == before
    dialog.code.setText("E1")
    dialog.name.setText("ศูนย์ภาคตะวันออก")
    dialog.host.setText("วิทยาลัยเทคนิคชลบุรี")
    dialog.provinces.setText("ชลบุรี, ระยอง")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.submit()
    assert _cells(page) == [["E1", "ศูนย์ภาคตะวันออก", "วิทยาลัยเทคนิคชลบุรี", "ชลบุรี, ระยอง"]]
    page.table.selectRow(0)
    page.edit_button.click()
    edit = page.dialog
    assert isinstance(edit, CentreDialog) and edit.code.isReadOnly() and edit.provinces.text() == "ชลบุรี, ระยอง"
    edit.provinces.setText("ชลบุรี, ระยอง, จันทบุรี")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        edit.submit()
    assert _cells(page)[0][3] == "ชลบุรี, ระยอง, จันทบุรี"
    assert visible(page.count_label.text()) == visible("1 ศูนย์") and _audits(env) == before + 2


def test_a_signed_handoff_and_its_letter_are_made_from_the_screen(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    _college(env)
    env.context.run(lambda uow: save_centre(uow, "E1", "ศูนย์ภาคตะวันออก", "", ["ชลบุรี"]))
    page = _page(qtbot, env)
    page.table.selectRow(0)
    before = _audits(env)
    page.handoff_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HandoffDialog) and dialog.centre.currentData() == "E1"
    out = tmp_path / "handoff-e1"
    dialog.out.setText(str(out))  # ".zip" is added
    dialog.passphrase.setText("not the passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20_000)
    assert dialog.isVisible() and dialog.message.text()  # the wrong passphrase is said; nothing written
    _shoot(page, "centres")
    _shoot(dialog, "handoff_dialog", ((560, 260),))
    assert not (tmp_path / "handoff-e1.zip").exists() and _audits(env) == before
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    package = tmp_path / "handoff-e1.zip"
    with zipfile.ZipFile(package) as archive:
        assert "dual_handoff.csv" in archive.namelist()
        assert "6670101" in archive.read("dual_handoff.csv").decode("utf-8")
    assert (tmp_path / "handoff-e1.zip.minisig").exists()
    assert (tmp_path / "handoff-e1-letter.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.made is not None and dialog.made.package.learners == ["6670101"]
    assert _audits(env) == before + 1  # the hand-off, audited once
    with env.context.db.read() as s:
        assert s.scalars(select(DualHandoff.student_codes)).all() == ["6670101"]


def _responses(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["รหัสศูนย์", "รหัสนักศึกษา", "วันที่ดำเนินการ", "ผลการติดตาม", "สิ่งที่ศูนย์ดำเนินการ"])
        writer.writerows(rows)
    return path


def _wizard(qtbot: QtBot, page: CentresPage, path: Path) -> ImportWizard:
    page.import_button.click()
    wizard = page.wizard
    assert isinstance(wizard, ImportWizard)
    assert [wizard.choose.kind.itemData(i) for i in range(wizard.choose.kind.count())] == ["centre_responses"]
    wizard.choose.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=20_000)
    wizard.next()
    assert wizard.currentId() == PREVIEW
    return wizard


def test_the_centres_response_file_is_imported_all_or_nothing(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    secret = _college(env)
    env.context.run(lambda uow: save_centre(uow, "E1", "ศูนย์ภาคตะวันออก", "", ["ชลบุรี"]))
    env.context.run(lambda uow: make_handoff(uow, "E1", tmp_path / "h.zip", secret))
    page = _page(qtbot, env)
    bad = _responses(tmp_path / "bad.csv", [
        ["E1", "6670101", "02/12/2569", "ติดต่อแล้ว", "โทรหาผู้ปกครอง"],
        ["E1", "6670199", "02/12/2569", "ติดต่อแล้ว", ""],          # never handed off
        ["E1", "6670101", "30/11/2569", "แก้ไขแล้ว", ""],           # before the hand-off of 1 Dec
        ["E1", "6670101", "03/12/2569", "ย้ายไปแล้ว", ""],           # not one of the four outcomes
        ["X9", "6670101", "03/12/2569", "ติดต่อแล้ว", ""]])        # no such centre
    wizard = _wizard(qtbot, page, bad)
    findings = {(wizard.preview.findings.item(r, 0).text(), wizard.preview.findings.item(r, 1).text().split(":")[0])
                for r in range(wizard.preview.findings.rowCount())}
    assert findings == {("3", "B"), ("4", "B"), ("5", "D"), ("6", "A")}
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()  # errors: nothing can be saved
    _shoot(wizard, "responses_wizard", ((900, 600),))
    wizard.close()
    with env.context.db.read() as s:
        assert s.scalar(select(func.count()).select_from(DualHandoffResponse)) == 0
    before = _audits(env)
    good = _responses(tmp_path / "good.csv", [["E1", "6670101", "02/12/2569", "ติดต่อแล้ว", "โทรหาผู้ปกครอง"],
                                              ["E1", "6670101", "09/12/2569", "กำลังช่วยเหลือ", "นัดพบที่บริษัท"]])
    second = _wizard(qtbot, page, good)
    second.next()
    qtbot.waitUntil(lambda: second.currentId() == RESULT, timeout=20_000)
    with env.context.db.read() as s:
        stored = s.execute(select(DualHandoffResponse.student_code, DualHandoffResponse.responded_on,
                                  DualHandoffResponse.status, DualHandoffResponse.action)
                           .order_by(DualHandoffResponse.responded_on)).all()
        centre = s.scalars(select(DualCentre.code)).one()
    assert [tuple(r) for r in stored] == [("6670101", D(2026, 12, 2), "contacted", "โทรหาผู้ปกครอง"),
                                          ("6670101", D(2026, 12, 9), "supporting", "นัดพบที่บริษัท")]
    assert centre == "E1" and _audits(env) == before + 1


def test_the_tax_evidence_pack_is_built_from_the_enterprises_screen(qtbot: QtBot, env: UiEnv,
                                                                    tmp_path: Path) -> None:
    _college(env)
    page = EnterprisesPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    page.table.selectRow(0)
    before = _audits(env)
    page.tax_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TaxPackDialog) and dialog.enterprise.currentData() == TAX_IDS[0]
    assert dialog.year.value() == 2568  # on 1 Dec 2026 the last closed tax year is 2025
    dialog.year.setValue(2569)
    dialog.out.setText(str(tmp_path / "tax-2569.zip"))
    dialog.passphrase.setText(PASSPHRASE)
    _shoot(dialog, "tax_pack_dialog", ((560, 280),))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    with zipfile.ZipFile(tmp_path / "tax-2569.zip") as archive:
        assert sorted(archive.namelist()) == ["README-th.txt", "certifying-letter.pdf", "evidence.xlsx"]
    assert (tmp_path / "tax-2569.zip.minisig").exists()
    assert dialog.pack is not None and dialog.pack.learners == ["6670101"] and _audits(env) == before + 1
