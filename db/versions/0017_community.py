"""Community service: service points, repair jobs numbered per point and fiscal year, parts, service minutes."""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017_community'
down_revision: str | None = '0016_dual_plans'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('service_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('parts_allowance_satang', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_service_point_teacher_id_teacher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_point')),
    sa.UniqueConstraint('code', name=op.f('uq_service_point_code'))
    )
    with op.batch_alter_table('service_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_point_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('repair_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('point_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('job_no', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('owner_name', sa.String(length=200), nullable=False),
    sa.Column('owner_phone', sa.String(length=30), nullable=False),
    sa.Column('owner_national_id', sa.String(length=13), nullable=False),
    sa.Column('owner_id_reason', sa.String(length=200), nullable=False),
    sa.Column('owner_address', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('brand', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('repair_status', sa.String(length=20), nullable=False),
    sa.Column('barrier', sa.String(length=60), nullable=True),
    sa.Column('terms_acknowledged', sa.Boolean(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['point_id'], ['service_point.id'], name=op.f('fk_repair_job_point_id_service_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_job')),
    sa.UniqueConstraint('point_id', 'fiscal_year', 'job_no', name=op.f('uq_repair_job_point_id_fiscal_year_job_no'))
    )
    with op.batch_alter_table('repair_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_job_point_id'), ['point_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_job_received_on'), ['received_on'], unique=False)

    op.create_table('repair_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('cost_satang', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['repair_job.id'], name=op.f('fk_repair_part_job_id_repair_job')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_part'))
    )
    with op.batch_alter_table('repair_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_part_job_id'), ['job_id'], unique=False)

    op.create_table('volunteer_shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('point_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['point_id'], ['service_point.id'], name=op.f('fk_volunteer_shift_point_id_service_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_shift'))
    )
    with op.batch_alter_table('volunteer_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_shift_point_id'), ['point_id'], unique=False)

    op.create_table('shift_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=True),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('checked_in', sa.Time(), nullable=False),
    sa.Column('checked_out', sa.Time(), nullable=True),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_shift_attendance_learner_id_learner'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shift_id'], ['volunteer_shift.id'],
                            name=op.f('fk_shift_attendance_shift_id_volunteer_shift')),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_shift_attendance_teacher_id_teacher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_attendance'))
    )
    with op.batch_alter_table('shift_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_attendance_learner_id'), ['learner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_attendance_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_attendance_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('shift_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['volunteer_shift.id'],
                            name=op.f('fk_shift_service_shift_id_volunteer_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_service')),
    sa.UniqueConstraint('shift_id', 'kind', name=op.f('uq_shift_service_shift_id_kind'))
    )
    with op.batch_alter_table('shift_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_service_shift_id'), ['shift_id'], unique=False)

    op.create_table('service_minutes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=True),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('job_id', sa.Integer(), nullable=True),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('point_id', sa.Integer(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['repair_job.id'], name=op.f('fk_service_minutes_job_id_repair_job')),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_service_minutes_learner_id_learner'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['point_id'], ['service_point.id'], name=op.f('fk_service_minutes_point_id_service_point')),
    sa.ForeignKeyConstraint(['shift_id'], ['volunteer_shift.id'],
                            name=op.f('fk_service_minutes_shift_id_volunteer_shift')),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_service_minutes_teacher_id_teacher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_minutes'))
    )
    with op.batch_alter_table('service_minutes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_minutes_job_id'), ['job_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_minutes_learner_id'), ['learner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_minutes_point_id'), ['point_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_minutes_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_minutes_teacher_id'), ['teacher_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_minutes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_minutes_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_service_minutes_shift_id'))
        batch_op.drop_index(batch_op.f('ix_service_minutes_point_id'))
        batch_op.drop_index(batch_op.f('ix_service_minutes_learner_id'))
        batch_op.drop_index(batch_op.f('ix_service_minutes_job_id'))

    op.drop_table('service_minutes')
    op.drop_table('shift_service')
    op.drop_table('shift_attendance')
    op.drop_table('volunteer_shift')
    with op.batch_alter_table('repair_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_part_job_id'))

    op.drop_table('repair_part')
    with op.batch_alter_table('repair_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_job_received_on'))
        batch_op.drop_index(batch_op.f('ix_repair_job_point_id'))

    op.drop_table('repair_job')
    with op.batch_alter_table('service_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_point_teacher_id'))

    op.drop_table('service_point')
