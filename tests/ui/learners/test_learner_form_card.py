"""The learner form filled from the Thai ID card (pcscd and the virtual card): learner, guardian, duplicate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.factories.learner_form import open_new_form, read
from tests.idcard_virtual.data import GOOD_CID, CardContent
from tests.idcard_virtual.fixtures import InsertCard
from tests.ui.conftest import fill_learners, visible
from ui.context import UiEnv
from vocdesk.persistence.models import AuditEvent, Learner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def test_a_card_fills_an_empty_new_learner_form(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> None:
    fill_learners(env.context, 3)
    form = open_new_form(qtbot, env)
    insert_card()
    read(qtbot, env, form.card.learner_button)
    fields = form.fields
    assert fields.national_id.digits() == GOOD_CID
    assert (fields.prefix.currentData(), fields.gender.currentData()) == ("นางสาว", "female")
    assert (fields.texts["first_name_th"].text(), fields.texts["last_name_th"].text()) == ("สมหญิง", "ใจดี")
    assert (fields.texts["first_name_en"].text(), fields.texts["last_name_en"].text()) == ("Somying", "Jaidee")
    assert fields.birth_date.date() == dt.date(2005, 2, 15)
    assert fields.texts["address"].text().startswith("99/1 หมู่ที่ 4") and fields.province.currentData() == "นนทบุรี"
    assert "10" in visible(form.card.note.text())
    with env.context.db.read() as session:
        audit = session.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "idcard.read")).all()
    assert len(audit) == 1 and GOOD_CID not in audit[0] and "สมหญิง" not in audit[0]
    if SHOTS:
        form.resize(1100, 650)
        form.show()
        QApplication.processEvents()
        form.grab().save(os.path.join(SHOTS, "learner-form-card_th.png"))


def test_the_guardian_card_fills_only_the_guardian_name(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> None:
    fill_learners(env.context, 3)
    form = open_new_form(qtbot, env)
    insert_card(content=dataclasses.replace(CardContent(), name_th="นาย#ประเสริฐ##ใจดี"))
    qtbot.waitUntil(lambda: form.card.guardian_button.isEnabled(), timeout=10_000)
    read(qtbot, env, form.card.guardian_button)
    assert form.fields.texts["guardian_name"].text() == "นายประเสริฐ ใจดี"
    assert form.fields.national_id.digits() == "" and form.fields.texts["first_name_th"].text() == ""


def test_a_card_already_registered_fills_nothing_and_names_the_learner(qtbot: QtBot, env: UiEnv,
                                                                       insert_card: InsertCard) -> None:
    fill_learners(env.context, 3)
    with env.context.db.write_session() as session, session.begin():
        code = session.scalars(select(Learner.student_code).order_by(Learner.id)).first()
        session.execute(update(Learner).where(Learner.student_code == code).values(national_id=GOOD_CID))
    form = open_new_form(qtbot, env)
    insert_card()
    read(qtbot, env, form.card.learner_button)
    assert form.fields.national_id.digits() == "" and form.fields.texts["first_name_th"].text() == ""
    assert str(code) in visible(form.card.note.text())
