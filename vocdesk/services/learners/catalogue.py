"""The programme catalogue: loading OVEC's reference list of majors and listing the college's programmes."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import Level, parse_level
from vocdesk.domain.programme_codes import next_placeholder
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Programme
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.learners import PROGRAMMES

REFERENCE_FILE = Path("reference") / "programmes.csv"

_COLUMNS = ("level", "type_name_th", "major_code", "major_name_th", "major_name_en", "minor_code", "minor_name_th",
            "curriculum_year", "code_confirmed", "is_shortage", "shortage_source", "ai_competences")
_MAJOR_CODE = re.compile(r"[23][0-9]{4}")
_FLAGS = {"1": True, "0": False, "yes": True, "no": False, "": False}


@dataclass(frozen=True)
class ReferenceProgramme:
    """One row of resources/reference/programmes.csv, validated."""

    level: Level
    type_name_th: str
    major_code: str
    major_name_th: str
    major_name_en: str
    minor_code: str
    minor_name_th: str
    curriculum_year: int
    is_shortage: bool
    shortage_source: str
    ai_competences: str

    @property
    def code_key(self) -> tuple[str, str, str, int]:
        return (self.level.value, self.major_code, self.minor_code, self.curriculum_year)

    @property
    def name_key(self) -> tuple[str, str, str, int]:
        return (self.level.value, self.major_name_th, self.minor_name_th, self.curriculum_year)


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme as lists and pickers show it."""

    id: int
    level: str
    type_name_th: str
    major_code: str
    major_name_th: str
    major_name_en: str
    minor_code: str
    minor_name_th: str
    curriculum_year: int
    department_id: int | None
    is_shortage: bool
    shortage_source: str
    ai_competences: str

    @property
    def has_ovec_code(self) -> bool:
        """False for the local placeholder codes given to majors whose OVEC code is not confirmed."""
        return bool(_MAJOR_CODE.fullmatch(self.major_code))


def _bad(name: str, row: int, field: str, value: str) -> ValidationFailed:
    return ValidationFailed("reference_value", file=name, row=row, field=field, value=value)


def _parse_row(name: str, number: int, raw: dict[str, str]) -> ReferenceProgramme:
    values = {column: (raw.get(column) or "").strip() for column in _COLUMNS}
    level = parse_level(values["level"])
    if level not in (Level.CERTIFICATE, Level.HIGHER_CERTIFICATE):
        raise _bad(name, number, "level", values["level"])
    code, confirmed = values["major_code"], values["code_confirmed"].lower()
    expected_digit = "2" if level is Level.CERTIFICATE else "3"
    if code and not (_MAJOR_CODE.fullmatch(code) and code[0] == expected_digit):
        raise _bad(name, number, "major_code", code)
    if confirmed not in _FLAGS or _FLAGS[confirmed] != bool(code):
        raise _bad(name, number, "code_confirmed", values["code_confirmed"])
    for field in ("type_name_th", "major_name_th"):
        if not values[field]:
            raise ValidationFailed("required", field=field, row=number, file=name)
    if not (values["curriculum_year"].isascii() and values["curriculum_year"].isdigit()
            and 2500 <= int(values["curriculum_year"]) <= 2700):
        raise _bad(name, number, "curriculum_year", values["curriculum_year"])
    if values["is_shortage"].lower() not in _FLAGS:
        raise _bad(name, number, "is_shortage", values["is_shortage"])
    return ReferenceProgramme(
        level=level, type_name_th=values["type_name_th"], major_code=code, major_name_th=values["major_name_th"],
        major_name_en=values["major_name_en"], minor_code=values["minor_code"], minor_name_th=values["minor_name_th"],
        curriculum_year=int(values["curriculum_year"]), is_shortage=_FLAGS[values["is_shortage"].lower()],
        shortage_source=values["shortage_source"], ai_competences=values["ai_competences"],
    )


def read_reference_programmes(resources_dir: Path) -> list[ReferenceProgramme]:
    """Every row of the reference list, or a ValidationFailed naming the first bad row and field."""
    path = resources_dir / REFERENCE_FILE
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in _COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise ValidationFailed("required", field=missing[0], file=path.name)
        rows = [_parse_row(path.name, number, raw) for number, raw in enumerate(reader, start=2)]
    seen: dict[tuple[str, str, str, int], int] = {}
    for number, item in enumerate(rows, start=2):
        for key in (item.code_key if item.major_code else None, item.name_key):
            if key is not None and seen.setdefault(key, number) != number:
                raise _bad(path.name, number, "major_code" if key == item.code_key else "major_name_th",
                           item.major_code or item.major_name_th)
    return rows


def load_reference_programmes(uow: UnitOfWork, resources_dir: Path) -> int:
    """Insert the reference majors the database does not have yet; return how many were inserted.

    A row counts as present when a programme has its code (level, major, minor, curriculum year) or its Thai name at
    that level and curriculum year, so programmes a college edited are never overwritten or duplicated.
    """
    require(uow.actor, "programmes.edit")
    reference = read_reference_programmes(resources_dir)
    session = uow.session
    existing = session.execute(select(Programme.level, Programme.major_code, Programme.minor_code,
                                      Programme.major_name_th, Programme.minor_name_th,
                                      Programme.curriculum_year)).all()
    code_keys = {(lv, code, minor, year) for lv, code, minor, _n, _m, year in existing}
    name_keys = {(lv, name, minor_name, year) for lv, _c, _m, name, minor_name, year in existing}
    codes = [row[1] for row in existing]
    now = uow.clock.now()
    new_rows: list[dict[str, object]] = []
    for item in reference:
        if item.code_key in code_keys or item.name_key in name_keys:
            continue
        code = item.major_code
        if not code:
            code = next_placeholder(codes)
            codes.append(code)
        new_rows.append({
            "level": item.level.value, "type_name_th": item.type_name_th, "major_code": code,
            "major_name_th": item.major_name_th, "major_name_en": item.major_name_en, "minor_code": item.minor_code,
            "minor_name_th": item.minor_name_th, "curriculum_year": item.curriculum_year,
            "is_shortage": item.is_shortage, "shortage_source": item.shortage_source,
            "ai_competences": item.ai_competences, "created_at": now, "updated_at": now,
        })
        name_keys.add(item.name_key)
    if new_rows:
        session.execute(insert(Programme), new_rows)
        uow.audit("programme.load_reference", "programme", "", {
            "inserted": len(new_rows),
            "programmes": [f"{row['level']} {row['major_code']} {row['major_name_th']}" for row in new_rows],
        })
        uow.changed(PROGRAMMES)
    return len(new_rows)


def list_programmes(session: Session) -> list[ProgrammeRow]:
    """All programmes ordered by level, code and name."""
    query = select(Programme).order_by(Programme.level, Programme.major_code, Programme.minor_code,
                                       Programme.curriculum_year, Programme.id)
    return [
        ProgrammeRow(
            id=p.id, level=p.level, type_name_th=p.type_name_th, major_code=p.major_code,
            major_name_th=p.major_name_th, major_name_en=p.major_name_en, minor_code=p.minor_code,
            minor_name_th=p.minor_name_th, curriculum_year=p.curriculum_year, department_id=p.department_id,
            is_shortage=p.is_shortage, shortage_source=p.shortage_source, ai_competences=p.ai_competences,
        )
        for p in session.scalars(query)
    ]
