"""Which role may do which action; every service checks here, so hiding a button is never the only guard."""

from __future__ import annotations

from vocdesk.errors import PermissionDenied
from vocdesk.services.context import Actor

ROLES = ("administrator", "registrar", "equipment_officer", "training_staff", "executive", "auditor")

# action -> roles allowed. Read actions are listed too, so that a role sees only what it needs.
PERMISSIONS: dict[str, frozenset[str]] = {
    "settings.edit": frozenset({"administrator"}),
    "settings.view": frozenset(ROLES),
    "demo.fill": frozenset({"administrator"}),
    "learners.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "learners.edit": frozenset({"administrator", "registrar"}),
    "learners.import": frozenset({"administrator", "registrar"}),
    "learners.view_national_id": frozenset({"administrator", "registrar"}),
    "teachers.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "teachers.edit": frozenset({"administrator", "registrar"}),
    "teachers.import": frozenset({"administrator", "registrar"}),
    "equipment.view": frozenset({"administrator", "equipment_officer", "executive", "auditor"}),
    "equipment.edit": frozenset({"administrator", "equipment_officer"}),
    "equipment.import": frozenset({"administrator", "equipment_officer"}),
    "export.data": frozenset({"administrator", "registrar", "equipment_officer", "executive"}),
    "reports.print": frozenset(ROLES),
    "audit.view": frozenset({"administrator", "auditor"}),
    "package.validate": frozenset({"administrator", "registrar"}),
    "package.lock": frozenset({"administrator"}),
    "package.export": frozenset({"administrator"}),
    "package.keys": frozenset({"administrator"}),
    "users.manage": frozenset({"administrator"}),
    "backup.create": frozenset({"administrator", "registrar", "equipment_officer", "training_staff"}),
    "backup.restore": frozenset({"administrator"}),
}


def allowed(actor: Actor, action: str) -> bool:
    roles = PERMISSIONS.get(action)
    if roles is None:
        raise KeyError(f"unknown action {action!r}")  # a programming error, not a user error
    return actor.role in roles


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless `actor`'s role may perform `action`."""
    if not allowed(actor, action):
        raise PermissionDenied(action=action, role=actor.role)
