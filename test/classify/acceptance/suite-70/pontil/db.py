import sqlite3
import tempfile
from pathlib import Path

from pontil import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS recipes (name TEXT PRIMARY KEY, color TEXT, silica REAL, soda REAL, lime REAL);
CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY, recipe TEXT, kilos REAL);
"""


def connect(path):
    connection = sqlite3.connect(path, timeout=0.2)
    connection.executescript(SCHEMA)
    return connection


def shared_workbook():
    """The studio's scratch database for the batch room's tablet."""
    return Path(tempfile.gettempdir()) / "pontil-batch-room.db"


def add_recipe(connection, name, color, silica, soda, lime):
    connection.execute("INSERT INTO recipes VALUES (?, ?, ?, ?, ?)", (name, color, silica, soda, lime))
    connection.commit()


def recipes_by_colour(connection, colour):
    return connection.execute("SELECT name FROM recipes WHERE colour = ?", (colour,)).fetchall()


def log_batch(path, recipe, kilos):
    connection = sqlite3.connect(path, timeout=0.2)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO batches (recipe, kilos) VALUES (?, ?)", (recipe, kilos))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO batches (recipe, kilos) VALUES (?, ?)", ("audit:" + recipe, 0))
    audit.commit()
    connection.commit()


def archive():
    return sqlite3.connect(settings.studio()["archive_db"])
