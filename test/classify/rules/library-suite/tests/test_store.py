import sqlite3
import pytest
from lantern import store


def test_locked(tmp_path):
    store.locked_write(tmp_path / "a.db")


def test_missing_table(tmp_path):
    store.read_missing_table(tmp_path / "b.db")


def test_integrity():
    store.add_twice(store.engine_for("sqlite://"))


def test_no_result():
    store.find_one(store.engine_for("sqlite://"), "nope")


def test_detached():
    store.detached_name(store.engine_for("sqlite://"))


def test_sa_missing_table():
    store.query_missing_table(store.engine_for("sqlite://"))


def test_sa_syntax():
    store.bad_sql(store.engine_for("sqlite://"))


def test_bad_url():
    store.engine_for("")


def test_old_dialect():
    store.engine_for("postgres://u@localhost/db")


def test_seeded(seeded_db):
    pass
