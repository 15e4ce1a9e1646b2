"""The submission workflow on SQLite and PostgreSQL: validate, explain, lock, create, chain, cancel, seal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import delete, func, select, update

from tests.factories.packages import FixedLedger
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.errors import Conflict, PermissionDenied, ValidationFailed
from vocdesk.io.package.manifest import GENESIS_SHA256
from vocdesk.io.package.sealing import recipient_text
from vocdesk.io.package.verifier import KeyRecord, Seen, verify_package
from vocdesk.io.package.writer import PackageCancelled
from vocdesk.persistence.models import DualPlacement, Learner, PackageHistory
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.packages import PACKAGES
from vocdesk.services.packages.create import create_package
from vocdesk.services.packages.keys import CollegeKeys, generate_college_key, open_college_keys, set_ovec_recipient
from vocdesk.services.packages.workflow import explain_finding, lock_period, period_status, validate_period

PASSPHRASE = "กุญแจ-วิทยาลัย-2569"
REGISTRAR = Actor("reg", "registrar")


@pytest.fixture
def college(ctx: AppContext) -> CollegeKeys:
    """A fresh installation acting as the setup user (no administrator yet: no password re-entry; that rule is
    tested in test_package_reauth.py)."""
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=120, seed=7, graduate_cohorts=0)))
    ctx.run(lambda uow: generate_college_key(uow, ctx.paths, PASSPHRASE))
    return open_college_keys(ctx.paths, PASSPHRASE)


def _as(ctx: AppContext, actor: Actor) -> AppContext:
    return AppContext(paths=ctx.paths, db=ctx.db, clock=ctx.clock, actor=actor)


def _verify(ctx: AppContext, path: Path, keys: CollegeKeys, **options: object) -> object:
    public = keys.signing.public
    return verify_package(path, {public.key_id: KeyRecord(public)}, now=ctx.clock.now(), **options)  # type: ignore


def _lock_and_create(ctx: AppContext, keys: CollegeKeys, out: Path, period: str = "1/2569") -> object:
    status, _ = ctx.run(lambda uow: validate_period(uow, period))
    assert status.status == "validated", [(f.rule_id, f.record) for f in status.findings]
    ctx.run(lambda uow: lock_period(uow, period))
    created, changes = ctx.run(lambda uow: create_package(uow, period, out, keys))
    assert changes.touches(PACKAGES)
    return created


def test_full_workflow_and_minimised_pseudonymised_rows(ctx: AppContext, college: CollegeKeys,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "p1.zip"
    with pytest.raises(Conflict) as caught:  # validated but not locked
        ctx.run(lambda uow: validate_period(uow, "1/2569"))
        ctx.run(lambda uow: create_package(uow, "1/2569", out, college))
    assert caught.value.code == "pkg_not_locked" and not out.exists()
    with pytest.raises(PermissionDenied):  # a registrar validates but does not hold the lock key
        _as(ctx, REGISTRAR).run(lambda uow: lock_period(uow, "1/2569"))
    ctx.run(lambda uow: lock_period(uow, "๑/๒๕๖๙"))
    created, _ = ctx.run(lambda uow: create_package(uow, "1/2569", out, college))
    assert created.sequence == 1 and created.rows["std2018_student"] == 120 and not created.sealed
    result = _verify(ctx, out, college, ledger=FixedLedger({}))
    students = list(csv.DictReader(io.StringIO(result.tables["std2018_student.csv"].decode("utf-8"))))
    assert len(students) == 120
    with ctx.db.read() as s:
        ids = set(s.scalars(select(Learner.national_id)))
        names = set(s.scalars(select(Learner.first_name_th)))
        history = s.execute(select(PackageHistory.sha256, PackageHistory.period)).one()
    assert {row["idcard"] for row in students}.isdisjoint(ids)           # no national ID in clear
    assert all(len(row["idcard"]) == 64 for row in students)            # HMAC-SHA256 pseudonyms
    assert names.isdisjoint(result.tables["std2018_student.csv"].decode("utf-8").replace(",", " ").split())
    assert {row["studentStatusName"] for row in students} <= {"กำลังศึกษา", "พักการเรียน", "สำเร็จการศึกษา", "พ้นสภาพ",
                                                               "ลาออก", "ย้ายสถานศึกษา"}
    assert history.sha256 == created.sha256 and history.period == "1/2569"
    assert result.manifest.previous_sha256 == GENESIS_SHA256
    with ctx.db.read() as s:
        assert period_status(s, ctx.actor, "1/2569").status == "exported"
    with pytest.raises(Conflict):  # exported: a new package needs a new validation and lock
        ctx.run(lambda uow: create_package(uow, "1/2569", tmp_path / "again.zip", college))


def test_second_package_chains_and_large_change_needs_explanation(ctx: AppContext, college: CollegeKeys,
                                                                  tmp_path: Path) -> None:
    first = _lock_and_create(ctx, college, tmp_path / "p1.zip")
    with ctx.unit_of_work() as uow:
        placed = select(DualPlacement.learner_id)  # a placement keeps its learner (foreign key): take others
        codes = list(uow.session.scalars(select(Learner.id).where(Learner.id.not_in(placed)).order_by(Learner.id)
                                         .limit(40)))
        uow.session.execute(delete(Learner).where(Learner.id.in_(codes)))
    status, _ = ctx.run(lambda uow: validate_period(uow, "2/2569"))
    change = [f for f in status.findings if f.rule_id == "PK-P01"]
    assert status.status == "draft" and {f.record for f in change} >= {"count:learners"}
    learners = next(f for f in change if f.record == "count:learners")
    assert learners.params == {"what": "learners", "before": 120, "after": 80, "percent": -33}
    for finding in change:
        ctx.run(lambda uow, f=finding: explain_finding(uow, "2/2569", f.rule_id, f.record,
                                                       "ย้ายนักศึกษาไปวิทยาเขตใหม่ตามคำสั่ง สอศ."))
    second = _lock_and_create(ctx, college, tmp_path / "p2.zip", "2/2569")
    assert second.sequence == 2
    result = _verify(ctx, tmp_path / "p2.zip", college,
                     ledger=FixedLedger({"1370990001": Seen(1, first.sha256)}))
    assert result.manifest.previous_sha256 == first.sha256
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PackageHistory)) == 2


def test_errors_cannot_be_explained_and_block_the_lock(ctx: AppContext, college: CollegeKeys) -> None:
    with ctx.unit_of_work() as uow:
        code = uow.session.scalar(select(Learner.student_code).order_by(Learner.id).limit(1))
        uow.session.execute(update(Learner).where(Learner.student_code == code).values(gpax=4.5))
    status, _ = ctx.run(lambda uow: validate_period(uow, "FY2569"))
    assert status.status == "draft" and status.errors == 1
    error = next(f for f in status.findings if f.severity == "error")
    assert (error.rule_id, error.record) == ("PK-L05", f"student:{code}")
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: explain_finding(uow, "FY2569", "PK-L05", f"student:{code}", "ครูกรอกผิด ยอมรับไปก่อน"))
    assert caught.value.code == "pkg_error_not_explainable"
    with pytest.raises(Conflict):
        ctx.run(lambda uow: lock_period(uow, "FY2569"))


def test_data_changed_after_lock_is_not_exported(ctx: AppContext, college: CollegeKeys, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    ctx.run(lambda uow: validate_period(uow, "1/2569"))
    ctx.run(lambda uow: lock_period(uow, "1/2569"))
    with ctx.unit_of_work() as uow:
        uow.session.execute(update(Learner).where(Learner.id == 1).values(gpax=1.25))
    out = tmp_path / "p.zip"
    with pytest.raises(Conflict) as caught:
        ctx.run(lambda uow: create_package(uow, "1/2569", out, college))
    assert caught.value.code == "pkg_changed_since_validation"
    assert list(tmp_path.iterdir()) == []
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PackageHistory)) == 0


def test_cancel_leaves_nothing_and_progress_reaches_the_total(ctx: AppContext, college: CollegeKeys,
                                                              tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    ctx.run(lambda uow: validate_period(uow, "1/2569"))
    ctx.run(lambda uow: lock_period(uow, "1/2569"))
    seen: list[tuple[int, int]] = []
    with pytest.raises(PackageCancelled):
        ctx.run(lambda uow: create_package(uow, "1/2569", tmp_path / "p.zip", college,
                                           progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []
    with ctx.db.read() as s:
        assert period_status(s, ctx.actor, "1/2569").status == "locked"
    seen.clear()
    ctx.run(lambda uow: create_package(uow, "1/2569", tmp_path / "p.zip", college,
                                       progress=lambda d, t: seen.append((d, t)), cancelled=lambda: False))
    assert seen[-1][0] == seen[-1][1] > 120
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.zip", "p.zip.minisig"]


def test_personal_files_sealed_to_ovec_when_its_key_is_set(ctx: AppContext, college: CollegeKeys,
                                                           tmp_path: Path) -> None:
    ovec = X25519PrivateKey.generate()
    ctx.run(lambda uow: set_ovec_recipient(uow, recipient_text(ovec.public_key())))
    created = _lock_and_create(ctx, college, tmp_path / "sealed.zip")
    assert created.sealed
    blind = _verify(ctx, tmp_path / "sealed.zip", college)
    assert set(blind.sealed_unread) == {"std2018_student.csv", "std2018_studentgroup.csv", "teachers.csv",
                                      "dual_followup.csv", "dual_placements.csv"}  # both name learners
    opened = _verify(ctx, tmp_path / "sealed.zip", college, ovec_key=ovec)
    students = list(csv.DictReader(io.StringIO(opened.tables["std2018_student.csv"].decode("utf-8"))))
    with ctx.db.read() as s:
        ids = set(s.scalars(select(Learner.national_id)))
    assert {row["idcard"] for row in students} == ids  # OVEC sees the real IDs, nobody else does
    manifest = json.loads(opened.manifest.to_bytes())
    personal = {"std2018_student", "std2018_studentgroup", "teachers", "dual_followup", "dual_placements"}
    assert all(entry["pseudonymised"] == [] and ("encryption" in entry) == (entry["table"] in personal)
               for entry in manifest["files"])
    assert "equipment.csv" in opened.tables and "equipment.csv" in blind.tables  # nothing personal: in clear


def _add_assets(ctx: AppContext) -> None:
    import datetime as dt

    from sqlalchemy import insert

    from vocdesk.persistence.models import Asset, AssetCategory
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(AssetCategory), [dict(id=9901, code="9999-901", name_th="เครื่องยนต์ฝึก",
                                                         useful_life_years=5)])
        uow.session.execute(insert(Asset), [
            dict(code="9999-901-0001/2568", name="เครื่องยนต์ดีเซลตัดผ่า", category_id=9901, fiscal_year=2568,
                 running_no=1, acquired_on=dt.date(2025, 1, 15), cost_satang=1_250_050,
                 funding_source="เงินอุดหนุนสาขาขาดแคลน", custodian_name="นายสมชาย ผู้ดูแล"),
            dict(code="9999-901-0002/2568", name="แท่นทดสอบ", category_id=9901, fiscal_year=2568, running_no=2,
                 acquired_on=dt.date(2025, 1, 15), cost_satang=99, disposed_on=dt.date(2026, 3, 1),
                 condition="broken"),
        ])


def test_equipment_register_travels_without_custodian_names(ctx: AppContext, college: CollegeKeys,
                                                            tmp_path: Path) -> None:
    from vocdesk.persistence.models import Asset
    with ctx.db.read() as s:
        demo_assets = s.scalar(select(func.count()).select_from(Asset))
    _add_assets(ctx)
    created = _lock_and_create(ctx, college, tmp_path / "p.zip")
    assert created.rows["equipment"] == demo_assets + 2
    result = _verify(ctx, tmp_path / "p.zip", college)
    text = result.tables["equipment.csv"].decode("utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["assetCode"].startswith("9999-901")]
    assert [(r["assetCode"], r["costBaht"], r["acquiredOn"], r["disposedOn"]) for r in rows] == [
        ("9999-901-0001/2568", "12500.50", "2025-01-15", ""), ("9999-901-0002/2568", "0.99", "2025-01-15",
                                                               "2026-03-01")]
    assert "ผู้ดูแล" not in text and text.splitlines()[0].count(",") == 12  # no custodian column
    entry = next(e for e in result.manifest.files if e.table == "equipment")
    assert entry.pseudonymised == () and entry.sealing is None
