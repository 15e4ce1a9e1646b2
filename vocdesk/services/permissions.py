"""Which role may do which action; every service checks here, so hiding a button is never the only guard."""

from __future__ import annotations

from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.errors import PermissionDenied
from vocdesk.services.context import Actor

ROLES = ("administrator", "registrar", "equipment_officer", "training_staff", "executive", "auditor")

# action -> roles allowed. Read actions are listed too, so that a role sees only what it needs.
PERMISSIONS: dict[str, frozenset[str]] = {
    "settings.edit": frozenset({"administrator"}),
    "settings.view": frozenset(ROLES),
    "demo.fill": frozenset({"administrator"}),
    "programmes.view": frozenset(ROLES),
    "programmes.edit": frozenset({"administrator", "registrar"}),
    "learners.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "learners.edit": frozenset({"administrator", "registrar"}),
    "learners.import": frozenset({"administrator", "registrar"}),
    "learners.view_national_id": frozenset({"administrator", "registrar"}),
    "teachers.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "teachers.edit": frozenset({"administrator", "registrar"}),
    "teachers.import": frozenset({"administrator", "registrar"}),
    "staffing.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "staffing.plan": frozenset({"administrator", "registrar"}),
    "staffing.settings": frozenset({"administrator"}),
    "equipment.view": frozenset({"administrator", "equipment_officer", "executive", "auditor"}),
    "equipment.edit": frozenset({"administrator", "equipment_officer"}),
    "equipment.import": frozenset({"administrator", "equipment_officer"}),
    "equipment.settings": frozenset({"administrator", "equipment_officer"}),
    "equipment.dispose": frozenset({"administrator", "equipment_officer"}),
    "equipment.stocktake": frozenset({"administrator", "equipment_officer"}),
    "equipment.usage": frozenset({"administrator", "equipment_officer", "training_staff"}),
    # Money added to a grant beyond its allocation (top-up or transfer) is for the administrator only.
    "grants.topup": frozenset({"administrator"}),
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
    "backup.view": frozenset({"administrator", "registrar", "equipment_officer", "training_staff"}),
    "backup.settings": frozenset({"administrator"}),
    "check.run": frozenset({"administrator", "auditor"}),
    "users.view": frozenset({"administrator", "auditor"}),
    "audit.verify": frozenset({"administrator", "auditor"}),
    "risk.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "risk.settings": frozenset({"administrator", "registrar"}),
    "risk.export": frozenset({"administrator", "registrar"}),
    "support.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
    "support.edit": frozenset({"administrator", "registrar"}),
    "followup.view": frozenset({"administrator", "registrar"}),
    "followup.edit": frozenset({"administrator", "registrar"}),
    "learners.rollover": frozenset({"administrator", "registrar"}),
    "pdpa.view_sensitive": frozenset({"administrator", "registrar"}),
    "pdpa.edit_sensitive": frozenset({"administrator", "registrar"}),
    "pdpa.consent": frozenset({"administrator", "registrar"}),
    "pdpa.export_subject": frozenset({"administrator"}),
    "pdpa.erase": frozenset({"administrator"}),
    "pdpa.retention_report": frozenset({"administrator", "auditor"}),
    "pdpa.breach_view": frozenset({"administrator", "auditor", "executive"}),
    "pdpa.breach_edit": frozenset({"administrator"}),
}

# Actions that change nothing: the only ones the read-only roles (executive, auditor) may hold.
READ_ONLY_ACTIONS = frozenset(
    action for action in PERMISSIONS
    if action.endswith((".view", ".print", ".verify", ".validate", ".view_national_id", ".view_sensitive",
                        ".retention_report", ".breach_view", ".run"))
    or action == "export.data"
)


def allowed(actor: Actor, action: str) -> bool:
    roles = PERMISSIONS.get(action)
    if roles is None:
        raise KeyError(f"unknown action {action!r}")  # a programming error, not a user error
    return actor.role in roles


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless `actor`'s role may perform `action`."""
    if not allowed(actor, action):
        raise PermissionDenied(action=action, role=actor.role)


def national_id_for(actor: Actor, national_id: str) -> str:
    """The national ID as this actor may see it: whole for roles allowed to, masked (PDPA) for the rest."""
    if allowed(actor, "learners.view_national_id"):
        return national_id
    return mask_national_id(national_id)
