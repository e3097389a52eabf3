"""episodes"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade():
    op.create_table("episodes", sa.Column("id", sa.Integer, primary_key=True), sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id")),
                    sa.Column("title", sa.String(200)), sa.Column("duration", sa.Integer))
