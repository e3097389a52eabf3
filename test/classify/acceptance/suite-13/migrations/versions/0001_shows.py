"""shows"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade():
    op.create_table("shows", sa.Column("id", sa.Integer, primary_key=True), sa.Column("slug", sa.String(80), unique=True),
                    sa.Column("title", sa.String(200), nullable=False))
