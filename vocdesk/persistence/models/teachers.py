"""Teachers and support staff in post, their contracts, qualifications, development with enterprises and teaching."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Teacher(Versioned, Base):
    """A person who teaches or supports teaching; position type drives staffing counts."""

    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(primary_key=True)
    national_id: Mapped[str] = mapped_column(String(13), unique=True)
    prefix: Mapped[str] = mapped_column(String(40), default="")
    academic_title: Mapped[str] = mapped_column(String(60), default="", server_default="")
    first_name_th: Mapped[str] = mapped_column(String(100))
    last_name_th: Mapped[str] = mapped_column(String(100))
    first_name_en: Mapped[str] = mapped_column(String(100), default="")
    last_name_en: Mapped[str] = mapped_column(String(100), default="")
    position_type: Mapped[str] = mapped_column(String(30))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True, index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    industry_experience_years: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    industry_experience: Mapped[str] = mapped_column(Text, default="", server_default="")
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    """The day the person left the college; None while in post."""


class TeacherQualification(Base):
    """A degree or an occupational certificate (e.g. TPQI level 4 in industrial electrics) a teacher holds."""

    __tablename__ = "teacher_qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issuer: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class TeacherContract(Versioned, Base):
    """One contract period of a government employee or contract teacher; a renewal is a new row."""

    __tablename__ = "teacher_contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date, index=True)
    funding_source: Mapped[str] = mapped_column(String(200))
    renews_contract_id: Mapped[int | None] = mapped_column(ForeignKey("teacher_contract.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Enterprise(Versioned, Base):
    """A partner company (สถานประกอบการ), shared by teacher development and the dual system."""

    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_th: Mapped[str] = mapped_column(String(300))
    tax_id: Mapped[str | None] = mapped_column(String(13), unique=True, nullable=True)
    province: Mapped[str] = mapped_column(String(60), default="")
    # The fields below were added for the dual system's shared enterprise register (migration 0009_dual).
    branch: Mapped[str] = mapped_column(String(5), default="00000", server_default="00000")
    """Branch number as on the VAT registration; 00000 is the head office."""
    tsic_code: Mapped[str] = mapped_column(String(5), default="", server_default="")
    tsic_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="", server_default="")
    contact_email: Mapped[str] = mapped_column(String(120), default="", server_default="")
    size_band: Mapped[str] = mapped_column(String(10), default="", server_default="")
    """`micro`, `small`, `medium`, `large` (SME bands by employees), or empty when unknown."""


class TeacherDevelopment(Versioned, Base):
    """One development activity of a teacher with an enterprise: topic, dates, hours, certificate."""

    __tablename__ = "teacher_development"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"), nullable=True, index=True)
    topic: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Numeric(7, 2, asdecimal=False))
    certificate_no: Mapped[str] = mapped_column(String(120), default="")


class TeachingAssignment(Base):
    """A subject a teacher teaches in an academic year and semester, with its programme and weekly hours."""

    __tablename__ = "teaching_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    academic_year: Mapped[int] = mapped_column(Integer)
    semester: Mapped[str] = mapped_column(String(10))
    subject_code: Mapped[str] = mapped_column(String(20))
    subject_name: Mapped[str] = mapped_column(String(200))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), nullable=True)
    hours_per_week: Mapped[float] = mapped_column(Numeric(5, 2, asdecimal=False))


class StaffingGroupCount(Base):
    """Learning groups per department and level typed in by hand, used where learner data is not kept."""

    __tablename__ = "staffing_group_count"
    __table_args__ = (UniqueConstraint("department_id", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(10))
    groups: Mapped[int] = mapped_column(Integer)


class StaffingPlan(Versioned, Base):
    """A saved redistribution plan: moves between departments and positions to request, as JSON."""

    __tablename__ = "staffing_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    moves_json: Mapped[str] = mapped_column(Text)
    requests_json: Mapped[str] = mapped_column(Text)
    applied_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(60), default="")
