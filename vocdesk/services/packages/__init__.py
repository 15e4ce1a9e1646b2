"""Signed data packages to OVEC: keys, validation rules, lock, create, the list of packages made."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

PACKAGES = Change("packages", "packages")

AREA = Area(
    name="packages",
    changes=(PACKAGES,),
    permissions={
        "package.validate": frozenset({"administrator", "registrar"}),
        "package.lock": frozenset({"administrator"}),
        "package.export": frozenset({"administrator"}),
        "package.keys": frozenset({"administrator"}),
    },
    commands=("packages_cmd",),
    pages=("packages_page",),
    settings=("keys:PACKAGE_SETTINGS",),
)
