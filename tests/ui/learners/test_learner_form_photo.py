"""The card photo in the learner form: read only when asked, and kept beside the learner only with a named consent."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.learner_form import open_new_form, read, type_text
from tests.idcard_virtual.data import GOOD_CID, CardContent
from tests.idcard_virtual.fixtures import InsertCard
from tests.ui.conftest import fill_learners, visible
from ui.context import UiEnv
from ui.pages.learners.form import LearnerForm
from vocdesk.persistence.models import AuditEvent, Learner, LearnerPhoto

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def _read_with_photo(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> LearnerForm:
    fill_learners(env.context, 3)
    form = open_new_form(qtbot, env)
    form.card.photo.ask.setChecked(True)
    insert_card()
    read(qtbot, env, form.card.learner_button)
    fields = form.fields
    type_text(fields.texts["student_code"], "67201010077")
    fields.level.setCurrentIndex(fields.level.findData("pvc"))
    fields.year.setValue(1)
    fields.programme.setCurrentIndex(fields.programme.findData(1))
    fields.group.setCurrentIndex(fields.group.findData(1))
    fields.entry_semester.setText("1/2569")
    return form


def _saved(qtbot: QtBot, env: UiEnv, form: LearnerForm) -> tuple[int | None, bytes | None, str | None]:
    with qtbot.waitSignal(env.runner.idle, timeout=10_000):
        form.save()
    with env.context.db.read() as session:
        learner_id = session.scalar(select(Learner.id).where(Learner.national_id == GOOD_CID))
        photo = session.get(LearnerPhoto, learner_id) if learner_id is not None else None
        return learner_id, (photo.jpeg if photo else None), (photo.consent_by if photo else None)


def test_without_asking_no_photo_is_read(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> None:
    fill_learners(env.context, 3)
    form = open_new_form(qtbot, env)
    insert_card()
    read(qtbot, env, form.card.learner_button)
    assert form.card.photo.jpeg is None and not form.card.photo.consent.isVisible()
    with env.context.db.read() as session:
        audit = session.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "idcard.read")).one()
    assert '"photo": [null, false]' in audit


def test_a_read_photo_is_not_kept_without_the_consent_tick(qtbot: QtBot, env: UiEnv,
                                                          insert_card: InsertCard) -> None:
    form = _read_with_photo(qtbot, env, insert_card)
    assert form.card.photo.jpeg == CardContent().photo
    assert not form.card.photo.picture.pixmap().isNull() and form.card.photo.consent.isVisible()
    learner_id, jpeg, _ = _saved(qtbot, env, form)
    assert learner_id is not None and jpeg is None


def test_the_ticked_and_named_consent_keeps_the_photo(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> None:
    form = _read_with_photo(qtbot, env, insert_card)
    form.card.photo.consent.setChecked(True)
    form.card.photo.given_by.setText("นางสมใจ ใจดี (มารดา)")
    if SHOTS:
        form.resize(1100, 650)
        form.show()
        QApplication.processEvents()
        form.grab().save(os.path.join(SHOTS, "learner-form-photo_th.png"))
    learner_id, jpeg, consent_by = _saved(qtbot, env, form)
    assert learner_id is not None
    assert jpeg == CardContent().photo and consent_by == "นางสมใจ ใจดี (มารดา)"


def test_a_tick_without_a_name_saves_neither_learner_nor_photo(qtbot: QtBot, env: UiEnv,
                                                               insert_card: InsertCard) -> None:
    form = _read_with_photo(qtbot, env, insert_card)
    form.card.photo.consent.setChecked(True)
    form.card.photo.given_by.clear()
    learner_id, jpeg, _ = _saved(qtbot, env, form)
    assert (learner_id, jpeg) == (None, None)
    assert form.isVisible() and "ยินยอม" in visible(form.message.text())
