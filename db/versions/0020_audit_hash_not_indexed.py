"""The audit record's hash is no longer a unique index: nothing looks a record up by it, and every write paid.

The chain cannot fork without it: the record's id is its position, so two writers extending the same head collide on
the primary key (and they are serialised before that: SQLite's write lock, PostgreSQL's advisory lock).
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0020_audit_hash_not_indexed'
down_revision: str | None = '0019_learner_status_level_index'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# SQLite keeps a table's UNIQUE constraints in its CREATE TABLE, so batch mode rebuilds `audit_event` (no triggers or
# views depend on it); PostgreSQL drops the constraint in place.
def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_constraint('uq_audit_event_hash', type_='unique')


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_audit_event_hash', ['hash'])
