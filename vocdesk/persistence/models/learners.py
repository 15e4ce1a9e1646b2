"""Learners, learning groups (กลุ่มเรียน) and dated status history, shaped like std2018."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class LearningGroup(Versioned, Base):
    """A class of learners of one programme, level and year, with an advisor teacher."""

    __tablename__ = "learning_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    advisor_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True)
    entry_year_be: Mapped[int] = mapped_column(Integer)


class Learner(Versioned, Base):
    """One learner (std2018_student): identity, programme, group, status and contact."""

    __tablename__ = "learner"
    __table_args__ = (
        # Status filters use its prefix; Home's head count by level and status reads only this index (about 18 ms
        # at 158,000 rows instead of a 110-135 ms table scan).
        Index("ix_learner_status_level", "status", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    student_code: Mapped[str] = mapped_column(String(20), unique=True)
    national_id: Mapped[str] = mapped_column(String(20), index=True)
    national_id_override: Mapped[str] = mapped_column(String(300), default="")
    prefix: Mapped[str] = mapped_column(String(40), default="")
    first_name_th: Mapped[str] = mapped_column(String(100), index=True)
    last_name_th: Mapped[str] = mapped_column(String(100), index=True)
    first_name_en: Mapped[str] = mapped_column(String(100), default="")
    last_name_en: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[str] = mapped_column(String(10), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    level: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("learning_group.id"), nullable=True, index=True)
    entry_semester: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(30))
    is_dual: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(60), default="")
    gpax: Mapped[float | None] = mapped_column(Numeric(3, 2, asdecimal=False), nullable=True)
    address: Mapped[str] = mapped_column(Text, default="")
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relation: Mapped[str] = mapped_column(String(60), default="")
    guardian_phone: Mapped[str] = mapped_column(String(30), default="")
    attendance_pct: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False), nullable=True)
    household_income: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """Monthly household income in baht, from the home visit or the EEF screening form."""


class LearnerStatusChange(Base):
    """Dated history of a learner's status; the learner row holds the latest."""

    __tablename__ = "learner_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class LearnerPhoto(Base):
    """The photo read from a learner's ID card, kept only with the consent recorded beside it (PDPA)."""

    __tablename__ = "learner_photo"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    consent_by: Mapped[str] = mapped_column(String(200))
    consent_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))  # UTC
