"""Read-only views for the Packages screen: periods to pick, packages sent, and the college's public key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey, default_semester_of, fiscal_year_of
from vocdesk.paths import AppPaths
from vocdesk.persistence.models import PackageHistory, PackageSubmission
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class SentPackage:
    """One row of the history of packages sent to OVEC, newest first."""

    sequence: int
    period: str
    created_at: dt.datetime
    created_by: str
    sha256: str
    file_name: str
    key_id: str


@dataclass(frozen=True)
class CollegeKeyInfo:
    """The signing key's public half as the college registers it with OVEC; `exists` False before key creation."""

    exists: bool
    key_id: str = ""
    public_text: str = ""
    key_path: str = ""


def package_history(session: Session, actor: Actor) -> list[SentPackage]:
    require(actor, "package.validate")
    rows = session.scalars(select(PackageHistory).order_by(PackageHistory.sequence.desc()))
    return [SentPackage(r.sequence, r.period, r.created_at, r.created_by, r.sha256, r.file_name, r.key_id)
            for r in rows]


def period_choices(session: Session, today: dt.date) -> list[str]:
    """The current semester first, the terms around it and the fiscal years, then any period already worked on."""
    current = default_semester_of(today)
    year = current.academic_year
    semesters = [SemesterKey(y, n) for y in (year - 1, year, year + 1) for n in (1, 2, 3)]
    nearby = [s for s in semesters if s != current and abs(semesters.index(s) - semesters.index(current)) <= 3]
    fiscal = fiscal_year_of(today)
    choices = [str(current), *(str(s) for s in reversed(nearby)), f"FY{fiscal}", f"FY{fiscal - 1}"]
    for period in session.scalars(select(PackageSubmission.period).order_by(PackageSubmission.period)):
        if period not in choices:
            choices.append(period)
    return choices


def college_key_info(paths: AppPaths) -> CollegeKeyInfo:
    """Imports the key module (cryptography, ≈9 MB) only when asked, not when the screen's module loads."""
    from vocdesk.io.package.errors import PackageRefused
    from vocdesk.services.packages.keys import SIGNING_KEY, signing_public_key

    try:
        public = signing_public_key(paths)
    except PackageRefused:
        return CollegeKeyInfo(False, key_path=str(paths.keys_dir / SIGNING_KEY))
    return CollegeKeyInfo(True, public.id_text, public.file_text(), str(paths.keys_dir / SIGNING_KEY))
