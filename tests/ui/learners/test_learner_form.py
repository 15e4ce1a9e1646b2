"""The add/edit learner form: saving, the ID checksum and its override, พ.ศ. birth dates, conflicts, and who sees it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.learner_form import type_text
from tests.ui.conftest import fill_learners, visible
from ui.context import UiEnv
from ui.pages.learners.form import LearnerForm
from ui.pages.learners.panel import LearnerPanel
from ui.pages.learners.register_page import LearnersPage
from ui.tasks import TaskRunner
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import Actor
from vocdesk.services.learners.choices import learner_for_edit
from vocdesk.services.learners.register import edit_learner

SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")
"""Set to a folder to save a screenshot of the form (docs/img/learner-form_th.png)."""
GOOD_ID = "110370001234" + str(national_id_check_digit("110370001234"))
BAD_ID = "110370001234" + str((national_id_check_digit("110370001234") + 1) % 10)


@pytest.fixture
def seeded(env: UiEnv) -> UiEnv:
    fill_learners(env.context, 12)
    return env


def open_form(qtbot: QtBot, panel: LearnerPanel, learner_id: int | None = None) -> LearnerForm:
    with qtbot.waitSignal(panel.form_buttons.opened, timeout=10_000) as opened:
        if learner_id is None:
            panel.form_buttons.add_button.click()
        else:
            assert panel.learner_id == learner_id and panel.form_buttons.edit_button.isEnabled()
            panel.form_buttons.edit_button.click()
    form = opened.args[0]
    assert isinstance(form, LearnerForm)
    return form


def fill_new_learner(form: LearnerForm, code: str, national_id: str) -> None:
    fields = form.fields
    type_text(fields.texts["student_code"], code)
    type_text(fields.national_id.edit, national_id)
    fields.gender.setCurrentIndex(fields.gender.findData("female"))
    fields.prefix.setCurrentIndex(fields.prefix.findData("นางสาว"))
    type_text(fields.texts["first_name_th"], "วิภาวดี")
    type_text(fields.texts["last_name_th"], "รักเรียน")
    type_text(fields.birth_date.edit, "09/06/2553")
    fields.level.setCurrentIndex(fields.level.findData("pvc"))
    fields.year.setValue(1)
    fields.programme.setCurrentIndex(fields.programme.findData(1))
    fields.group.setCurrentIndex(fields.group.findData(1))
    fields.entry_semester.setText("1/2569")
    fields.gpax.setText("3.25")


def stored(env: UiEnv, code: str) -> Learner | None:
    with env.context.db.read() as s:
        learner = s.scalars(select(Learner).where(Learner.student_code == code)).first()
        if learner is not None:
            s.expunge(learner)
        return learner


def test_a_new_learner_saved_appears_in_the_list_with_the_be_birth_date(qtbot: QtBot, seeded: UiEnv) -> None:
    page = LearnersPage(seeded)
    qtbot.addWidget(page)
    seeded.runner.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.show()
        page.activate()
    assert page.model.rowCount() == 12
    form = open_form(qtbot, page.panel)
    assert [form.fields.group.itemText(i) for i in range(form.fields.group.count())][1:] == ["ชย.1/1 (6620101)"]
    fill_new_learner(form, "67201010099", GOOD_ID)
    assert form.fields.national_id.edit.text() == "1-1037-00012-34-" + GOOD_ID[-1]
    with qtbot.waitSignal(page.model.refreshed, timeout=10_000):
        form.buttons.button(form.buttons.StandardButton.Save).click()
    assert not form.isVisible()
    learner = stored(seeded, "67201010099")
    assert learner is not None
    assert (learner.first_name_th, learner.prefix, learner.gender) == ("วิภาวดี", "นางสาว", "female")
    assert learner.birth_date == dt.date(2010, 6, 9)
    assert (learner.national_id, learner.group_id, learner.gpax) == (GOOD_ID, 1, 3.25)
    assert page.model.rowCount() == 13
    codes = {page.model.row_id(r) for r in range(page.model.rowCount())}
    assert learner.id in codes


def test_a_failed_checksum_needs_a_reason_and_the_reason_is_stored(qtbot: QtBot, seeded: UiEnv) -> None:
    panel = LearnerPanel(seeded)
    qtbot.addWidget(panel)
    form = open_form(qtbot, panel)
    fill_new_learner(form, "67201010100", BAD_ID)
    assert form.fields.national_id.state() == "checksum_failed"
    with qtbot.waitSignal(seeded.runner.idle, timeout=10_000):
        form.save()
    assert "ไม่ถูกต้อง" in visible(form.error_text("national_id"))
    assert form.error_text("student_code") == ""
    assert form.isVisible() and stored(seeded, "67201010100") is None
    form.fields.national_id.ask_reason = lambda: "ผู้เรียนสัญชาติลาว เลขจากบัตรสีชมพู"
    form.fields.national_id.override_button.click()
    assert form.fields.national_id.state() == "overridden"
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    learner = stored(seeded, "67201010100")
    assert learner is not None
    assert (learner.national_id, learner.national_id_override) == (BAD_ID, "ผู้เรียนสัญชาติลาว เลขจากบัตรสีชมพู")


def test_a_missing_thai_name_is_shown_beside_its_field_and_nothing_is_saved(qtbot: QtBot, seeded: UiEnv) -> None:
    panel = LearnerPanel(seeded)
    qtbot.addWidget(panel)
    form = open_form(qtbot, panel)
    fill_new_learner(form, "67201010101", GOOD_ID)
    form.fields.texts["last_name_th"].clear()
    with qtbot.waitSignal(seeded.runner.idle, timeout=10_000):
        form.save()
    assert visible(form.error_text("last_name_th")) == "ต้องกรอก นามสกุล (ไทย)"
    assert form.isVisible() and stored(seeded, "67201010101") is None


def test_an_edit_after_someone_elses_edit_shows_the_conflict_and_saves_nothing(
        qtbot: QtBot, seeded: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = LearnerPanel(seeded)
    qtbot.addWidget(panel)
    target = stored(seeded, "6600000003")
    assert target is not None
    assert not panel.form_buttons.edit_button.isEnabled()
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.show_learner(target.id)
    form = open_form(qtbot, panel, target.id)
    assert form.windowTitle() == "แก้ไขข้อมูลผู้เรียน"
    assert form.fields.texts["first_name_th"].text() == target.first_name_th
    assert form.fields.national_id.digits() == target.national_id

    def other_clerk_changes_phone(uow: object) -> int:
        with seeded.context.db.read() as s:
            current = learner_for_edit(s, seeded.actor, target.id)
        return edit_learner(uow, target.id, current.version,  # type: ignore[arg-type]
                            dataclasses.replace(current.values, phone="0811111111", national_id=GOOD_ID,
                                                entry_semester="1/2566"))

    seeded.context.run(other_clerk_changes_phone)
    asked: list[str] = []

    def answer(_parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    form.fields.texts["phone"].setText("0899999999")
    with qtbot.waitSignal(seeded.runner.idle, timeout=10_000):
        form.save()
    assert asked and "registrar1" in asked[0]
    assert form.isVisible()
    learner = stored(seeded, "6600000003")
    assert learner is not None and learner.phone == "0811111111"
    qtbot.waitUntil(lambda: form.fields.texts["phone"].text() == "0811111111", timeout=10_000)


def test_a_role_without_learners_edit_sees_no_add_or_edit_buttons(qtbot: QtBot, seeded: UiEnv) -> None:
    viewer = dataclasses.replace(seeded.context, actor=Actor("exec1", "executive"))
    runner = TaskRunner(viewer)
    try:
        panel = LearnerPanel(UiEnv(viewer, runner, seeded.i18n_dir))
        qtbot.addWidget(panel)
        panel.show()
        assert not panel.form_buttons.add_button.isVisible()
        assert not panel.form_buttons.edit_button.isVisible()
    finally:
        runner.shutdown()
    registrar = LearnerPanel(seeded)
    qtbot.addWidget(registrar)
    registrar.show()
    assert registrar.form_buttons.add_button.isVisible() and registrar.form_buttons.edit_button.isVisible()


def test_on_demo_data_the_groups_follow_the_programme_and_year(qtbot: QtBot, env: UiEnv) -> None:
    from vocdesk.demo import DemoOptions, fill_demo_college

    env.context.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=60)))
    panel = LearnerPanel(env)
    qtbot.addWidget(panel)
    form = open_form(qtbot, panel)
    fields = form.fields
    fields.level.setCurrentIndex(fields.level.findData("pvs"))
    assert fields.year.maximum() == 2
    fields.programme.setCurrentIndex(1)
    fields.year.setValue(2)
    offered = {fields.group.itemData(i) for i in range(1, fields.group.count())}
    wanted = {g.id for g in fields.choices.groups if (g.programme_id, g.level, g.year)
              == (fields.programme.currentData(), "pvs", 2)}
    assert offered == wanted and offered
    fields.gender.setCurrentIndex(fields.gender.findData("male"))
    assert {fields.prefix.itemText(i) for i in range(1, fields.prefix.count())} == {"นาย", "เด็กชาย", "Mr."}
    type_text(fields.texts["student_code"], "67302010001")
    type_text(fields.national_id.edit, BAD_ID)
    fields.prefix.setCurrentIndex(fields.prefix.findData("นาย"))
    type_text(fields.texts["first_name_th"], "ธนากร")
    type_text(fields.texts["last_name_th"], "ศรีสุข")
    type_text(fields.texts["first_name_en"], "Thanakorn")
    type_text(fields.birth_date.edit, "09/06/2550")
    fields.province.setCurrentIndex(fields.province.findText("ขอนแก่น"))
    fields.group.setCurrentIndex(1)
    with qtbot.waitSignal(env.runner.idle, timeout=10_000):
        form.save()
    assert form.error_text("national_id") and form.isVisible()
    form.resize(form.sizeHint())
    if SHOTS:
        form.grab().save(str(Path(SHOTS) / "learner-form_th.png"))
