"""User accounts (Argon2id hashes, lockout counters) and one-time re-authentication proofs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class UserAccount(Versioned, Base):
    """A person who signs in; `role` is one of permissions.ROLES. Times are naive UTC."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class AuthProof(Base):
    """Proof that a user re-entered the password for one purpose; single use, short-lived."""

    __tablename__ = "auth_proof"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(String(60))
    purpose: Mapped[str] = mapped_column(String(60))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), nullable=True)
