"""Data packages to OVEC: the per-period submission workflow, explanations of warnings and the package history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class PackageSubmission(Versioned, Base):
    """One reporting period's workflow: draft → validated → locked → exported."""

    __tablename__ = "package_submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings_open: Mapped[int] = mapped_column(Integer, default=0)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    validated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    validated_by: Mapped[str] = mapped_column(String(80), default="")
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    locked_by: Mapped[str] = mapped_column(String(80), default="")
    exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class PackageExplanation(Base):
    """Why a warning is acceptable, for one rule and one record of one period."""

    __tablename__ = "package_explanation"
    __table_args__ = (UniqueConstraint("period", "rule_id", "record_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    rule_id: Mapped[str] = mapped_column(String(20))
    record_key: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    explained_by: Mapped[str] = mapped_column(String(80))
    explained_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PackageHistory(Base):
    """Every package created, so the next one chains to it (sequence and SHA-256) and compares with it (stats)."""

    __tablename__ = "package_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    package_id: Mapped[str] = mapped_column(String(32), unique=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    key_id: Mapped[str] = mapped_column(String(16))
    stats_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(80))
