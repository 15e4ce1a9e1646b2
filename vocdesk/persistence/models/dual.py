"""Dual system (ทวิภาคี): MOUs with enterprises, trainers and their certificates, placements and their weekly shifts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class DualMou(Versioned, Base):
    """A signed MOU (บันทึกข้อตกลงความร่วมมือ) with one enterprise; the scan lives beside the database."""

    __tablename__ = "dual_mou"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    number: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    """None for an MOU without an end date."""
    cooperation_level: Mapped[int] = mapped_column(Integer, default=1)
    levels: Mapped[str] = mapped_column(String(40), default="")
    """Level codes covered, comma-separated (`pvc,pvs`)."""
    majors: Mapped[str] = mapped_column(Text, default="")
    modes: Mapped[str] = mapped_column(String(80), default="dual")
    places_per_year: Mapped[int] = mapped_column(Integer, default=0)
    allowance_band: Mapped[str] = mapped_column(String(20), default="")
    welfare: Mapped[str] = mapped_column(String(120), default="")
    bond_terms: Mapped[str] = mapped_column(Text, default="")
    college_signatory: Mapped[str] = mapped_column(String(200), default="")
    enterprise_signatory: Mapped[str] = mapped_column(String(200), default="")
    scan_file: Mapped[str] = mapped_column(String(200), default="")
    """File name under the data folder's `mou_scans/`, empty when no scan is kept."""
    scan_sha256: Mapped[str] = mapped_column(String(64), default="")


class DualTrainer(Versioned, Base):
    """A person of an enterprise who trains learners (ครูฝึก)."""

    __tablename__ = "dual_trainer"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    qualification: Mapped[str] = mapped_column(String(200), default="")


class DualTrainerCertificate(Base):
    """A trainer certificate (30-hour course or test); valid from `issued_on` to `valid_until` inclusive."""

    __tablename__ = "dual_trainer_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("dual_trainer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="course")
    number: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)


class DualPlacement(Versioned, Base):
    """A dual learner at an enterprise under an MOU with a trainer and a supervising teacher (the contract)."""

    __tablename__ = "dual_placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("dual_mou.id"), nullable=True, index=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("dual_trainer.id"), index=True)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True, index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    semesters: Mapped[int] = mapped_column(Integer, default=1)
    contract_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    allowance: Mapped[float] = mapped_column(Numeric(10, 2, asdecimal=False), default=0)
    allowance_per: Mapped[str] = mapped_column(String(10), default="day")
    welfare: Mapped[str] = mapped_column(String(120), default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    hazard_tasks: Mapped[str] = mapped_column(String(200), default="")
    """Codes from the §49 prohibited-work list that the tasks involve, comma-separated."""
    guardian_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    """draft → active → completed, or ended (early, with `ended_on` and `end_reason`)."""
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    accepted_warnings: Mapped[str] = mapped_column(String(200), default="")
    warning_reason: Mapped[str] = mapped_column(Text, default="")
    trains_on_holidays: Mapped[bool] = mapped_column(Boolean, default=False)
    """The enterprise trains on public holidays and college closures too (hotels, shops); otherwise they are off."""
    plan_semesters: Mapped[str] = mapped_column(String(20), default="")
    """The programme semesters of the training plan this placement trains, comma-separated (`3,4`)."""


class DualShift(Base):
    """One weekday at the enterprise in a placement's weekly pattern."""

    __tablename__ = "dual_shift"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
