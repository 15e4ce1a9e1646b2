"""College settings (code, name, province, ...) stored in the database and audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Setting
from vocdesk.services.core.changes import SETTINGS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require

COLLEGE_KEYS = ("college.code", "college.name_th", "college.name_en", "college.province")


@dataclass(frozen=True)
class CollegeProfile:
    """The college's identity as shown on reports and packages."""

    code: str = ""
    name_th: str = ""
    name_en: str = ""
    province: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.code and self.name_th)


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    raw = session.get(Setting, key)
    return default if raw is None else json.loads(raw.value_json)


def write_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    """Store one setting and audit the old and new value; the calling service has checked the permission."""
    session = uow.session
    old = read_setting(session, key)
    if old == value:
        return
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=encoded))
    else:
        row.value_json = encoded
    uow.audit("setting.update", "setting", key, {key: [old, value]})
    uow.changed(SETTINGS)


def college_profile(session: Session) -> CollegeProfile:
    values = {row.key: json.loads(row.value_json) for row in session.scalars(
        select(Setting).where(Setting.key.in_(COLLEGE_KEYS)))}
    return CollegeProfile(
        code=values.get("college.code", ""),
        name_th=values.get("college.name_th", ""),
        name_en=values.get("college.name_en", ""),
        province=values.get("college.province", ""),
    )


def save_college_profile(uow: UnitOfWork, profile: CollegeProfile) -> CollegeProfile:
    """Validate and save; the OVEC college code is 10 digits. Only roles with `settings.edit` may."""
    require(uow.actor, "settings.edit")
    code = profile.code.strip()
    if not (code.isascii() and code.isdigit() and len(code) == 10):
        raise ValidationFailed("college_code_format", field="college.code", value=code)
    if not profile.name_th.strip():
        raise ValidationFailed("required", field="college.name_th")
    cleaned = CollegeProfile(code, profile.name_th.strip(), profile.name_en.strip(), profile.province.strip())
    for key, value in zip(COLLEGE_KEYS, (cleaned.code, cleaned.name_th, cleaned.name_en, cleaned.province),
                          strict=True):
        write_setting(uow, key, value)
    return cleaned
