"""The one error type the package verifier and readers raise: a coded, one-line refusal."""

from __future__ import annotations

from typing import Any

from vocdesk.errors import VocDeskError


class PackageRefused(VocDeskError):
    """A package, signature, key or manifest was refused; `code` names the reason (see vocdesk.messages)."""

    code = "pkg_refused"

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
