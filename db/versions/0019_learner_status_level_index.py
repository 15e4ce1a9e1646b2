"""Learner status index widened to (status, level): Home's head count by level and status reads the index alone."""

from collections.abc import Sequence

from alembic import op

revision: str = '0019_learner_status_level_index'
down_revision: str | None = '0018_dual_followup_responses'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain CREATE/DROP INDEX, not batch mode: a batch rebuild of `learner` on SQLite would drop its search triggers.
def upgrade() -> None:
    op.create_index('ix_learner_status_level', 'learner', ['status', 'level'], unique=False)
    op.drop_index('ix_learner_status', table_name='learner')


def downgrade() -> None:
    op.create_index('ix_learner_status', 'learner', ['status'], unique=False)
    op.drop_index('ix_learner_status_level', table_name='learner')
