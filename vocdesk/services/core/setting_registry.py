"""Every declared setting, from the areas' manifests (`Area.settings`); and the stored values that break them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Setting
from vocdesk.services.core.areas import areas, resolve, unique
from vocdesk.services.core.setting_spec import SettingInvalid, SettingSpec


@cache
def registered_settings() -> tuple[SettingSpec[Any], ...]:
    """Each area's specs, read on first use; a key two specs declare is an error, never an override."""
    owned = [(spec, found.name) for found in areas() for reference in found.settings
             for spec in resolve(found, reference)]
    unique([(spec.key, owner) for spec, owner in owned], "setting")
    return tuple(spec for spec, _owner in owned)


def spec_for(key: str) -> SettingSpec[Any] | None:
    """The spec declaring `key`: an exact one first, else the family whose prefix it starts with."""
    specs = registered_settings()
    exact = next((spec for spec in specs if not spec.family and spec.key == key), None)
    return exact or next((spec for spec in specs if spec.family and spec.covers(key)), None)


@dataclass(frozen=True)
class SettingProblem:
    """A stored setting that breaks its declaration: the key, the error code and its parameters."""

    key: str
    code: str
    params: dict[str, Any]


def setting_problems(session: Session) -> list[SettingProblem]:
    """Every stored value of a declared setting that is unparsable, of the wrong type or out of range (for `check`).

    Keys no area declares are left alone: an area built elsewhere may store what it has not declared yet."""
    problems: list[SettingProblem] = []
    for row in session.scalars(select(Setting).order_by(Setting.key)):
        spec = spec_for(row.key)
        if spec is None:
            continue
        try:
            spec.decode(row.value_json, row.key)
        except SettingInvalid as error:
            problems.append(SettingProblem(row.key, error.code, dict(error.params)))
    return problems
