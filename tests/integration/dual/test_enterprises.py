"""The shared enterprise register: tax IDs checked and unique, duplicates merged on request; MOU scans beside the DB."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories.dual import TAX_IDS, D, partner
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DualMou, DualTrainer, Enterprise, TeacherDevelopment
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise, list_enterprises, merge_enterprises
from vocdesk.services.dual.mous import SCAN_FOLDER, attach_scan, list_mous, scan_intact
from vocdesk.services.teachers.records import save_enterprise


def test_tax_ids_are_checked_normalised_and_unique(ctx: AppContext) -> None:
    with pytest.raises(ValidationFailed) as bad:
        ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput("0105536112015", "บริษัท ผิด จำกัด")))
    assert bad.value.code == "dual.tax_id_invalid"
    first = ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput("0-1055-36112-01-4", "บริษัท หนึ่ง จำกัด",
                                                                     branch="1", tsic_code="29101")))[0]
    with pytest.raises(ValidationFailed) as twice:
        ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput(TAX_IDS[0], "บริษัท หนึ่ง (ซ้ำ)")))
    assert twice.value.code == "dual.tax_id_duplicate" and twice.value.params["existing"] == first
    row = ctx.run(list_enterprises)[0][0]
    assert (row.tax_id, row.branch, row.tsic_code) == (TAX_IDS[0], "00001", "29101")


def test_an_enterprise_added_by_the_teachers_area_is_the_same_row_and_merges_keep_its_records(ctx: AppContext) -> None:
    kept, _trainer = partner(ctx)
    legacy = ctx.run(lambda uow: save_enterprise(uow, "บ. หนึ่ง", "", "ชลบุรี"))[0]  # teachers' record, no tax ID
    with ctx.unit_of_work() as uow:
        uow.session.add(TeacherDevelopment(teacher_id=_teacher(uow), enterprise_id=legacy, topic="training",
                                           start_date=D(2026, 4, 1), end_date=D(2026, 4, 30), hours=80))
    assert {e.id for e in ctx.run(list_enterprises)[0]} == {kept, legacy}
    moved = ctx.run(lambda uow: merge_enterprises(uow, kept, legacy))[0]
    assert moved == 1
    with ctx.unit_of_work() as uow:
        assert uow.session.get(Enterprise, legacy) is None
        assert uow.session.scalars(select(TeacherDevelopment.enterprise_id)).all() == [kept]
        assert uow.session.scalars(select(DualTrainer.enterprise_id)).all() == [kept]


def _teacher(uow: object) -> int:
    from vocdesk.persistence.models import Teacher

    teacher = Teacher(national_id="1101700203451", first_name_th="ครู", last_name_th="ทดสอบ", position_type="teacher")
    uow.session.add(teacher)  # type: ignore[attr-defined]
    uow.session.flush()  # type: ignore[attr-defined]
    return teacher.id


def test_the_signed_scan_is_kept_beside_the_database_with_its_sha256(ctx: AppContext, tmp_path: Path) -> None:
    partner(ctx)
    scan = tmp_path / "signed.PDF"
    scan.write_bytes(b"%PDF-1.4 signed MOU scan")
    mou_id = ctx.run(list_mous)[0][0].id
    digest = ctx.run(lambda uow: attach_scan(uow, ctx.paths.data_dir, mou_id, scan))[0]
    assert digest == hashlib.sha256(b"%PDF-1.4 signed MOU scan").hexdigest()
    with ctx.unit_of_work() as uow:
        mou = uow.session.get(DualMou, mou_id)
        assert mou is not None
        name, stored = mou.scan_file, mou.scan_sha256
    kept = ctx.paths.data_dir / SCAN_FOLDER / name
    assert kept.read_bytes() == scan.read_bytes() and stored == digest and name.endswith(".pdf")
    assert [p.name for p in kept.parent.iterdir()] == [name]  # no temporary file left behind
    assert scan_intact(ctx.paths.data_dir, name, stored)
    kept.write_bytes(b"%PDF-1.4 changed")
    assert not scan_intact(ctx.paths.data_dir, name, stored)
