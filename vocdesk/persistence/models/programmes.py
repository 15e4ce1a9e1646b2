"""Programme catalogue: level → ประเภทวิชา → สาขาวิชา → สาขางาน, as OVEC codes them."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Programme(Versioned, Base):
    """One สาขาวิชา (major) at one level, optionally narrowed to a สาขางาน (minor)."""

    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("level", "major_code", "minor_code", "curriculum_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(10))
    type_name_th: Mapped[str] = mapped_column(String(120))
    major_code: Mapped[str] = mapped_column(String(10))
    major_name_th: Mapped[str] = mapped_column(String(200))
    major_name_en: Mapped[str] = mapped_column(String(200), default="")
    minor_code: Mapped[str] = mapped_column(String(12), default="")
    minor_name_th: Mapped[str] = mapped_column(String(200), default="")
    curriculum_year: Mapped[int] = mapped_column(Integer)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    is_shortage: Mapped[bool] = mapped_column(Boolean, default=False)
    shortage_source: Mapped[str] = mapped_column(String(300), default="")
    ai_competences: Mapped[str] = mapped_column(Text, default="")
