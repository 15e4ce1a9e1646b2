"""Training courses: the catalogue, runs with materialised sessions, trainees, attendance, receipts, certificates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Course(Versioned, Base):
    """A short course in the catalogue; fee in satang (0 = free, then `funding_source` says who pays)."""

    __tablename__ = "training_course"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))  # upskill | reskill | short | fixit
    hours: Mapped[int] = mapped_column(Integer)
    fee_satang: Mapped[int] = mapped_column(Integer, default=0)
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    min_attendance_pct: Mapped[int] = mapped_column(Integer, default=80)
    instructors: Mapped[str] = mapped_column(Text, default="")  # names; teachers of the register by their name
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    skill_standard: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CourseRun(Versioned, Base):
    """One run (รุ่น) of a course; its sessions are booked under `series_key` through the booking service."""

    __tablename__ = "training_run"
    __table_args__ = (UniqueConstraint("course_id", "run_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_course.id"), index=True)
    run_no: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[str] = mapped_column(String(40))  # the rule as typed: "sat,sun"
    every_weeks: Mapped[int] = mapped_column(Integer, default=1)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
    series_key: Mapped[str] = mapped_column(String(60), unique=True)


class CourseSession(Base):
    """One materialised occurrence of a run, with its own state: planned, cancelled (reason) or moved (reason)."""

    __tablename__ = "training_session"
    __table_args__ = (UniqueConstraint("run_id", "day", "start_min"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("training_run.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    state: Mapped[str] = mapped_column(String(12), default="planned")
    reason: Mapped[str] = mapped_column(Text, default="")


class Trainee(Versioned, Base):
    """A member of the public; one row across every course, found by national ID (or passport for foreigners)."""

    __tablename__ = "training_trainee"

    id: Mapped[int] = mapped_column(primary_key=True)
    national_id: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    national_id_override: Mapped[str] = mapped_column(String(200), default="")
    passport_no: Mapped[str | None] = mapped_column(String(30), unique=True, nullable=True)
    prefix: Mapped[str] = mapped_column(String(30), default="")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str] = mapped_column(String(1), default="")  # M | F | ""
    phone: Mapped[str] = mapped_column(String(30), default="")
    province: Mapped[str] = mapped_column(String(60), default="")
    education: Mapped[str] = mapped_column(String(60), default="")
    employment: Mapped[str] = mapped_column(String(20), default="")  # employed|unemployed|self_employed|student
    pdpa_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Enrolment(Versioned, Base):
    """A trainee in a run: enrolled, waitlist (in `id` order) or withdrawn."""

    __tablename__ = "training_enrolment"
    __table_args__ = (UniqueConstraint("run_id", "trainee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("training_run.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("training_trainee.id"), index=True)
    state: Mapped[str] = mapped_column(String(12))
    enrolled_on: Mapped[dt.date] = mapped_column(Date)


class Attendance(Base):
    """A trainee checked in at one session, for `minutes` of it (the whole session unless late or left early)."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("session_id", "trainee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("training_trainee.id"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)


class Counter(Base):
    """The last number handed out in one numbering series (`receipt/2569`, `certificate/2569`)."""

    __tablename__ = "training_counter"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Receipt(Base):
    """A receipt register entry: numbered per fiscal year, never skipped or reused; a void keeps its number."""

    __tablename__ = "training_receipt"
    __table_args__ = (UniqueConstraint("fiscal_year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)  # พ.ศ. year in which the fiscal year ends
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # none for a waiver: no money received
    run_id: Mapped[int] = mapped_column(ForeignKey("training_run.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("training_trainee.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_satang: Mapped[int] = mapped_column(Integer)
    waiver_reason: Mapped[str] = mapped_column(Text, default="")
    received_by: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(10), default="valid")  # valid | void
    void_reason: Mapped[str] = mapped_column(Text, default="")
    prints: Mapped[int] = mapped_column(Integer, default=0)


class Certificate(Base):
    """An issued certificate (วุฒิบัตร) and the signed QR payload printed on it; reprints are counted."""

    __tablename__ = "training_certificate"
    __table_args__ = (UniqueConstraint("run_id", "trainee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("training_run.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("training_trainee.id"), index=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(Integer)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
    prints: Mapped[int] = mapped_column(Integer, default=0)
