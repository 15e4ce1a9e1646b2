"""Programme names and national codes as the college corrects them: a code is OVEC's five digits or not confirmed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.programme_codes import confirmed_code, is_placeholder, national_code, next_placeholder
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Programme
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.learners import PROGRAMMES


@dataclass(frozen=True)
class ProgrammeNames:
    """What the rename form shows; `major_code` is empty while OVEC has not confirmed the code."""

    id: int
    version: int
    level: str
    major_code: str
    major_name_th: str
    major_name_en: str
    minor_name_th: str
    curriculum_year: int


def programme_names(session: Session, actor: Actor, programme_id: int) -> ProgrammeNames:
    require(actor, "programmes.view")
    p = session.get(Programme, programme_id)
    if p is None:
        raise NotFound(what="programme", field="programme_id", id=programme_id)
    return ProgrammeNames(p.id, p.version, p.level, national_code(p.major_code), p.major_name_th, p.major_name_en,
                          p.minor_name_th, p.curriculum_year)


def rename_programme(uow: UnitOfWork, programme_id: int, seen_version: int, *, major_code: str, major_name_th: str,
                     major_name_en: str, minor_name_th: str) -> int:
    """Correct a programme's names and code; an empty code means "not confirmed" (a local key is kept or given)."""
    require(uow.actor, "programmes.edit")
    programme = expect_version(uow, Programme, programme_id, seen_version)
    code = confirmed_code(programme.level, major_code)
    if not major_name_th.strip():
        raise ValidationFailed("required", field="major_name_th")
    if not code:
        code = programme.major_code if is_placeholder(programme.major_code) else next_placeholder(
            list(uow.session.scalars(select(Programme.major_code))))
    taken = uow.session.scalar(select(Programme.id).where(
        Programme.id != programme_id, Programme.level == programme.level, Programme.major_code == code,
        Programme.minor_code == programme.minor_code, Programme.curriculum_year == programme.curriculum_year))
    if taken is not None:
        raise ValidationFailed("programme_code_taken", field="major_code", value=code)
    wanted = {"major_code": code, "major_name_th": major_name_th.strip(), "major_name_en": major_name_en.strip(),
              "minor_name_th": minor_name_th.strip()}
    changes = {k: [getattr(programme, k), v] for k, v in wanted.items() if getattr(programme, k) != v}
    for name, (_old, new) in changes.items():
        setattr(programme, name, new)
    if changes:
        uow.session.flush()
        uow.audit("programme.rename", "programme", programme_id, changes)
        uow.changed(PROGRAMMES)
    return programme.version
