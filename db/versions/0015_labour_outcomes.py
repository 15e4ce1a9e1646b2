"""Graduate outcomes: the survey date, the job title as written and how an imported answer found its graduate.

Revision ID: 0015_labour_outcomes
Revises: 0014_training_courses
Create Date: 2026-12-02 13:38:26.809857
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015_labour_outcomes'
down_revision: str | None = '0014_training_courses'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing answers get "" (no title typed, entered by hand); the model's Python default covers new rows.
    with op.batch_alter_table("graduate_outcome", schema=None) as batch_op:
        batch_op.add_column(sa.Column("occupation_title", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("surveyed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("matched_by", sa.String(length=20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("graduate_outcome", schema=None) as batch_op:
        batch_op.drop_column("matched_by")
        batch_op.drop_column("surveyed_on")
        batch_op.drop_column("occupation_title")
