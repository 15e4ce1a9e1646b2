"""College-wide settings and departments (แผนกวิชา)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Setting(Base):
    """A college-wide setting stored as JSON text under a dotted key (e.g. `college.name`)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text, nullable=False)


class Department(Versioned, Base):
    """A teaching department; technical ones count toward the shortage of ครูช่าง."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    is_technical: Mapped[bool] = mapped_column(Boolean, default=False)
