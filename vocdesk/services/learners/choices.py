"""Read-only choices for the learner form (programmes, groups, provinces, prefixes) and a learner's editable values."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.programme_codes import national_code
from vocdesk.errors import NotFound
from vocdesk.persistence.models import Learner, LearningGroup, Programme
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.learners.register import LearnerInput

PREFIXES: tuple[tuple[str, str], ...] = (
    ("นาย", "male"), ("นางสาว", "female"), ("นาง", "female"), ("เด็กชาย", "male"), ("เด็กหญิง", "female"),
    ("Mr.", "male"), ("Ms.", "female"), ("Mrs.", "female"), ("Miss", "female"),
)
"""Name prefixes with the gender each implies; the form keeps prefix and gender consistent."""

PROVINCES_FILE = Path("reference") / "provinces.csv"


@dataclass(frozen=True)
class ProgrammeChoice:
    """A programme as the form lists it: `20101 ช่างยนต์ / ยานยนต์` under its level."""

    id: int
    level: str
    text: str


@dataclass(frozen=True)
class GroupChoice:
    """A learning group with the programme, level and year it belongs to."""

    id: int
    programme_id: int
    level: str
    year: int
    text: str


@dataclass(frozen=True)
class LearnerChoices:
    """Everything the form's drop-downs offer."""

    programmes: tuple[ProgrammeChoice, ...]
    groups: tuple[GroupChoice, ...]
    provinces: tuple[str, ...]

    def groups_for(self, programme_id: int | None, level: str, year: int) -> tuple[GroupChoice, ...]:
        return tuple(g for g in self.groups if (g.programme_id, g.level, g.year) == (programme_id, level, year))


def read_provinces(resources_dir: Path) -> tuple[str, ...]:
    """Thai province names in the file's order (Bangkok first)."""
    with (resources_dir / PROVINCES_FILE).open(encoding="utf-8", newline="") as handle:
        return tuple(row["name_th"] for row in csv.DictReader(handle))


def learner_choices(session: Session, actor: Actor, resources_dir: Path) -> LearnerChoices:
    """Programmes (by level and code), groups (by code) and provinces for a registrar adding or editing."""
    require(actor, "learners.edit")
    programmes = tuple(
        ProgrammeChoice(p.id, p.level, " ".join(part for part in (national_code(p.major_code), p.major_name_th,
                                                                  f"/ {p.minor_name_th}" if p.minor_name_th else "")
                                                if part))
        for p in session.scalars(select(Programme).order_by(Programme.level, Programme.major_code,
                                                            Programme.minor_code, Programme.id)))
    groups = tuple(GroupChoice(g.id, g.programme_id, g.level, g.year, f"{g.name} ({g.group_code})")
                   for g in session.scalars(select(LearningGroup).order_by(LearningGroup.group_code)))
    return LearnerChoices(programmes, groups, read_provinces(resources_dir))


@dataclass(frozen=True)
class LearnerForEdit:
    """A learner's stored values as the form edits them, with the version the save is checked against."""

    id: int
    version: int
    values: LearnerInput


def learner_for_edit(session: Session, actor: Actor, learner_id: int) -> LearnerForEdit:
    """The whole record (national ID unmasked: only roles that may edit learners, who may see IDs, get here)."""
    require(actor, "learners.edit")
    require(actor, "learners.view_national_id")
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise NotFound(what=f"learner #{learner_id}")
    return LearnerForEdit(learner.id, learner.version, LearnerInput(
        student_code=learner.student_code, national_id=learner.national_id, first_name_th=learner.first_name_th,
        last_name_th=learner.last_name_th, level=learner.level, year=learner.year, programme_id=learner.programme_id,
        entry_semester=learner.entry_semester, prefix=learner.prefix, first_name_en=learner.first_name_en,
        last_name_en=learner.last_name_en, gender=learner.gender, birth_date=learner.birth_date,
        group_id=learner.group_id, is_dual=learner.is_dual, phone=learner.phone, email=learner.email,
        address=learner.address, province=learner.province, guardian_name=learner.guardian_name,
        guardian_relation=learner.guardian_relation, guardian_phone=learner.guardian_phone, gpax=learner.gpax,
        attendance_pct=learner.attendance_pct, household_income=learner.household_income,
        national_id_override=learner.national_id_override))
