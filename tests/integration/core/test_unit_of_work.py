"""A user action commits all or nothing, audits in the same transaction, and reports what changed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.persistence.audit_chain import GENESIS, chain_head, verify_chain
from vocdesk.persistence.models import AuditEvent, Department
from vocdesk.services.core.changes import SETTINGS
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile


def test_profile_saved_and_audited(ctx: AppContext) -> None:
    profile = CollegeProfile("1320026101", " วิทยาลัยเทคนิคตัวอย่าง ", "Demo Technical College", "ชลบุรี")
    saved, changes = ctx.run(lambda uow: save_college_profile(uow, profile))
    assert saved.name_th == "วิทยาลัยเทคนิคตัวอย่าง"
    assert changes.touches(SETTINGS)
    with ctx.db.read() as session:
        assert college_profile(session) == saved
        actions = session.scalars(select(AuditEvent.action)).all()
        assert actions.count("setting.update") == 4
        assert verify_chain(session) is None
        assert chain_head(session) != GENESIS


def test_invalid_input_writes_nothing(ctx: AppContext) -> None:
    def action(uow: UnitOfWork) -> None:
        uow.session.add(Department(code="AUTO", name_th="ช่างยนต์"))
        uow.session.flush()
        save_college_profile(uow, CollegeProfile("12345", "x"))

    with pytest.raises(ValidationFailed) as caught:
        ctx.run(action)
    assert caught.value.code == "college_code_format"
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Department)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_tampered_audit_record_is_found(ctx: AppContext) -> None:
    ctx.run(lambda uow: save_college_profile(uow, CollegeProfile("1320026101", "วิทยาลัย ก")))
    with ctx.db.write_session() as session, session.begin():
        second = session.scalars(select(AuditEvent).order_by(AuditEvent.id).offset(1)).first()
        assert second is not None
        second.changes_json = '{"college.name_th": [null, "ปลอม"]}'
    with ctx.db.read() as session:
        problem = verify_chain(session)
    assert problem is not None and problem.reason == "content_changed"


def test_only_settings_editors_may_change_the_profile(ctx: AppContext) -> None:
    ctx.actor = Actor("somchai", "registrar")
    with pytest.raises(PermissionDenied) as caught:
        ctx.run(lambda uow: save_college_profile(uow, CollegeProfile("1320026101", "วิทยาลัย ก")))
    assert caught.value.params["action"] == "settings.edit"
    with ctx.db.read() as session:
        assert college_profile(session) == CollegeProfile()
