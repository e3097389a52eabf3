"""episodes.explicit, required"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade():
    op.add_column("episodes", sa.Column("explicit", sa.Boolean))
    op.execute("UPDATE episodes SET explicit = 0")
    op.alter_column("episodes", "explicit", nullable=False)
