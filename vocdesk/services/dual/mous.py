"""MOUs with enterprises, and their signed scans kept beside the database with the SHA-256 in the register."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualMou, Enterprise
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import MOUS

SCAN_FOLDER = "mou_scans"


@dataclass(frozen=True)
class MouInput:
    enterprise_id: int
    start_date: dt.date
    end_date: dt.date | None = None
    number: str = ""
    signed_on: dt.date | None = None
    cooperation_level: int = 1
    levels: str = "pvc,pvs"
    majors: str = ""
    modes: str = "dual"
    places_per_year: int = 0
    allowance_band: str = ""
    welfare: str = ""
    bond_terms: str = ""
    college_signatory: str = ""
    enterprise_signatory: str = ""


@dataclass(frozen=True)
class MouRow:
    id: int
    enterprise_id: int
    enterprise: str
    number: str
    start_date: dt.date
    end_date: dt.date | None
    cooperation_level: int
    places_per_year: int
    scan_sha256: str


def add_mou(uow: UnitOfWork, data: MouInput) -> int:
    require(uow.actor, "dual.edit")
    if uow.session.get(Enterprise, data.enterprise_id) is None:
        raise NotFound(what=f"enterprise #{data.enterprise_id}", field="enterprise_id")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationFailed("dual.period_order", field="end_date", start=data.start_date, end=data.end_date)
    if data.cooperation_level not in (1, 2, 3):
        raise ValidationFailed("dual.cooperation_level", field="cooperation_level", value=data.cooperation_level)
    mou = DualMou(**data.__dict__)
    uow.session.add(mou)
    uow.session.flush()
    uow.audit("mou.create", "dual_mou", mou.id, {k: [None, v] for k, v in data.__dict__.items()})
    uow.changed(MOUS)
    return mou.id


def list_mous(uow: UnitOfWork) -> list[MouRow]:
    require(uow.actor, "dual.view")
    rows = uow.session.execute(select(DualMou, Enterprise.name_th).join(Enterprise)
                               .order_by(DualMou.end_date.is_(None), DualMou.end_date, DualMou.id))
    return [MouRow(m.id, m.enterprise_id, name, m.number, m.start_date, m.end_date, m.cooperation_level,
                   m.places_per_year, m.scan_sha256) for m, name in rows]


def write_atomically(folder: Path, name: str, content: bytes) -> Path:
    """Write to a temporary file in the same folder, fsync it, then replace: a reader never sees half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        target = folder / name
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def attach_scan(uow: UnitOfWork, data_dir: Path, mou_id: int, source: Path) -> str:
    """Keep the signed MOU's scan under the data folder (never in the database); returns its SHA-256."""
    require(uow.actor, "dual.edit")
    mou = uow.session.get(DualMou, mou_id)
    if mou is None:
        raise NotFound(what=f"MOU #{mou_id}")
    if not source.is_file():
        raise ValidationFailed("dual.scan_missing", field="scan", path=str(source))
    content = source.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    name = f"mou-{mou_id}-{digest[:16]}{source.suffix.lower()}"
    write_atomically(data_dir / SCAN_FOLDER, name, content)
    uow.audit("mou.scan", "dual_mou", mou_id, {"scan_sha256": [mou.scan_sha256 or None, digest]})
    mou.scan_file, mou.scan_sha256 = name, digest
    uow.changed(MOUS)
    return digest


def scan_intact(data_dir: Path, file_name: str, sha256: str) -> bool:
    """True when the kept scan still has the SHA-256 recorded in the register."""
    path = data_dir / SCAN_FOLDER / file_name
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256
