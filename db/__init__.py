"""Alembic migrations for the VocDesk schema."""
