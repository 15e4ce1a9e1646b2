"""Which role may do which action; every service checks here, so hiding a button is never the only guard.

The actions come from the areas' manifests (`Area.permissions`); an action declared twice is an error.
"""

from __future__ import annotations

from functools import cache

from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.errors import PermissionDenied
from vocdesk.services.core.context import Actor
from vocdesk.services.core.roles import ROLES

__all__ = ["ROLES", "all_permissions", "allowed", "national_id_for", "read_only_actions", "require"]

READ_ONLY_SUFFIXES = (".view", ".print", ".verify", ".validate", ".view_national_id", ".view_sensitive",
                      ".retention_report", ".breach_view", ".run")


@cache
def all_permissions() -> dict[str, frozenset[str]]:
    """action -> roles allowed, gathered from every area's manifest."""
    from vocdesk.services.core.areas import areas

    merged: dict[str, frozenset[str]] = {}
    for found in areas():
        for action, roles in found.permissions.items():
            if action in merged:
                raise RuntimeError(f"permission {action!r} is declared twice (again by area {found.name!r})")
            unknown = set(roles) - set(ROLES)
            if unknown:
                raise RuntimeError(f"permission {action!r} names unknown roles {sorted(unknown)}")
            merged[action] = roles
    return merged


@cache
def read_only_actions() -> frozenset[str]:
    """Actions that change nothing: the only ones the read-only roles (executive, auditor) may hold."""
    return frozenset(action for action in all_permissions()
                     if action.endswith(READ_ONLY_SUFFIXES) or action == "export.data")


def allowed(actor: Actor, action: str) -> bool:
    roles = all_permissions().get(action)
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
