"""Learner register through the services on SQLite and PostgreSQL: validation, version checks, status history."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.learners import seed, somchai, valid_id
from vocdesk.errors import Conflict, PermissionDenied, ValidationFailed
from vocdesk.persistence.models import AuditEvent, Learner, LearnerStatusChange
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.learners import LEARNERS
from vocdesk.services.learners.register import LearnerInput, change_status, create_learner, edit_learner


@pytest.fixture
def world(ctx: AppContext) -> tuple[AppContext, int, int, int]:
    ids, _ = ctx.run(seed)
    return (ctx, *ids)


def failure(ctx: AppContext, data: LearnerInput) -> tuple[str, object]:
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: create_learner(uow, data))
    return caught.value.code, caught.value.params.get("field")


def test_create_stores_the_learner_with_guardian_and_a_first_status(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, _ = world
    lid, changes = ctx.run(lambda uow: create_learner(uow, somchai(pvc, g1, national_id="1-1037-00012-34-" +
                                                                     valid_id("110370001234")[-1])))
    assert changes.touches(LEARNERS)
    with ctx.db.read() as s:
        learner = s.get(Learner, lid)
        assert learner is not None
        assert (learner.national_id, learner.status, learner.guardian_name) == (
            valid_id("110370001234"), "studying", "นางสมศรี ใจดี")
        history = s.execute(select(LearnerStatusChange.status, LearnerStatusChange.effective_date)
                            .where(LearnerStatusChange.learner_id == lid)).all()
        assert history == [("studying", dt.date(2026, 5, 16))]
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "learner.create"


def test_bad_input_names_the_field(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, g3 = world
    wrong_check = "110370001234" + str((int(valid_id("110370001234")[-1]) + 1) % 10)
    assert failure(ctx, somchai(pvc, g1, national_id=wrong_check)) == ("national_id_checksum", "national_id")
    assert failure(ctx, somchai(pvc, g1, first_name_th=" ")) == ("required", "first_name_th")
    assert failure(ctx, somchai(pvc, g1, year=4)) == ("invalid", "year")
    assert failure(ctx, somchai(pvc, g3)) == ("learner_group_mismatch", "group_id")
    assert failure(ctx, somchai(pvc, g1, level="pvs", year=1)) == ("learner_programme_level", "programme_id")
    assert failure(ctx, somchai(pvc, g1, gpax=4.5)) == ("invalid", "gpax")
    assert failure(ctx, somchai(pvc, g1, entry_semester="2569")) == ("invalid", "entry_semester")
    with ctx.db.read() as s:
        assert s.scalars(select(Learner)).all() == []


def test_foreign_learner_needs_an_override_reason(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, _ = world
    passport = somchai(pvc, g1, national_id="G-12345678")
    assert failure(ctx, passport) == ("national_id_checksum", "national_id")
    lid, _ = ctx.run(lambda uow: create_learner(uow, dataclasses.replace(
        passport, national_id_override="ผู้เรียนสัญชาติเมียนมา ใช้เลขหนังสือเดินทาง")))
    with ctx.db.read() as s:
        assert s.scalar(select(Learner.national_id).where(Learner.id == lid)) == "G-12345678"


def test_duplicate_code_and_permissions(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, _ = world
    ctx.run(lambda uow: create_learner(uow, somchai(pvc, g1)))
    assert failure(ctx, somchai(pvc, g1, national_id=valid_id("110370009999"))) == ("duplicate", "student_code")
    ctx.actor = Actor("boss", "executive")
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: create_learner(uow, somchai(pvc, g1, student_code="69201010002")))


def test_a_stale_edit_is_refused_and_names_who_changed_what(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, _ = world
    lid, _ = ctx.run(lambda uow: create_learner(uow, somchai(pvc, g1)))
    version, _ = ctx.run(lambda uow: edit_learner(uow, lid, 1, somchai(pvc, g1, phone="0899999999")))
    assert version == 2
    with pytest.raises(Conflict) as caught:
        ctx.run(lambda uow: edit_learner(uow, lid, 1, somchai(pvc, g1, gpax=3.5)))
    assert caught.value.params["fields"] == "phone" and caught.value.params["changed_by"] == "tester"
    with ctx.db.read() as s:
        assert s.scalar(select(Learner.gpax).where(Learner.id == lid)) is None


def test_status_change_writes_history_and_follows_the_rules(world: tuple[AppContext, int, int, int]) -> None:
    ctx, pvc, g1, _ = world
    lid, _ = ctx.run(lambda uow: create_learner(uow, somchai(pvc, g1)))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: change_status(uow, lid, 1, "withdrawn", dt.date(2026, 11, 1), ""))
    assert caught.value.params["field"] == "reason"
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: change_status(uow, lid, 1, "graduated", dt.date(2026, 11, 1)))
    assert caught.value.code == "graduate_year"
    version, _ = ctx.run(lambda uow: change_status(uow, lid, 1, "ลาออก", dt.date(2026, 11, 1), "ย้ายไปทำงาน"))
    with ctx.db.read() as s:
        assert s.scalar(select(Learner.status).where(Learner.id == lid)) == "withdrawn"
        history = s.execute(select(LearnerStatusChange.status, LearnerStatusChange.reason)
                            .where(LearnerStatusChange.learner_id == lid).order_by(LearnerStatusChange.id)).all()
        assert history == [("studying", "รับเข้าศึกษา"), ("withdrawn", "ย้ายไปทำงาน")]
    assert version == 2
