"""guests"""
import sqlalchemy as sa
from alembic import op

revision = "0003b"
down_revision = "0002"


def upgrade():
    op.create_table("guests", sa.Column("id", sa.Integer, primary_key=True), sa.Column("episode_id", sa.Integer, sa.ForeignKey("episodes.id")),
                    sa.Column("name", sa.String(120)))
