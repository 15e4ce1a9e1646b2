"""Dual follow-up: supervision plans and visits, logbook weeks, allowance payments, assessment, regional centres."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class DualSupervisionPlan(Versioned, Base):
    """Where a placement is supervised in one semester; without a row the placement is in Thailand."""

    __tablename__ = "dual_supervision_plan"
    __table_args__ = (UniqueConstraint("placement_id", "semester"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    semester: Mapped[str] = mapped_column(String(10))
    """`2/2569` as OVEC writes it."""
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(String(60), default="")


class DualVisit(Versioned, Base):
    """One supervision visit (การนิเทศ) of a placement by a teacher, on site or online, with the learner's state."""

    __tablename__ = "dual_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    semester: Mapped[str] = mapped_column(String(10), index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"), index=True)
    mode: Mapped[str] = mapped_column(String(10), default="onsite")
    """onsite | online | partner (a foreign partner's supervision, for a placement abroad)."""
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    """Time spent, counted as the teacher's workload."""
    state: Mapped[str] = mapped_column(String(10), default="normal")
    """normal (ปกติ) | follow (ต้องติดตาม) | lost (ขาดการติดต่อ)."""
    observed: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    travel_satang: Mapped[int] = mapped_column(BigInteger, default=0)


class DualLogbookWeek(Versioned, Base):
    """One week of a learner's training log (บันทึกการฝึกอาชีพ) as entered from the paper or the import."""

    __tablename__ = "dual_logbook_week"
    __table_args__ = (UniqueConstraint("placement_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    week_start: Mapped[dt.date] = mapped_column(Date)
    """The Monday of the week."""
    days_present: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    tasks: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    """The trainer who signed the paper week, as reported; empty while unsigned."""
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class DualAllowancePayment(Versioned, Base):
    """What the enterprise paid the learner for one month, as reported (satang)."""

    __tablename__ = "dual_allowance_payment"
    __table_args__ = (UniqueConstraint("placement_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)
    """The first day of the month paid for."""
    amount_satang: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(200), default="")


class DualAssessmentScore(Versioned, Base):
    """The college's and the enterprise's score for one competence of a placement in one semester."""

    __tablename__ = "dual_assessment_score"
    __table_args__ = (UniqueConstraint("placement_id", "semester", "competence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("dual_placement.id", ondelete="CASCADE"), index=True)
    semester: Mapped[str] = mapped_column(String(10))
    competence: Mapped[str] = mapped_column(String(300))
    college_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    enterprise_score: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DualCentre(Versioned, Base):
    """A regional dual-vocational centre (ศูนย์อาชีวศึกษาทวิภาคีเขตพื้นที่); the official list is unconfirmed."""

    __tablename__ = "dual_centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    host_college: Mapped[str] = mapped_column(String(300), default="")
    provinces: Mapped[str] = mapped_column(Text, default="")
    """Province names, comma-separated."""
    public_key: Mapped[str] = mapped_column(Text, default="")


class DualHandoff(Base):
    """One at-risk list handed to a regional centre, and the centre's response when it comes."""

    __tablename__ = "dual_handoff"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("dual_centre.id"), index=True)
    made_on: Mapped[dt.date] = mapped_column(Date)
    student_codes: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    response: Mapped[str] = mapped_column(Text, default="")
    responded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class DualHandoffResponse(Versioned, Base):
    """What a regional centre answered about one learner of a hand-off (entered or imported from its file)."""

    __tablename__ = "dual_handoff_response"
    __table_args__ = (UniqueConstraint("handoff_id", "student_code", "responded_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("dual_handoff.id", ondelete="CASCADE"), index=True)
    student_code: Mapped[str] = mapped_column(String(20))
    responded_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    """contacted | supporting | resolved | unreachable (the centre's own words go in `action`)."""
    action: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    """Who at the centre answered (name, phone), as written in its file."""


class DualLogbookTask(Base):
    """A training-plan sub-task done in a logbook week, with the hours the sheet gives it (planned vs actual)."""

    __tablename__ = "dual_logbook_task"
    __table_args__ = (UniqueConstraint("week_id", "task_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("dual_logbook_week.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("dual_plan_task.id"), index=True)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
