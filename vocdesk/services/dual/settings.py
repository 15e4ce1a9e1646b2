"""The dual rules' numbers as settings (defaults from DOMAIN.md "Dual system"; docs/dual.md says which are which)."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import DualSettings
from vocdesk.services.core.setting_spec import SettingSpec, numbers_table
from vocdesk.services.core.settings import setting, settings_of

RATIO_KEY = "dual.trainer_ratio"
MIN_AGE_KEY = "dual.minimum_age"
CERT_YEARS_KEY = "dual.certificate_years"
MIN_SEMESTERS_KEY = "dual.minimum_semesters"
CLOSURES_KEY = "dual.closed_days"
_DEFAULT = DualSettings()


def _iso_dates(days: list[object]) -> str | None:
    for day in days:
        try:
            dt.date.fromisoformat(day if isinstance(day, str) else "")
        except ValueError:
            return f"{day!r} is not a date written YYYY-MM-DD"
    return None


RATIO = SettingSpec(RATIO_KEY, dict, dict(_DEFAULT.trainer_ratio), "ผู้เรียนต่อครูฝึกหนึ่งคน (ตามระดับ)",
                    "Learners per trainer (by level)", rule=numbers_table(1, 100, whole=True))
MIN_AGE = SettingSpec(MIN_AGE_KEY, dict, dict(_DEFAULT.minimum_age), "อายุขั้นต่ำในวันทำสัญญา (ตามระดับ)",
                      "Youngest age on the contract date (by level)", rule=numbers_table(13, 30, whole=True))
CERT_YEARS = SettingSpec(CERT_YEARS_KEY, int, _DEFAULT.certificate_years, "อายุใบรับรองครูฝึก (ปี)",
                         "Years a trainer's certificate lasts", 1, 50)
MIN_SEMESTERS = SettingSpec(MIN_SEMESTERS_KEY, int, _DEFAULT.minimum_semesters, "ภาคเรียนขั้นต่ำในสถานประกอบการ",
                            "Fewest semesters at the enterprise", 0, 12)
CLOSURES = SettingSpec(CLOSURES_KEY, list, [], "วันหยุดของสถานศึกษา", "College closures and holidays",
                       rule=_iso_dates)
DUAL_SETTINGS = (RATIO, MIN_AGE, CERT_YEARS, MIN_SEMESTERS, CLOSURES)
"""Part 1's rules; the alerts' warning days (alerts.WARN_DAYS) are registered beside them in the manifest."""


def dual_settings(session: Session) -> DualSettings:
    """The rules' numbers, in one read."""
    return _settings(*settings_of(session, RATIO, MIN_AGE, CERT_YEARS, MIN_SEMESTERS))


def _settings(ratio: dict[str, int], ages: dict[str, int], years: int, semesters: int) -> DualSettings:
    return DualSettings(trainer_ratio=MappingProxyType(ratio), minimum_age=MappingProxyType(ages),
                        certificate_years=years, minimum_semesters=semesters)


def rule_settings(session: Session) -> tuple[DualSettings, frozenset[dt.date]]:
    """The rules' numbers and the college's closures, in one read (check_all)."""
    ratio, ages, years, semesters, days = settings_of(session, RATIO, MIN_AGE, CERT_YEARS, MIN_SEMESTERS, CLOSURES)
    return _settings(ratio, ages, years, semesters), frozenset(dt.date.fromisoformat(day) for day in days)


def closed_days(session: Session) -> frozenset[dt.date]:
    """The college's closures and public holidays as entered (ISO dates in the setting)."""
    return frozenset(dt.date.fromisoformat(day) for day in setting(session, CLOSURES))
