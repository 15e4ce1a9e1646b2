"""PDPA records: sensitive facts, guardian consent, erasures and the breach register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class SensitiveFact(Versioned, Base):
    """Sensitive personal data (section 26 PDPA) about a learner: health, disability, religion, poverty."""

    __tablename__ = "sensitive_fact"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date)


class GuardianConsent(Versioned, Base):
    """A guardian's consent for a learner under 20: who, when, for which purposes (JSON list)."""

    __tablename__ = "guardian_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    guardian_name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(60), default="")
    purposes_json: Mapped[str] = mapped_column(Text, default="[]")
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(60), default="")


class Erasure(Base):
    """A learner whose personal data was anonymised on request; statistics fields were kept."""

    __tablename__ = "pdpa_erasure"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), unique=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))
    erased_by: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text, default="")


class BreachIncident(Versioned, Base):
    """A personal-data breach; the regulator must be told within 72 hours of discovery."""

    __tablename__ = "breach_incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    discovered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))
    description: Mapped[str] = mapped_column(Text)
    data_categories: Mapped[str] = mapped_column(String(300), default="")
    affected_count: Mapped[int] = mapped_column(Integer, default=0)
    measures: Mapped[str] = mapped_column(Text, default="")
    regulator_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
    subjects_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
