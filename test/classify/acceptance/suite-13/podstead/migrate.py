"""Schema migrations of the catalog (Alembic), also run on the SQLite file of a local catalog."""
from pathlib import Path

from alembic import command
from alembic.config import Config

SCRIPTS = Path(__file__).resolve().parent.parent / "migrations"


def config(url):
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(url, revision="head"):
    command.upgrade(config(url), revision)
