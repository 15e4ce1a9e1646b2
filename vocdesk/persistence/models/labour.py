"""Labour market: demand facts from NSO tables and surveys, the programme ↔ occupation map, graduate outcomes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class DemandFact(Versioned, Base):
    """One published figure; a dimension holding "*" is the total over it (never summed with its parts)."""

    __tablename__ = "demand_fact"

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_key: Mapped[str] = mapped_column(String(40), unique=True)
    """Digest of the identity (source, measure, period, area, sex, age, occupation, industry, education)."""
    source: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(30), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    quarter: Mapped[int] = mapped_column(Integer, default=0)
    month: Mapped[int] = mapped_column(Integer, default=0)
    area_kind: Mapped[str] = mapped_column(String(10))  # country | region | province
    area: Mapped[str] = mapped_column(String(100), index=True)
    sex: Mapped[str] = mapped_column(String(20), default="*")
    age_group: Mapped[str] = mapped_column(String(30), default="*")
    scheme: Mapped[str] = mapped_column(String(10))
    occupation: Mapped[str] = mapped_column(String(10), index=True)
    occupation_label: Mapped[str] = mapped_column(String(300), default="")
    industry: Mapped[str] = mapped_column(String(10), default="*")
    education: Mapped[str] = mapped_column(String(60), default="*")
    value: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    multiplier: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(255))
    file_row: Mapped[int] = mapped_column(Integer)


class ProgrammeOccupation(Versioned, Base):
    """A weighted, person-reviewed link from a programme to an occupation group."""

    __tablename__ = "programme_occupation"
    __table_args__ = (UniqueConstraint("programme_id", "scheme", "occupation"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    scheme: Mapped[str] = mapped_column(String(10))
    occupation: Mapped[str] = mapped_column(String(10))
    weight: Mapped[Decimal] = mapped_column(Numeric(5, 3))
    reviewed_by: Mapped[str] = mapped_column(String(100), default="")


class GraduateOutcome(Versioned, Base):
    """One graduate's answer in one survey round (6 or 12 months after graduation)."""

    __tablename__ = "graduate_outcome"
    __table_args__ = (UniqueConstraint("learner_id", "round_months"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    cohort_year: Mapped[int] = mapped_column(Integer, index=True)
    round_months: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30))
    in_field: Mapped[bool] = mapped_column(Boolean, default=False)
    employer: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(10), default="")
    occupation: Mapped[str] = mapped_column(String(10), default="")
    """ISCO-08 code (1–4 digits) of the graduate's job."""
    occupation_title: Mapped[str] = mapped_column(String(200), default="")
    """The job title as the graduate or the survey sheet wrote it."""
    salary_band: Mapped[str] = mapped_column(String(20), default="")
    province: Mapped[str] = mapped_column(String(60), default="")
    evidence: Mapped[str] = mapped_column(String(300), default="")
    verified_by: Mapped[str] = mapped_column(String(100), default="")
    surveyed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    matched_by: Mapped[str] = mapped_column(String(20), default="")
    """How an imported answer found its graduate: student_code, national_id or name (entry: "")."""
