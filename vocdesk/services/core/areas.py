"""Finding the areas: the core's manifest plus every `vocdesk.services.<area>` package's `AREA`, read on first use."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Any

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

NOT_AREAS = frozenset({"core", "kinds"})


@cache
def areas() -> tuple[Area, ...]:
    """The core first, then each area package by name. Adding a package under vocdesk/services adds an area."""
    import vocdesk.services as package
    from vocdesk.services.core.manifest import AREA as CORE

    found = [CORE]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.ispkg and info.name not in NOT_AREAS:
            found.append(importlib.import_module(f"vocdesk.services.{info.name}").AREA)
    names = [area.name for area in found]
    if len(set(names)) != len(names):
        raise RuntimeError(f"an area is declared twice: {names}")
    return tuple(found)


def area(name: str) -> Area:
    for candidate in areas():
        if candidate.name == name:
            return candidate
    raise KeyError(f"unknown area {name!r}")


def package_of(found: Area) -> str:
    return "vocdesk.services.core" if found.name == "core" else f"vocdesk.services.{found.name}"


def resolve(found: Area, reference: str) -> Any:
    """"module:attribute" relative to the area's package, imported now."""
    module, _, attribute = reference.partition(":")
    loaded = importlib.import_module(f"{package_of(found)}.{module}")
    return getattr(loaded, attribute) if attribute else loaded


@cache
def declared_changes() -> frozenset[Change]:
    return frozenset(change for found in areas() for change in found.changes)


def unique(pairs: list[tuple[str, str]], what: str) -> dict[str, str]:
    """name -> owning area, refusing a name two areas both declare."""
    owners: dict[str, str] = {}
    for name, owner in pairs:
        if name in owners:
            raise RuntimeError(f"{what} {name!r} is declared by both {owners[name]!r} and {owner!r}")
        owners[name] = owner
    return owners
