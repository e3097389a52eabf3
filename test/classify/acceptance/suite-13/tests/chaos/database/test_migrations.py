import sqlite3

import pytest

from podstead import migrate

pytestmark = pytest.mark.chaos


def test_upgrade_to_head(tmp_path):
    migrate.upgrade(f"sqlite:///{tmp_path}/catalog.db")
    tables = {row[0] for row in sqlite3.connect(tmp_path / "catalog.db").execute("SELECT name FROM sqlite_master")}
    assert {"shows", "episodes", "guests"} <= tables


def test_upgrade_adds_explicit_flag(tmp_path):
    migrate.upgrade(f"sqlite:///{tmp_path}/catalog.db", "0003")
    columns = [row[1] for row in sqlite3.connect(tmp_path / "catalog.db").execute("PRAGMA table_info(episodes)")]
    assert "explicit" in columns


def test_upgrade_adds_guests(tmp_path):
    migrate.upgrade(f"sqlite:///{tmp_path}/catalog.db", "0003b")
    tables = {row[0] for row in sqlite3.connect(tmp_path / "catalog.db").execute("SELECT name FROM sqlite_master")}
    assert "guests" in tables
