"""Community service: Fix it service points, repair jobs with parts, and the service-minutes ledger."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class ServicePoint(Versioned, Base):
    """A permanent Fix it centre or a mobile point (flood relief, road safety, community day)."""

    __tablename__ = "service_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(300), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True, index=True)
    parts_allowance_satang: Mapped[int] = mapped_column(BigInteger)


class RepairJob(Versioned, Base):
    """One item brought to a point; numbered per point per fiscal year without gaps."""

    __tablename__ = "repair_job"
    __table_args__ = (UniqueConstraint("point_id", "fiscal_year", "job_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    job_no: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_phone: Mapped[str] = mapped_column(String(30), default="")
    owner_national_id: Mapped[str] = mapped_column(String(13), default="")
    owner_id_reason: Mapped[str] = mapped_column(String(200), default="")
    owner_address: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(30))
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    age_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    problem: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="received")
    repair_status: Mapped[str] = mapped_column(String(20), default="Unknown")
    barrier: Mapped[str | None] = mapped_column(String(60), nullable=True)
    terms_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class RepairPart(Base):
    """A part used on a job, at cost."""

    __tablename__ = "repair_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("repair_job.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    cost_satang: Mapped[int] = mapped_column(BigInteger)


class ServiceMinutes(Base):
    """One learner's or teacher's minutes on a job or a volunteer shift: the service-hours ledger."""

    __tablename__ = "service_minutes"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), nullable=True,
                                                   index=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True, index=True)
    job_id: Mapped[int | None] = mapped_column(ForeignKey("repair_job.id"), nullable=True, index=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_shift.id"), nullable=True, index=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id"), index=True)
    worked_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)


class VolunteerShift(Versioned, Base):
    """One shift at an อาชีวะอาสา point (Songkran, New Year): a day with a start and an end time."""

    __tablename__ = "volunteer_shift"

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    note: Mapped[str] = mapped_column(String(200), default="")


class ShiftAttendance(Base):
    """A learner or teacher checked in on a shift (and out: then their minutes land in the ledger)."""

    __tablename__ = "shift_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("volunteer_shift.id"), index=True)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), nullable=True,
                                                   index=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True, index=True)
    checked_in: Mapped[dt.time] = mapped_column(Time)
    checked_out: Mapped[dt.time | None] = mapped_column(Time, nullable=True)


class ShiftService(Base):
    """How many services of one kind a shift gave (vehicle checks by type, rest stop, tows, first aid, ...)."""

    __tablename__ = "shift_service"
    __table_args__ = (UniqueConstraint("shift_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("volunteer_shift.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)
