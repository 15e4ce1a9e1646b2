"""Every role × every action in all_permissions() is allowed or refused exactly as the table says — through the real
service that checks it, so a service that forgets its check (or checks the wrong action) fails, and so does a probe
that crashes past the check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.probes import Probe, World, all_probes
from vocdesk.errors import PermissionDenied, VocDeskError
from vocdesk.persistence.models import Learner, Programme
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.permissions import ROLES, all_permissions, allowed, national_id_for, require
from vocdesk.services.core.settings import write_setting

PROBES = all_probes()


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
EXECUTIVE_MAY = {"community.print", "community.view", "dual.view", "labour.view", "training.view",
                 "equipment.view", "export.data", "learners.view", "pdpa.breach_view", "programmes.view",
                 "reports.print", "risk.view", "settings.view", "staffing.view", "support.view", "teachers.view"}
AUDITOR_MAY = {"audit.verify", "audit.view", "check.run", "community.view", "dual.view", "labour.view", "training.view",
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
