"""Loading OVEC's reference programme list into a college database: once, audited, never over a college's edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from vocdesk.errors import PermissionDenied
from vocdesk.paths import app_root
from vocdesk.persistence.models import AuditEvent, Programme
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.learners import PROGRAMMES
from vocdesk.services.learners.catalogue import list_programmes, load_reference_programmes, read_reference_programmes

RESOURCES = app_root() / "resources"


def test_loads_every_reference_major_with_placeholders_for_unknown_codes(ctx: AppContext) -> None:
    expected = read_reference_programmes(RESOURCES)
    inserted, changes = ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    assert inserted == len(expected) and changes.touches(PROGRAMMES)
    with ctx.db.read() as s:
        rows = list_programmes(s)
        audits = s.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "programme.load_reference")).all()
    assert len(rows) == len(expected)
    motor = next(r for r in rows if r.major_code == "20101")
    assert (motor.level, motor.major_name_th, motor.curriculum_year, motor.has_ovec_code) == (
        "pvc", "ช่างยนต์", 2562, True)
    unconfirmed = [r for r in rows if not r.has_ovec_code]
    assert len(unconfirmed) == sum(1 for e in expected if not e.major_code)
    assert sorted(r.major_code for r in unconfirmed) == [f"TBC{n:03d}" for n in range(1, len(unconfirmed) + 1)]
    ev = next(r for r in rows if r.major_name_th == "เทคโนโลยียานยนต์ไฟฟ้า")
    assert ev.level == "pvs" and ev.is_shortage and "ยืนยัน" in ev.shortage_source
    assert len(audits) == 1 and f'"inserted": {len(expected)}' in audits[0]


def test_reloading_keeps_the_colleges_edits_and_adds_nothing_twice(ctx: AppContext) -> None:
    ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    with ctx.unit_of_work() as uow:  # the college gives a TBC programme its real code and renames a major
        uow.session.execute(update(Programme).where(Programme.major_name_th == "ระบบขนส่งทางราง")
                            .values(major_code="39999"))
        uow.session.execute(update(Programme).where(Programme.major_code == "20101")
                            .values(major_name_th="ช่างยนต์ (แก้ไขโดยวิทยาลัย)"))
    with ctx.db.read() as s:
        before = list_programmes(s)
    again, _ = ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    with ctx.db.read() as s:
        after = list_programmes(s)
        audits = s.scalar(select(func.count()).select_from(AuditEvent)
                          .where(AuditEvent.action == "programme.load_reference"))
    assert again == 0 and after == before and audits == 1
    assert any(r.major_code == "39999" and r.major_name_th == "ระบบขนส่งทางราง" for r in after)
    assert any(r.major_code == "20101" and r.major_name_th.endswith("(แก้ไขโดยวิทยาลัย)") for r in after)


def test_a_missing_reference_major_is_added_back_with_the_next_placeholder(ctx: AppContext) -> None:
    ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    with ctx.unit_of_work() as uow:
        uow.session.execute(Programme.__table__.delete().where(Programme.major_name_th == "ประมง"))
    again, _ = ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    with ctx.db.read() as s:
        rows = list_programmes(s)
    fishery = [r for r in rows if r.major_name_th == "ประมง"]
    placeholders = sorted(int(r.major_code[3:]) for r in rows if r.major_code.startswith("TBC"))
    assert again == 1 and len(fishery) == 1
    assert fishery[0].major_code == f"TBC{placeholders[-1]:03d}" and len(set(placeholders)) == len(placeholders)


@pytest.mark.parametrize("role", ["equipment_officer", "executive", "auditor"])
def test_only_administrators_and_registrars_load_the_list(ctx: AppContext, role: str) -> None:
    ctx.actor = Actor("someone", role)
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: load_reference_programmes(uow, RESOURCES))
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Programme)) == 0
