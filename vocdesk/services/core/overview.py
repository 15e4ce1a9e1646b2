"""Read-only overview of the college for the Home page: profile and head counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.audit_chain import chain_head
from vocdesk.persistence.models import Learner, LearningGroup, Programme, Teacher
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import CollegeProfile, college_profile


@dataclass(frozen=True)
class LearnerCount:
    """How many learners share one level and one status code."""

    level: str
    status: str
    count: int


@dataclass(frozen=True)
class CollegeOverview:
    """What the Home page shows: who the college is and how many people and groups it has."""

    profile: CollegeProfile
    learners_total: int
    learners_by_level_status: tuple[LearnerCount, ...]
    teachers: int
    groups: int
    programmes: int

    @property
    def is_empty(self) -> bool:
        """A first start: no college profile and no learners yet."""
        return not self.profile.code and not self.profile.name_th and self.learners_total == 0


@dataclass(frozen=True)
class DatabaseStatus:
    """For the status bar: the backend name and the head of the audit chain."""

    backend: str
    audit_head: str

    @property
    def audit_head_short(self) -> str:
        return self.audit_head[:12]


def college_overview(session: Session, actor: Actor) -> CollegeOverview:
    """Profile plus counts; learner counts are grouped by level and status in SQL."""
    require(actor, "settings.view")
    rows = session.execute(
        select(Learner.level, Learner.status, func.count())
        .group_by(Learner.level, Learner.status)
        .order_by(Learner.level, Learner.status)
    ).all()
    counts = tuple(LearnerCount(str(level), str(status), int(n)) for level, status, n in rows)
    return CollegeOverview(
        profile=college_profile(session),
        learners_total=sum(c.count for c in counts),
        learners_by_level_status=counts,
        teachers=int(session.scalar(select(func.count()).select_from(Teacher)) or 0),
        groups=int(session.scalar(select(func.count()).select_from(LearningGroup)) or 0),
        programmes=int(session.scalar(select(func.count()).select_from(Programme)) or 0),
    )


def database_status(session: Session) -> DatabaseStatus:
    """Backend dialect name and the audit chain's newest hash (genesis zeros when nothing was written)."""
    bind = session.get_bind()
    return DatabaseStatus(backend=bind.dialect.name, audit_head=chain_head(session))
