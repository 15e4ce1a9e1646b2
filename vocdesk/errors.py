"""Coded errors raised by the core: a code plus parameters, never user-facing text."""

from __future__ import annotations

from typing import Any


class VocDeskError(Exception):
    """Base of every expected error; `code` selects the message, `params` fill it in."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class NotFound(VocDeskError):
    """A record the action needs does not exist."""

    code = "not_found"


class ValidationFailed(VocDeskError):
    """Input broke a rule; `params['field']` names the field where known."""

    code = "invalid"


class PermissionDenied(VocDeskError):
    """The acting user's role may not perform the action."""

    code = "permission_denied"


class Conflict(VocDeskError):
    """Someone else changed the record since it was read."""

    code = "conflict"


class DatabaseError(VocDeskError):
    """The database cannot be used as configured (location, version, connection)."""

    code = "database"


class FileRefused(VocDeskError):
    """An input file was refused before reading (type, size, archive limits)."""

    code = "file_refused"
