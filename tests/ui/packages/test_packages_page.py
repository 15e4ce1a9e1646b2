"""Packages screen: findings of a planted error, lock by role with a password, create → verified and in history,
cancel leaves no file."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.dialogs.login import ReauthDialog
from ui.errors import message_for
from ui.pages.packages import create as packages_create
from ui.pages.packages.dialogs import ExplainDialog, PassphraseDialog
from ui.pages.packages.packages_page import ERROR_BACKGROUND, PackagesPage
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.verifier import KeyRecord, verify_package
from vocdesk.messages import render
from vocdesk.persistence.models import Learner
from vocdesk.services.core.backups import backup_before
from vocdesk.services.core.context import Actor
from vocdesk.services.core.login import login, proof_or_raise, reauthenticate
from vocdesk.services.core.users import create_first_administrator
from vocdesk.services.packages.keys import generate_college_key, signing_public_key
from vocdesk.services.packages.listing import package_history, period_choices
from vocdesk.services.packages.workflow import lock_period, period_status, validate_period

PASSWORD = "director-key-2569!"
PASSPHRASE = "กุญแจ-วิทยาลัย-2569"
PERIOD = "1/2569"


def demo_college(env: UiEnv) -> None:
    ctx = env.context
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=40, seed=5, graduate_cohorts=0)))


def signed_in_keyholder(env: UiEnv, *, with_key: bool) -> None:
    """The demo college's first administrator signs in; optionally makes the signing key with a fresh proof."""
    ctx = env.context
    ctx.run(lambda uow: create_first_administrator(uow, "keyholder", PASSWORD))
    outcome, _ = ctx.run(lambda uow: login(uow, "keyholder", PASSWORD))
    ctx.actor = outcome.actor_or_raise()
    if with_key:
        proof = proof_or_raise(ctx.run(lambda uow: reauthenticate(uow, PASSWORD, "package.keys"))[0])
        ctx.run(lambda uow: generate_college_key(uow, ctx.paths, PASSPHRASE, proof))


def opened(qtbot: QtBot, env: UiEnv) -> PackagesPage:
    page = PackagesPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    page.period.setCurrentText(PERIOD)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.load_status()
    return page


def enter_password(qtbot: QtBot, page: PackagesPage, password: str = PASSWORD) -> ReauthDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, ReauthDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, ReauthDialog)
    dialog.password.setText(password)
    dialog.submit()
    return dialog


def status_of(env: UiEnv) -> str:
    with env.context.db.read() as session:
        return period_status(session, env.context.actor, PERIOD).status


def test_validation_shows_the_planted_error_in_red_with_the_catalogue_message(qtbot: QtBot, env: UiEnv) -> None:
    demo_college(env)
    with env.context.unit_of_work() as uow:
        code = uow.session.scalar(select(Learner.student_code).order_by(Learner.id).limit(1))
        uow.session.execute(update(Learner).where(Learner.student_code == code).values(gpax=4.5))
    page = opened(qtbot, env)
    assert page.steps.status == "draft" and not page.lock_button.isEnabled()
    page.validate_button.click()
    qtbot.waitUntil(lambda: page.findings_table.rowCount() > 0, timeout=20_000)
    rows = [[page.findings_table.item(r, c).text() for c in range(5)]  # type: ignore[union-attr]
            for r in range(page.findings_table.rowCount())]
    planted = next(r for r in range(len(rows)) if rows[r][:2] == ["PK-L05", f"student:{code}"])
    finding = page.findings[planted]
    assert rows[planted][2] == "ข้อผิดพลาด"
    assert rows[planted][3] == render("pkg_rule_gpax_range", "th", **finding.params) != ""
    assert page.findings_table.item(planted, 3).background().color() == ERROR_BACKGROUND  # type: ignore[union-attr]
    assert "ข้อผิดพลาด 1" in visible(page.summary.text())
    assert page.steps.status == "draft" and not page.lock_button.isEnabled()
    page.findings_table.selectRow(planted)
    assert not page.explain_button.isEnabled()  # errors are fixed, not explained away


def test_a_warning_is_explained_through_the_dialog(qtbot: QtBot, env: UiEnv) -> None:
    demo_college(env)
    with env.context.unit_of_work() as uow:
        uow.session.execute(update(Learner).where(Learner.id == 1).values(group_id=None))
    page = opened(qtbot, env)
    page.validate_button.click()
    qtbot.waitUntil(lambda: any(f.rule_id == "PK-L04" for f in page.findings), timeout=20_000)
    row = next(i for i, f in enumerate(page.findings) if f.rule_id == "PK-L04")
    page.findings_table.selectRow(row)
    page.explain_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ExplainDialog)
    dialog.text.setPlainText("ย้ายกลุ่มระหว่างภาค รอคำสั่ง")
    dialog.submit()
    qtbot.waitUntil(lambda: any(f.rule_id == "PK-L04" and f.explanation for f in page.findings), timeout=20_000)
    assert page.steps.status == "validated" and page.lock_button.isEnabled()


def test_lock_is_not_offered_to_a_registrar(qtbot: QtBot, env: UiEnv) -> None:
    demo_college(env)
    env.context.run(lambda uow: validate_period(uow, PERIOD))
    env.context.actor = Actor("reg", "registrar")
    page = opened(qtbot, env)
    assert page.steps.status == "validated"
    assert page.validate_button.isVisibleTo(page)
    assert not page.lock_button.isVisibleTo(page) and not page.create_button.isVisibleTo(page)
    assert not page.key_box.create_button.isVisibleTo(page)


