"""The dual rules' numbers as settings (defaults from DOMAIN.md "Dual system"; docs/dual.md says which are which)."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import DualSettings
from vocdesk.services.core.settings import read_setting

RATIO_KEY = "dual.trainer_ratio"
MIN_AGE_KEY = "dual.minimum_age"
CERT_YEARS_KEY = "dual.certificate_years"
MIN_SEMESTERS_KEY = "dual.minimum_semesters"
CLOSURES_KEY = "dual.closed_days"


def dual_settings(session: Session) -> DualSettings:
    default = DualSettings()
    ratio = read_setting(session, RATIO_KEY, dict(default.trainer_ratio))
    ages = read_setting(session, MIN_AGE_KEY, dict(default.minimum_age))
    return DualSettings(
        trainer_ratio=MappingProxyType({str(k): int(v) for k, v in ratio.items()}),
        minimum_age=MappingProxyType({str(k): int(v) for k, v in ages.items()}),
        certificate_years=int(read_setting(session, CERT_YEARS_KEY, default.certificate_years)),
        minimum_semesters=int(read_setting(session, MIN_SEMESTERS_KEY, default.minimum_semesters)),
    )


def closed_days(session: Session) -> frozenset[dt.date]:
    """The college's closures and public holidays as entered (ISO dates in the setting)."""
    return frozenset(dt.date.fromisoformat(day) for day in read_setting(session, CLOSURES_KEY, []))
