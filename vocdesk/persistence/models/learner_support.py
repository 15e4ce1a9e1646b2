"""Learner support and follow-up: scholarships/entitlements, income during study, digital skills, follow-up cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class LearnerSupport(Versioned, Base):
    """A scholarship or entitlement (กสศ./EEF, the college, a company, free-education categories) for a period."""

    __tablename__ = "learner_support"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    amount_baht: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    conditions: Mapped[str] = mapped_column(Text, default="")


class LearnerIncome(Versioned, Base):
    """Income during study: dual-system allowance or part-time work, per month over a period."""

    __tablename__ = "learner_income"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(200))
    monthly_baht: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class LearnerSkill(Versioned, Base):
    """A digital/AI competence, course or certificate a learner achieved, with date and level."""

    __tablename__ = "learner_skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    competence: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(200), default="")
    achieved_on: Mapped[dt.date] = mapped_column(Date)
    skill_level: Mapped[str] = mapped_column(String(20), default="")


class FollowUpCase(Versioned, Base):
    """A follow-up for a learner: home visit, counselling, dual-placement problem or referral to the regional centre."""

    __tablename__ = "follow_up_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    screening_group: Mapped[str] = mapped_column(String(10), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
