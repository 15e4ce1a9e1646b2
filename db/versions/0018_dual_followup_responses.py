"""Dual follow-up: a regional centre's responses per learner of a hand-off; plan sub-tasks done in logbook weeks."""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018_dual_followup_responses'
down_revision: str | None = '0017_community'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dual_handoff_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('student_code', sa.String(length=20), nullable=False),
    sa.Column('responded_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['handoff_id'], ['dual_handoff.id'],
                            name=op.f('fk_dual_handoff_response_handoff_id_dual_handoff'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dual_handoff_response')),
    sa.UniqueConstraint('handoff_id', 'student_code', 'responded_on',
                        name=op.f('uq_dual_handoff_response_handoff_id_student_code_responded_on'))
    )
    with op.batch_alter_table('dual_handoff_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dual_handoff_response_handoff_id'), ['handoff_id'], unique=False)

    op.create_table('dual_logbook_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('week_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['week_id'], ['dual_logbook_week.id'],
                            name=op.f('fk_dual_logbook_task_week_id_dual_logbook_week'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['dual_plan_task.id'],
                            name=op.f('fk_dual_logbook_task_task_id_dual_plan_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dual_logbook_task')),
    sa.UniqueConstraint('week_id', 'task_id', name=op.f('uq_dual_logbook_task_week_id_task_id'))
    )
    with op.batch_alter_table('dual_logbook_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dual_logbook_task_week_id'), ['week_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dual_logbook_task_task_id'), ['task_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dual_logbook_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dual_logbook_task_task_id'))
        batch_op.drop_index(batch_op.f('ix_dual_logbook_task_week_id'))
    op.drop_table('dual_logbook_task')
    with op.batch_alter_table('dual_handoff_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dual_handoff_response_handoff_id'))
    op.drop_table('dual_handoff_response')
