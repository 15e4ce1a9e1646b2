"""PDPA tools: sensitive facts, guardian consent for under-20s, retention report, subject export and erasure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from vocdesk.errors import PermissionDenied
from vocdesk.persistence.audit_chain import verify_chain
from vocdesk.persistence.models import (
    AuditEvent,
    Learner,
    LearnerPhoto,
    LearnerStatusChange,
    Programme,
    SensitiveFact,
)
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.login import proof_or_raise, reauthenticate
from vocdesk.services.core.settings import write_setting
from vocdesk.services.core.users import create_first_administrator
from vocdesk.services.learners.photos import PhotoConsent, store_photo
from vocdesk.services.pdpa.requests import (
    consent_missing,
    record_consent,
    record_sensitive,
    retention_report,
    sensitive_facts,
)
from vocdesk.services.pdpa.subject import ERASED_NAME, erase_subject, export_subject

PASSWORD = "Admin-pass-2569"


@pytest.fixture
def college(ctx: AppContext) -> tuple[AppContext, int, int]:
    """An administrator (signed in) and two learners: one aged 17 still studying, one who left in 2014."""
    with ctx.db.write_session() as session, session.begin():
        programme = Programme(level="pvc", type_name_th="อุตสาหกรรม", major_code="20101", major_name_th="ช่างยนต์",
                              curriculum_year=2567)
        session.add(programme)
        session.flush()
        young = Learner(student_code="6720101001", national_id="1103700012345", first_name_th="สมศรี",
                        last_name_th="ใจงาม", level="pvc", year=1, programme_id=programme.id, status="studying",
                        birth_date=dt.date(2009, 3, 1), phone="0812345678", gender="f", province="ราชบุรี")
        left = Learner(student_code="5520101001", national_id="3100600123458", first_name_th="สมปอง",
                       last_name_th="เก่าแก่", level="pvc", year=3, programme_id=programme.id, status="withdrawn",
                       birth_date=dt.date(1996, 6, 1))
        session.add_all([young, left])
        session.flush()
        session.add(LearnerStatusChange(learner_id=left.id, status="withdrawn", effective_date=dt.date(2014, 6, 1)))
        ids = (young.id, left.id)
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: write_setting(uow, "security.argon2", {"memory_kib": 19456, "time_cost": 2, "parallelism": 1}))
    ctx.run(lambda uow: create_first_administrator(uow, "somchai", PASSWORD))
    ctx.actor = Actor("somchai", "administrator")
    return ctx, ids[0], ids[1]


def _proof(ctx: AppContext, purpose: str):  # type: ignore[no-untyped-def]
    return proof_or_raise(ctx.run(lambda uow: reauthenticate(uow, PASSWORD, purpose))[0])


def test_sensitive_facts_hidden_from_roles_without_access_and_hashed_in_audit(college: tuple[AppContext, int, int],
                                                                              ) -> None:
    ctx, young, _ = college
    ctx.run(lambda uow: record_sensitive(uow, young, "disability", "บกพร่องทางการได้ยิน"))
    facts, _ = ctx.run(lambda uow: sensitive_facts(uow, young))
    assert [(f.category, f.detail) for f in facts] == [("disability", "บกพร่องทางการได้ยิน")]
    ctx.actor = Actor("officer", "equipment_officer")
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: sensitive_facts(uow, young))
    with ctx.db.read() as session:
        assert "บกพร่อง" not in " ".join(session.scalars(select(AuditEvent.changes_json)))


def test_guardian_consent_needed_under_twenty_per_purpose(college: tuple[AppContext, int, int]) -> None:
    ctx, young, left = college
    assert ctx.run(lambda uow: consent_missing(uow, young, "ovec_report"))[0]
    assert not ctx.run(lambda uow: consent_missing(uow, left, "ovec_report"))[0]  # an adult consents alone
    ctx.run(lambda uow: record_consent(uow, young, "นางสมใจ ใจงาม", "มารดา", ["ovec_report", "photos"],
                                       dt.date(2026, 5, 16)))
    assert not ctx.run(lambda uow: consent_missing(uow, young, "ovec_report"))[0]
    assert ctx.run(lambda uow: consent_missing(uow, young, "marketing"))[0]


def test_retention_report_lists_learners_who_left_long_ago(college: tuple[AppContext, int, int]) -> None:
    ctx, young, left = college
    rows, _ = ctx.run(retention_report)
    assert [(r.learner_id, r.left_on) for r in rows] == [(left, dt.date(2014, 6, 1))]
    ctx.run(lambda uow: write_setting(uow, "pdpa.retention_years", 20))
    assert ctx.run(retention_report)[0] == []
    assert young not in [r.learner_id for r in rows]


def test_subject_export_holds_everything_about_the_person(college: tuple[AppContext, int, int],
                                                          tmp_path: Path) -> None:
    ctx, young, _ = college
    ctx.run(lambda uow: record_sensitive(uow, young, "health", "หอบหืด"))
    ctx.run(lambda uow: record_consent(uow, young, "นางสมใจ ใจงาม", "มารดา", ["ovec_report"], dt.date(2026, 5, 16)))
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: export_subject(uow, young, tmp_path / "x.xlsx", None))
    proof = _proof(ctx, "pdpa.export_subject")
    path, _ = ctx.run(lambda uow: export_subject(uow, young, tmp_path / "subject.xlsx", proof))
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["learner", "status_history", "sensitive", "guardian_consent", "audit"]
    learner = dict(book["learner"].iter_rows(min_row=2, values_only=True))
    assert learner["national_id"] == "1103700012345" and learner["first_name_th"] == "สมศรี"
    assert [r[:2] for r in book["sensitive"].iter_rows(min_row=2, values_only=True)] == [("health", "หอบหืด")]
    assert next(iter(book["guardian_consent"].iter_rows(min_row=2, values_only=True)))[0] == "นางสมใจ ใจงาม"
    actions = [r[2] for r in book["audit"].iter_rows(min_row=2, values_only=True)]
    assert "pdpa.sensitive_add" in actions and "pdpa.consent_add" in actions
    book.close()


def test_erasure_anonymises_but_keeps_statistics_and_the_chain(college: tuple[AppContext, int, int]) -> None:
    ctx, young, _ = college
    ctx.run(lambda uow: record_sensitive(uow, young, "poverty", "ผ่านเกณฑ์คัดกรอง"))
    ctx.run(lambda uow: store_photo(uow, young, b"\xff\xd8\xff\xe0 card photo", PhotoConsent("นางสมใจ ใจงาม",
                                                                                           dt.date(2026, 5, 16))))
    with pytest.raises(PermissionDenied) as caught:
        ctx.run(lambda uow: erase_subject(uow, young, "คำขอของเจ้าของข้อมูล", None))
    assert caught.value.code == "reauth_required"
    proof = _proof(ctx, "pdpa.erase")
    ctx.run(lambda uow: erase_subject(uow, young, "คำขอของเจ้าของข้อมูล", proof))
    with ctx.db.read() as session:
        learner = session.get(Learner, young)
        assert learner is not None
        assert (learner.first_name_th, learner.national_id, learner.phone) == (ERASED_NAME, "", "")
        assert learner.student_code == f"ERASED-{young}"
        assert (learner.gender, learner.level, learner.status, learner.province) == ("f", "pvc", "studying",
                                                                                     "ราชบุรี")
        assert learner.birth_date is not None and learner.birth_date.year == 2009
        assert session.scalar(select(func.count()).select_from(SensitiveFact)) == 0
        assert session.get(LearnerPhoto, young) is None  # the card photo goes with the rest
        assert verify_chain(session) is None
        trail = " ".join(session.scalars(select(AuditEvent.changes_json)))
    assert "1103700012345" not in trail  # IDs enter the trail masked; the erasure record names no values
