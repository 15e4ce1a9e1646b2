"""Every role × every action in all_permissions() is allowed or refused exactly as the table says — through the real
service that checks it, so a service that forgets its check (or checks the wrong action) fails, and so does a probe
that crashes past the check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from vocdesk.errors import PermissionDenied, VocDeskError
from vocdesk.io.pdf.reports import ReportOptions
from vocdesk.persistence.models import Learner, Programme
from vocdesk.services.core import backups
from vocdesk.services.core.audit import list_audit, verify_audit
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.overview import college_overview
from vocdesk.services.core.permissions import ROLES, all_permissions, allowed, national_id_for, require
from vocdesk.services.core.settings import CollegeProfile, save_college_profile, write_setting
from vocdesk.services.core.users import add_user, create_demo_users, list_users
from vocdesk.services.dual.enterprises import list_enterprises, merge_enterprises
from vocdesk.services.dual.placements import activate_placement
from vocdesk.services.dual.trainers import add_trainer
from vocdesk.services.equipment.asset_activity import dispose_asset, log_maintenance, record_usage
from vocdesk.services.equipment.grants import record_topup, save_policy_band
from vocdesk.services.equipment.locations import list_locations
from vocdesk.services.equipment.stocktake import open_stocktake
from vocdesk.services.kinds.exports import ExportResult, record_export
from vocdesk.services.kinds.imports import read_import_file
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.labour.occupation_map import occupation_map, set_occupations
from vocdesk.services.learners.listing import learner_ids
from vocdesk.services.learners.programmes import coverage, edit_programme
from vocdesk.services.learners.register import change_status, learner_detail
from vocdesk.services.learners.reports import ClassListReport, write_at_risk_csv
from vocdesk.services.learners.risk import RiskThresholds, assess_learners, save_risk_thresholds
from vocdesk.services.learners.rollover import preview_rollover
from vocdesk.services.learners.support import add_support, open_case, support_by_programme
from vocdesk.services.packages.create import create_package
from vocdesk.services.packages.keys import set_ovec_recipient
from vocdesk.services.packages.workflow import lock_period, period_status
from vocdesk.services.pdpa.requests import (
    breach_register,
    consent_missing,
    record_breach,
    record_consent,
    record_sensitive,
    retention_report,
    sensitive_facts,
)
from vocdesk.services.pdpa.subject import erase_subject, export_subject
from vocdesk.services.teachers.listing import teacher_rows
from vocdesk.services.teachers.register import record_leaving
from vocdesk.services.teachers.staffing import (
    save_workload_constants,
    set_group_count,
    staffing_overview,
    workload_constants,
)

DAY = dt.date(2026, 11, 23)
NO_SUCH_ID = 999_999  # a record that does not exist: an allowed role gets past the check and is told not_found


@dataclass(frozen=True)
class World:
    ctx: AppContext
    learner_id: int
    programme_id: int
    programme_version: int
    tmp: Path


@dataclass(frozen=True)
class Probe:
    """One call of the service that checks an action. `expected`: coded errors the probe itself provokes past the
    check (a missing record, no password proof); `later`: actions the service checks after this one; `shown`: for
    an action that filters what a service returns instead of refusing, whether the result shows it; `before`: an
    action checked first, whose refusal refuses this one too."""

    run: Callable[[World, Actor], Any]
    expected: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    shown: Callable[[Any], bool] | None = None
    before: str | None = None


def _write(call: Callable[[UnitOfWork, World], Any], *expected: str, later: tuple[str, ...] = ()) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        world.ctx.actor = actor
        return world.ctx.run(lambda uow: call(uow, world))
    return Probe(run, frozenset(expected), frozenset(later))


def _read(call: Callable[[Session, Actor, World], Any], *expected: str) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        with world.ctx.db.read() as session:
            return call(session, actor, world)
    return Probe(run, frozenset(expected))


def _detail_shows(shown: Callable[[Any], bool]) -> Probe:
    """An action that the learner detail (checked by learners.view) honours by leaving something out."""
    return Probe(_read(lambda s, a, w: learner_detail(s, a, w.learner_id)).run, shown=shown, before="learners.view")


def _app(call: Callable[[AppContext, World], Any], *expected: str, later: tuple[str, ...] = ()) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        world.ctx.actor = actor
        return call(world.ctx, world)
    return Probe(run, frozenset(expected), frozenset(later))


def _import(kind: str) -> Probe:  # the check comes before the file is read: a missing file is the probe's own doing
    return Probe(lambda w, actor: read_import_file(actor, kind, w.tmp / "missing.xlsx"), frozenset({"import_missing"}))


def _username(uow: UnitOfWork) -> str:
    return f"p-{uow.actor.role}".replace("_", "-")


PROBES: dict[str, Probe] = {
    # dual system
    "dual.view": _write(lambda uow, _w: list_enterprises(uow)),
    "dual.edit": _write(lambda uow, _w: add_trainer(uow, 999_999, "ผู้ฝึก"), "not_found"),
    "dual.activate": _write(lambda uow, _w: activate_placement(uow, 999_999), "not_found"),
    "dual.merge": _write(lambda uow, _w: merge_enterprises(uow, 999_998, 999_999), "not_found"),
    # labour market
    "labour.view": _read(lambda s, a, _w: occupation_map(s, a)),
    "labour.map": _write(lambda uow, _w: set_occupations(uow, 999_999, []), "programme_not_found", "not_found"),
    "labour.import": _import("demand"),
    # core
    "users.manage": _write(lambda uow, _w: add_user(uow, _username(uow), "auditor", "Probe-pass-123")),
    "users.view": _write(lambda uow, _w: list_users(uow)),
    "audit.view": _write(lambda uow, _w: list_audit(uow)),
    "audit.verify": _write(lambda uow, _w: verify_audit(uow)),
    "demo.fill": _write(lambda uow, _w: create_demo_users(uow)),
    "backup.create": _app(lambda ctx, _w: backups.create_backup(ctx), "backup_postgres"),  # on PostgreSQL: the server
    "backup.view": _app(lambda ctx, _w: backups.list_backups(ctx), "backup_postgres"),
    "backup.restore": _app(lambda ctx, w: backups.restore_backup(ctx, w.tmp / "none.sqlite3", None),
                           "backup_missing", "backup_postgres"),
    "backup.settings": _write(lambda uow, w: backups.save_backup_settings(uow, str(w.tmp / "usb"))),
    "check.run": _app(lambda ctx, _w: backups.database_check(ctx)),
    "settings.view": _read(lambda s, a, _w: college_overview(s, a)),
    "settings.edit": _write(lambda uow, _w: save_college_profile(uow, CollegeProfile("1320100001", "วิทยาลัยทดลอง",
                                                                                     "", "ขอนแก่น"))),
    "export.data": _write(lambda uow, w: record_export(uow, ExportResult("learners", w.tmp / "x.xlsx", 0, ()))),
    "reports.print": _app(lambda ctx, w: ClassListReport().build(
        ReportRequest(ctx), w.tmp / "c.pdf", ReportOptions(ctx.paths.resources_dir, printed=DAY),
        lambda _done, _total: None, lambda: False), later=("learners.view",)),
    # learners
    "learners.view": _read(lambda s, a, _w: learner_ids(s, a)),
    "learners.view_national_id": _detail_shows(lambda detail: detail.national_id == "1103700012345"),
    "learners.edit": _write(lambda uow, _w: change_status(uow, NO_SUCH_ID, 1, "studying", DAY), "not_found"),
    "learners.import": _import("learners"),
    "learners.rollover": _read(lambda s, a, _w: preview_rollover(s, a, 2569, DAY)),
    "programmes.view": _read(lambda s, a, _w: coverage(s, a)),
    "programmes.edit": _write(lambda uow, w: edit_programme(uow, w.programme_id, w.programme_version, is_shortage=False,
                                                            shortage_source="", competences=[]), "conflict_changed"),
    "risk.view": _read(lambda s, a, _w: assess_learners(s, a, DAY)),
    "risk.settings": _write(lambda uow, _w: save_risk_thresholds(uow, RiskThresholds())),
    "risk.export": _app(lambda ctx, w: write_at_risk_csv(ctx, w.tmp / "risk.csv"), later=("risk.view",)),
    "support.view": _read(lambda s, a, _w: support_by_programme(s, a, DAY)),
    "support.edit": _write(lambda uow, _w: add_support(uow, NO_SUCH_ID, "scholarship", "กยศ.", "ทุน", 1000, DAY, None),
                           "not_found"),
    "followup.view": _detail_shows(lambda detail: detail.cases is not None),
    "followup.edit": _write(lambda uow, _w: open_case(uow, NO_SUCH_ID, "home_visit", DAY, "ครูที่ปรึกษา"), "not_found"),
    # teachers
    "teachers.view": _read(lambda s, a, _w: teacher_rows(s, a)),
    "teachers.edit": _write(lambda uow, _w: record_leaving(uow, NO_SUCH_ID, DAY), "not_found"),
    "teachers.import": _import("teachers"),
    "staffing.view": _read(lambda s, a, _w: staffing_overview(s, a)),
    "staffing.plan": _write(lambda uow, _w: set_group_count(uow, "NO-SUCH", "pvc", 1), "not_found"),
    "staffing.settings": _write(lambda uow, _w: save_workload_constants(uow, workload_constants(uow.session))),
    # equipment
    "equipment.view": _read(lambda s, a, _w: list_locations(s, a)),
    "equipment.edit": _write(lambda uow, _w: log_maintenance(uow, "NO-SUCH", DAY, "repair", "เปลี่ยนหลอด"), "not_found"),
    "equipment.dispose": _write(lambda uow, _w: dispose_asset(uow, "NO-SUCH", DAY, "ชำรุด", "sale", "ผู้อำนวยการ"),
                                "not_found"),
    "equipment.usage": _write(lambda uow, _w: record_usage(uow, "NO-SUCH", DAY, Decimal(2), "สอน"), "not_found"),
    "equipment.stocktake": _write(lambda uow, _w: open_stocktake(uow, 2570 + ROLES.index(uow.actor.role), DAY)),
    "equipment.settings": _write(lambda uow, _w: save_policy_band(uow, 1_000_000, 3_000_000)),
    "equipment.import": _import("equipment"),
    "grants.topup": _write(lambda uow, _w: record_topup(uow, NO_SUCH_ID, 100, "เงินเพิ่ม"), "not_found"),
    # packages
    "package.validate": _read(lambda s, a, _w: period_status(s, a, "1/2569")),
    "package.lock": _write(lambda uow, _w: lock_period(uow, "1/2569"), "reauth_required"),
    "package.export": _write(lambda uow, w: create_package(uow, "1/2569", w.tmp / "p.zip", None),  # type: ignore[arg-type]
                             "reauth_required"),  # refused for want of a password proof before the keys are used
    "package.keys": _write(lambda uow, _w: set_ovec_recipient(uow, "")),
    # pdpa
    "pdpa.view_sensitive": _write(lambda uow, w: sensitive_facts(uow, w.learner_id)),
    "pdpa.edit_sensitive": _write(lambda uow, w: record_sensitive(uow, w.learner_id, "health", "หอบหืด")),
    "pdpa.consent": _write(lambda uow, w: (record_consent(uow, w.learner_id, "นางแม่", "มารดา", ["ovec"],
                                                          dt.date(2026, 5, 1)),
                                           consent_missing(uow, w.learner_id, "x"))),
    "pdpa.export_subject": _write(lambda uow, w: export_subject(uow, w.learner_id, w.tmp / "s.xlsx", None),
                                  "reauth_required"),
    "pdpa.erase": _write(lambda uow, w: erase_subject(uow, w.learner_id, "request", None), "reauth_required"),
    "pdpa.retention_report": _write(lambda uow, _w: retention_report(uow)),
    "pdpa.breach_view": _write(lambda uow, _w: breach_register(uow)),
    "pdpa.breach_edit": _write(lambda uow, _w: record_breach(uow, dt.datetime(2026, 11, 23, 8), "USB lost", 3)),
}


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> World:
    with ctx.db.write_session() as session, session.begin():
        programme = Programme(level="pvc", type_name_th="อุตสาหกรรม", major_code="20101", major_name_th="ช่างยนต์",
                              curriculum_year=2567)
        session.add(programme)
        session.flush()
        learner = Learner(student_code="6720101001", national_id="1103700012345", first_name_th="ก",
                          last_name_th="ข", level="pvc", year=1, programme_id=programme.id, status="studying",
                          birth_date=dt.date(2009, 3, 1))
        session.add(learner)
        session.flush()
        ids = learner.id, programme.id, programme.version
    ctx.run(lambda uow: write_setting(uow, "security.argon2", {"memory_kib": 19456, "time_cost": 2, "parallelism": 1}))
    # programmes.edit is probed with a stale version: an allowed role passes the check and is told of the conflict
    return World(ctx, ids[0], ids[1], ids[2] + 1, tmp_path)


def _refused(probe: Probe, world: World, actor: Actor, action: str) -> bool:
    """True when the service refused `action`; anything but that refusal or the probe's own expected error raises."""
    try:
        result = probe.run(world, actor)
    except PermissionDenied as error:
        checked = error.params.get("action")
        if error.code == "permission_denied" and checked == action:
            return True
        if error.code == "permission_denied" and checked == probe.before:
            return True  # refused before it could reach this action
        if error.code == "permission_denied" and checked in probe.later:
            return False  # past this action's check, refused by a later one
        if error.code in probe.expected and checked == action:
            return False  # e.g. reauth_required: the role passed, the password proof is missing
        raise
    except VocDeskError as error:
        if error.code in probe.expected:
            return False
        raise
    return probe.shown is not None and not probe.shown(result)


