"""Dual system training plans (แผนการฝึกอาชีพ): a programme's tasks by semester, which a placement's semesters take."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class DualPlanTask(Versioned, Base):
    """One sub-task of a main task in a programme's plan template, trained in one semester of the programme."""

    __tablename__ = "dual_plan_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    semester: Mapped[int] = mapped_column(Integer)
    """The programme's semester, 1 (first of the programme) to 6 (last of ปวช.)."""
    position: Mapped[int] = mapped_column(Integer, default=0)
    main_task: Mapped[str] = mapped_column(String(200))
    sub_task: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[int] = mapped_column(Integer, default=0)
    target_level: Mapped[int] = mapped_column(Integer, default=3)
    """Competence aimed at, 1 (knows) to 5 (teaches others); the scale the college's plan form prints."""
    course_codes: Mapped[str] = mapped_column(String(200), default="")
    """Linked course codes, comma-separated (`20100-1001`)."""
