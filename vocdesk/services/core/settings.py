"""Settings stored in the database and audited: typed reads and writes through a SettingSpec; the college profile."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Setting
from vocdesk.services.core.changes import SETTINGS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec

T = TypeVar("T")



def _college_code_rule(code: str) -> str | None:
    return None if not code or (code.isascii() and code.isdigit() and len(code) == 10) else "10 digits"


COLLEGE_SETTINGS: tuple[SettingSpec[Any], ...] = (
    SettingSpec("college.code", str, "", "รหัสสถานศึกษา", "College code", rule=_college_code_rule),
    SettingSpec("college.name_th", str, "", "ชื่อสถานศึกษา (ไทย)", "College name (Thai)"),
    SettingSpec("college.name_en", str, "", "ชื่อสถานศึกษา (อังกฤษ)", "College name (English)"),
    SettingSpec("college.province", str, "", "จังหวัด", "Province"),
)


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


def setting(session: Session, spec: SettingSpec[T], key: str | None = None) -> T:
    """The stored value, checked against its declaration (SettingInvalid names the key when it is malformed), or the
    declared default when nothing is stored. `key` picks one key of a `family` spec."""
    name = _key(spec, key)
    row = session.get(Setting, name)
    return spec.fresh_default() if row is None else spec.decode(row.value_json, name)


def settings_of(session: Session, *specs: SettingSpec[Any]) -> list[Any]:
    """Several settings in one read, each as `setting` gives it (stored and checked, or its default)."""
    stored = dict(session.execute(select(Setting.key, Setting.value_json)
                                  .where(Setting.key.in_([spec.key for spec in specs]))).all())
    return [spec.fresh_default() if spec.key not in stored else spec.decode(stored[spec.key], spec.key)
            for spec in specs]


def store_setting(uow: UnitOfWork, spec: SettingSpec[T], value: T, key: str | None = None) -> T:
    """Check `value` against its declaration, then store and audit it; the calling service checked the permission."""
    name = _key(spec, key)
    checked = spec.check(value, name)
    write_setting(uow, name, checked)
    return checked


def _key(spec: SettingSpec[Any], key: str | None) -> str:
    if key is not None and not spec.covers(key):
        raise ValueError(f"{key!r} is not a key of the setting {spec.key!r}")
    return key or spec.key


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    """Untyped read of a raw stored value (for storage code and areas not yet declaring specs): prefer `setting`."""
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
    code, name_th, name_en, province = (setting(session, spec) for spec in COLLEGE_SETTINGS)
    return CollegeProfile(code=code, name_th=name_th, name_en=name_en, province=province)


def save_college_profile(uow: UnitOfWork, profile: CollegeProfile) -> CollegeProfile:
    """Validate and save; the OVEC college code is 10 digits. Only roles with `settings.edit` may."""
    require(uow.actor, "settings.edit")
    code = profile.code.strip()
    if not (code.isascii() and code.isdigit() and len(code) == 10):
        raise ValidationFailed("college_code_format", field="college.code", value=code)
    if not profile.name_th.strip():
        raise ValidationFailed("required", field="college.name_th")
    cleaned = CollegeProfile(code, profile.name_th.strip(), profile.name_en.strip(), profile.province.strip())
    for spec, value in zip(COLLEGE_SETTINGS, (cleaned.code, cleaned.name_th, cleaned.name_en, cleaned.province),
                           strict=True):
        store_setting(uow, spec, value)
    return cleaned
