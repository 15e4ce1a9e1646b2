"""Programme catalogue edits by the college (shortage flag and source, AI/digital competences) and coverage views."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.learners import ENROLLED
from vocdesk.domain.programme_codes import national_code
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Learner, LearnerSkill, Programme
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.edits import apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.learners import PROGRAMMES
from vocdesk.services.learners.support import DIGITAL_COMPETENCES

AI_COMPETENCES = frozenset({"ai_use", "ai_build"})
"""A programme 'teaches AI' when its curriculum covers at least one of these."""


def parse_competences(text: str) -> list[str]:
    """`ai_use, data` → ['ai_use', 'data'] (sorted, unique); unknown codes are refused by name."""
    codes = sorted({part.strip() for part in text.replace(";", ",").split(",") if part.strip()})
    unknown = [code for code in codes if code not in DIGITAL_COMPETENCES]
    if unknown:
        raise ValidationFailed("invalid", field="ai_competences", value=", ".join(unknown))
    return codes


def edit_programme(uow: UnitOfWork, programme_id: int, seen_version: int, *, is_shortage: bool,
                   shortage_source: str, competences: list[str], major_name_en: str | None = None) -> int:
    """The college's own view of a programme: shortage flag (a source is required when set) and competences."""
    require(uow.actor, "programmes.edit")
    programme = expect_version(uow, Programme, programme_id, seen_version)
    if is_shortage and not shortage_source.strip():
        raise ValidationFailed("required", field="shortage_source")
    encoded = ",".join(parse_competences(",".join(competences)))
    wanted = {"is_shortage": is_shortage, "shortage_source": shortage_source.strip() if is_shortage else "",
              "ai_competences": encoded}
    if major_name_en is not None:
        wanted["major_name_en"] = major_name_en.strip()
    apply_edit(uow, programme, wanted, action="programme.edit", entity="programme", entity_id=programme_id,
               changes=(PROGRAMMES,))
    return programme.version


@dataclass(frozen=True)
class CoverageRow:
    """One programme with what its curriculum covers and how many enrolled learners hold each skill."""

    programme_id: int
    level: str
    major_code: str
    name_th: str
    is_shortage: bool
    shortage_source: str
    competences: tuple[str, ...]
    teaches_ai: bool
    learners: int
    learners_with_ai_skill: int
    version: int


def coverage(session: Session, actor: Actor, level: str | None = None) -> list[CoverageRow]:
    """Every programme with enrolled learners (or all programmes of `level`), AI gaps first, then by learners."""
    require(actor, "programmes.view")
    enrolled = Learner.status.in_([s.value for s in ENROLLED])
    counts = dict(session.execute(select(Learner.programme_id, func.count()).where(enrolled)
                                  .group_by(Learner.programme_id)).all())
    skilled = dict(session.execute(
        select(Learner.programme_id, func.count(func.distinct(Learner.id)))
        .join(LearnerSkill, LearnerSkill.learner_id == Learner.id)
        .where(enrolled, LearnerSkill.competence.in_(sorted(AI_COMPETENCES))).group_by(Learner.programme_id)).all())
    query = select(Programme)
    if level is not None:
        query = query.where(Programme.level == level)
    rows = []
    for p in session.scalars(query):
        if level is None and p.id not in counts:
            continue
        codes = tuple(c for c in p.ai_competences.split(",") if c)
        name = f"{p.major_name_th} {p.minor_name_th}".strip()
        rows.append(CoverageRow(p.id, p.level, national_code(p.major_code), name,
                                p.is_shortage, p.shortage_source, codes, bool(AI_COMPETENCES.intersection(codes)),
                                int(counts.get(p.id, 0)), int(skilled.get(p.id, 0)), p.version))
    return sorted(rows, key=lambda r: (r.teaches_ai, -r.learners, r.name_th))


@dataclass(frozen=True)
class LevelProgrammeCount:
    level: str
    programme: str
    is_shortage: bool
    learners: int


def learners_by_programme(session: Session, actor: Actor) -> list[LevelProgrammeCount]:
    """Enrolled learners per level and programme (the dashboard's bars and the shortage-field share)."""
    require(actor, "learners.view")
    query = (select(Programme.level, Programme.major_name_th, Programme.is_shortage, func.count(Learner.id))
             .join(Learner, Learner.programme_id == Programme.id)
             .where(Learner.status.in_([s.value for s in ENROLLED]))
             .group_by(Programme.level, Programme.major_name_th, Programme.is_shortage)
             .order_by(Programme.level, func.count(Learner.id).desc()))
    return [LevelProgrammeCount(level, name, bool(shortage), int(n)) for level, name, shortage, n in
            session.execute(query)]
