"""Finding a learner by national ID first (an ID card read, a walk-in): never a second record for one person."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class RegisteredLearner:
    """Who already holds a national ID in the register (enough to say so and open the record)."""

    id: int
    student_code: str
    name: str


def learners_with_national_id(session: Session, actor: Actor, national_id: str) -> list[RegisteredLearner]:
    """The learners registered under `national_id` (normally none or one), by student code."""
    require(actor, "learners.view")
    digits = "".join(ch for ch in national_id if ch.isdigit())
    if not digits:
        return []
    rows = session.execute(
        select(Learner.id, Learner.student_code, Learner.prefix, Learner.first_name_th, Learner.last_name_th)
        .where(Learner.national_id == digits).order_by(Learner.student_code))
    return [RegisteredLearner(lid, code, f"{prefix or ''}{first} {last}".strip())
            for lid, code, prefix, first, last in rows]
