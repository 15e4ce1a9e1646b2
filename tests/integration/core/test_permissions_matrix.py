"""Every role × every action in all_permissions() is allowed or refused exactly as the table says — through the real
service for each action that has one, so a service that forgets its check (or checks the wrong action) fails."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vocdesk.errors import PermissionDenied
from vocdesk.persistence.models import Learner, Programme
from vocdesk.services.core import backups
from vocdesk.services.core.audit import list_audit, verify_audit
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.permissions import (
    ROLES,
    all_permissions,
    allowed,
    national_id_for,
    read_only_actions,
    require,
)
from vocdesk.services.core.settings import write_setting
from vocdesk.services.core.users import add_user, create_demo_users, list_users
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

Probe = Callable[[AppContext, Actor, int, Path], Any]


def _in_uow(call: Callable[[UnitOfWork, int, Path], Any]) -> Probe:
    def probe(ctx: AppContext, actor: Actor, learner_id: int, tmp: Path) -> Any:
        ctx.actor = actor
        return ctx.run(lambda uow: call(uow, learner_id, tmp))
    return probe


def _with_ctx(call: Callable[[AppContext, Path], Any]) -> Probe:
    def probe(ctx: AppContext, actor: Actor, learner_id: int, tmp: Path) -> Any:
        ctx.actor = actor
        return call(ctx, tmp)
    return probe


SERVICE_PROBES: dict[str, Probe] = {
    "users.manage": _in_uow(lambda uow, _l, _t: add_user(uow, f"p-{uow.actor.role}".replace("_", "-"), "auditor",
                                                        "Probe-pass-123")),
    "users.view": _in_uow(lambda uow, _l, _t: list_users(uow)),
    "audit.view": _in_uow(lambda uow, _l, _t: list_audit(uow)),
    "audit.verify": _in_uow(lambda uow, _l, _t: verify_audit(uow)),
    "demo.fill": _in_uow(lambda uow, _l, _t: create_demo_users(uow)),
    "backup.create": _with_ctx(lambda ctx, _t: backups.create_backup(ctx)),
    "backup.view": _with_ctx(lambda ctx, _t: backups.list_backups(ctx)),
    "backup.restore": _with_ctx(lambda ctx, tmp: backups.restore_backup(ctx, tmp / "none.sqlite3", None)),
    "check.run": _with_ctx(lambda ctx, _t: backups.database_check(ctx)),
    "backup.settings": _in_uow(lambda uow, _l, tmp: backups.save_backup_settings(uow, str(tmp / "usb"))),
    "pdpa.view_sensitive": _in_uow(lambda uow, lid, _t: sensitive_facts(uow, lid)),
    "pdpa.edit_sensitive": _in_uow(lambda uow, lid, _t: record_sensitive(uow, lid, "health", "หอบหืด")),
    "pdpa.consent": _in_uow(lambda uow, lid, _t: (record_consent(uow, lid, "นางแม่", "มารดา", ["ovec"],
                                                                 dt.date(2026, 5, 1)), consent_missing(uow, lid, "x"))),
    "pdpa.export_subject": _in_uow(lambda uow, lid, tmp: export_subject(uow, lid, tmp / "s.xlsx", None)),
    "pdpa.erase": _in_uow(lambda uow, lid, _t: erase_subject(uow, lid, "request", None)),
    "pdpa.retention_report": _in_uow(lambda uow, _l, _t: retention_report(uow)),
    "pdpa.breach_view": _in_uow(lambda uow, _l, _t: breach_register(uow)),
    "pdpa.breach_edit": _in_uow(lambda uow, _l, _t: record_breach(uow, dt.datetime(2026, 11, 23, 8), "USB lost", 3)),
}


@pytest.fixture
def world(ctx: AppContext) -> tuple[AppContext, int]:
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
        learner_id = learner.id
    ctx.run(lambda uow: write_setting(uow, "security.argon2", {"memory_kib": 19456, "time_cost": 2, "parallelism": 1}))
    return ctx, learner_id


def _refused(probe: Probe, ctx: AppContext, actor: Actor, learner_id: int, tmp: Path, action: str) -> bool:
    try:
        probe(ctx, actor, learner_id, tmp)
    except PermissionDenied as error:
        if error.code == "permission_denied":
            assert error.params["action"] == action, f"{action} checked {error.params['action']} instead"
            return True
    except Exception:  # past the permission check: other failures (no proof, no file) do not matter here
        pass
    return False


def test_service_actions_follow_the_table(world: tuple[AppContext, int], tmp_path: Path) -> None:
    ctx, learner_id = world
    mismatches = []
    for action, probe in sorted(SERVICE_PROBES.items()):
        for role in ROLES:
            expected_allowed = role in all_permissions()[action]
            refused = _refused(probe, ctx, Actor(f"u-{role}", role), learner_id, tmp_path, action)
            if refused == expected_allowed:
                mismatches.append(f"{role} × {action}: {'refused' if refused else 'allowed'}")
    assert mismatches == []


def test_every_role_and_action_checked_by_require() -> None:
    for action, roles in all_permissions().items():
        for role in ROLES:
            actor = Actor("x", role)
            assert allowed(actor, action) == (role in roles)
            if role in roles:
                require(actor, action)
            else:
                with pytest.raises(PermissionDenied):
                    require(actor, action)
    assert set(SERVICE_PROBES) <= set(all_permissions())


def test_read_only_roles_hold_only_read_actions() -> None:
    for action, roles in all_permissions().items():
        if roles & {"executive", "auditor"}:
            assert action in read_only_actions(), f"{action} lets a read-only role change data"


def test_national_id_masked_for_roles_that_may_not_see_it() -> None:
    shown = {role: national_id_for(Actor("x", role), "1103700012345") for role in ROLES}
    assert shown["administrator"] == shown["registrar"] == "1103700012345"
    for role in ("equipment_officer", "training_staff", "executive", "auditor"):
        assert shown[role] == "1-1037-xxxxx-xx-5"
