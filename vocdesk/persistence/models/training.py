"""Training centre: bookable facilities (on equipment's locations), closures, terms, the timetable and bookings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Facility(Versioned, Base):
    """The booking side of a location: seats, buffers, bookable hours and who approves outside requests."""

    __tablename__ = "training_facility"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), unique=True)
    seats: Mapped[int | None] = mapped_column(Integer, nullable=True)
    buffer_before_min: Mapped[int] = mapped_column(Integer, default=0)
    buffer_after_min: Mapped[int] = mapped_column(Integer, default=0)
    # "mon=08:00-20:00;sat=08:00-16:00"; empty = no hours limit.
    bookable_hours: Mapped[str] = mapped_column(String(200), default="")
    approver_role: Mapped[str] = mapped_column(String(40), default="training_staff")


class Closure(Base):
    """Days the college is closed to bookings (inclusive range) with the reason."""

    __tablename__ = "training_closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class HolidayChange(Base):
    """A day the college adds to (`add`) or removes from (`remove`) the Thai public-holiday calendar."""

    __tablename__ = "training_holiday_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    change: Mapped[str] = mapped_column(String(10))  # add | remove
    name: Mapped[str] = mapped_column(String(200), default="")


class Term(Versioned, Base):
    """A semester's first and last teaching day, keyed as OVEC writes it (`2/2569`)."""

    __tablename__ = "training_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(10), unique=True)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)


class Lesson(Base):
    """One weekly lesson of a term's timetable; minutes since midnight, half-open. No room still blocks its teacher."""

    __tablename__ = "training_lesson"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("training_term.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # Monday 0
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True, index=True)
    students: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    teachers: Mapped[str] = mapped_column(String(300), default="")


class Booking(Versioned, Base):
    """One booked occurrence of a facility. `block_*` is the span with buffers; active bookings never overlap.

    On PostgreSQL the migration adds an exclusion constraint (btree_gist) over (location_id, tstzrange(block_start,
    block_end, '[)')) for active states as the backstop; on SQLite the write lock (BEGIN IMMEDIATE) serialises.
    """

    __tablename__ = "training_booking"
    __table_args__ = (UniqueConstraint("series_key", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    block_start: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    block_end: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(12), default="booked")  # booked|requested|approved|rejected|cancelled
    series_key: Mapped[str] = mapped_column(String(60))
    purpose: Mapped[str] = mapped_column(String(300), default="")
    people: Mapped[int] = mapped_column(Integer, default=0)
    requested_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