def test_administrator_locks_after_re_entering_the_password(qtbot: QtBot, env: UiEnv) -> None:
    demo_college(env)
    signed_in_keyholder(env, with_key=False)
    env.context.run(lambda uow: validate_period(uow, PERIOD))
    page = opened(qtbot, env)
    assert page.lock_button.isEnabled()
    page.lock_button.click()
    wrong = enter_password(qtbot, page, "not-the-password")
    qtbot.waitUntil(lambda: wrong.message.text() != "", timeout=20_000)
    assert status_of(env) == "validated" and wrong.isVisible()
    wrong.reject()
    page.lock_button.click()
    enter_password(qtbot, page)
    qtbot.waitUntil(lambda: page.steps.status == "locked", timeout=20_000)
    assert status_of(env) == "locked"
    assert "ล็อกโดย keyholder" in visible(page.summary.text())
    assert page.create_button.isEnabled()


def start_creation(qtbot: QtBot, env: UiEnv, out: Path) -> PackagesPage:
    demo_college(env)
    signed_in_keyholder(env, with_key=True)
    ctx = env.context
    ctx.run(lambda uow: validate_period(uow, PERIOD))
    proof = proof_or_raise(ctx.run(lambda uow: reauthenticate(uow, PASSWORD, "package.lock"))[0])
    ctx.run(lambda uow: lock_period(uow, PERIOD, proof=proof))
    page = opened(qtbot, env)
    page.creation.ask_path = lambda suggested: out  # type: ignore[method-assign]
    page.create_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText("not-the-passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=20_000)
    assert visible(dialog.message.text()) == visible(message_for(PackageRefused("key_passphrase_wrong")))
    assert dialog.isVisible() and page.dialog is dialog  # still asking: nothing else happened
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    return page


def test_created_package_verifies_and_appears_in_history(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    out = tmp_path / "sent" / "college_1-2569.zip"
    out.parent.mkdir()
    page = start_creation(qtbot, env, out)
    enter_password(qtbot, page)
    qtbot.waitUntil(lambda: page.creation.last is not None, timeout=30_000)
    public = signing_public_key(env.context.paths)
    verified = verify_package(out, {public.key_id: KeyRecord(public)}, now=env.context.clock.now())
    assert verified.manifest.sequence == 1 and verified.manifest.period == PERIOD
    with env.context.db.read() as session:
        sent = package_history(session, env.context.actor)
    assert [(s.sequence, s.file_name) for s in sent] == [(1, out.name)]
    text = visible(page.result.text())
    assert str(out) in text and sent[0].sha256 in text and f"{out}.minisig" in text and "ลำดับ 1" in text
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 1, timeout=10_000)
    assert page.history.table.item(0, 0).text() == "1"  # type: ignore[union-attr]
    assert page.history.table.item(0, 4).text() == sent[0].sha256[:16] + "…"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.steps.status == "exported", timeout=10_000)


def test_cancel_leaves_no_file_and_no_history(qtbot: QtBot, env: UiEnv, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "sent" / "college_1-2569.zip"
    out.parent.mkdir()
    started, release = threading.Event(), threading.Event()

    def held_backup(ctx: object, reason: str) -> object:  # holds the work until the user has pressed Cancel
        started.set()
        release.wait(20)
        return backup_before(ctx, reason)  # type: ignore[arg-type]

    monkeypatch.setattr(packages_create, "backup_before", held_backup)
    page = start_creation(qtbot, env, out)
    enter_password(qtbot, page)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    progress = page.creation.progress
    assert progress is not None
    progress.canceled.emit()  # the Cancel button
    release.set()
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=30_000)
    assert list(out.parent.iterdir()) == [] and page.creation.last is None
    with env.context.db.read() as session:
        assert package_history(session, env.context.actor) == []
    assert status_of(env) == "locked"


def test_period_list_starts_with_the_current_semester_and_keeps_worked_on_periods(env: UiEnv) -> None:
    demo_college(env)
    env.context.run(lambda uow: validate_period(uow, "FY2566"))
    with env.context.db.read() as session:
        choices = period_choices(session, dt.date(2026, 11, 24))
    assert choices[0] == "2/2569"  # 24 Nov 2026 is in the break before the second term of 2569
    assert {"1/2569", "FY2570", "FY2569"} <= set(choices) and choices[-1] == "FY2566"


def test_create_key_asks_the_passphrase_twice_and_the_password(qtbot: QtBot, env: UiEnv) -> None:
    demo_college(env)
    signed_in_keyholder(env, with_key=False)
    page = opened(qtbot, env)
    assert page.key_box.create_button.isVisibleTo(page) and not page.key_box.copy_button.isVisibleTo(page)
    page.key_box.create_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    dialog.submit()
    assert "ไม่ตรงกัน" in dialog.message.text() and dialog.isVisible()
    dialog.again.setText(PASSPHRASE)
    dialog.submit()
    enter_password(qtbot, page)
    qtbot.waitUntil(lambda: page.key_box.info.exists, timeout=20_000)
    public = signing_public_key(env.context.paths)
    assert page.key_box.info.key_id == public.id_text and public.id_text in visible(page.key_box.note.text())
    assert page.key_box.copy_button.isVisibleTo(page) and not page.key_box.create_button.isVisibleTo(page)
    page.key_box.copy_button.click()
    assert QGuiApplication.clipboard().text() == public.file_text()