def test_every_action_has_a_probe() -> None:
    assert sorted(set(all_permissions()) - set(PROBES)) == [], "add a probe for each new action"
    assert sorted(set(PROBES) - set(all_permissions())) == []


def test_service_actions_follow_the_table(world: World) -> None:
    mismatches = []
    for action, probe in sorted(PROBES.items()):
        for role in ROLES:
            expected_allowed = role in all_permissions()[action]
            refused = _refused(probe, world, Actor(f"u-{role}", role), action)
            if refused == expected_allowed:
                mismatches.append(f"{role} × {action}: {'refused' if refused else 'allowed'}")
    assert mismatches == []


def test_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        allowed(Actor("x", "administrator"), "learners.fly")
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("x", "auditor"), "learners.edit")
    assert refused.value.params == {"action": "learners.edit", "role": "auditor"}


# written by hand: what the two read-only roles may do; a new action given to them must be added here on purpose
EXECUTIVE_MAY = {"dual.view", "labour.view",
                 "equipment.view", "export.data", "learners.view", "pdpa.breach_view", "programmes.view",
                 "reports.print", "risk.view", "settings.view", "staffing.view", "support.view", "teachers.view"}
AUDITOR_MAY = {"audit.verify", "audit.view", "check.run", "dual.view", "labour.view",
               "equipment.view", "learners.view", "pdpa.breach_view",
               "pdpa.retention_report", "programmes.view", "reports.print", "risk.view", "settings.view",
               "staffing.view", "support.view", "teachers.view", "users.view"}


@pytest.mark.parametrize(("role", "may"), [("executive", EXECUTIVE_MAY), ("auditor", AUDITOR_MAY)])
def test_read_only_roles_hold_only_read_actions(role: str, may: set[str]) -> None:
    held = {action for action, roles in all_permissions().items() if role in roles}
    assert held == may
    assert not any(word in action for action in held for word in ("edit", "manage", "import", "restore", "erase"))


def test_national_id_masked_for_roles_that_may_not_see_it() -> None:
    shown = {role: national_id_for(Actor("x", role), "1103700012345") for role in ROLES}
    assert shown["administrator"] == shown["registrar"] == "1103700012345"
    for role in ("equipment_officer", "training_staff", "executive", "auditor"):
        assert shown[role] == "1-1037-xxxxx-xx-5"
