"""Learner search index: SQLite FTS5 trigram table kept by triggers, or a pg_trgm GIN index on PostgreSQL.

Revision ID: 0007_learner_search
Revises: 0006_learner_support
Create Date: 2026-11-24 07:30:00
"""

from collections.abc import Sequence

from alembic import op

from vocdesk.persistence.search_index import build_search_index, drop_search_index

revision: str = "0007_learner_search"
down_revision: str | None = "0006_learner_support"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    build_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
