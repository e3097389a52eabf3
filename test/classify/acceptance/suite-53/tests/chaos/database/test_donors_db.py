import sqlite3

import pytest

from redcell import donors, settings


@pytest.fixture(scope="module")
def donors_db():
    db = sqlite3.connect(":memory:")
    db.execute("create table donors (id integer primary key, name text, blood_group text)")
    return db


def test_register_donor(donors_db):
    donors.register(donors_db, 1001, "Ada Okafor", "O-")
    assert donors_db.execute("select name from donors where id = 1001").fetchone() == ("Ada Okafor",)


def test_register_second_clinic_donor(donors_db):
    donors.register(donors_db, 1001, "Ben Lindqvist", "A+")
    assert donors_db.execute("select count(*) from donors").fetchone() == (2,)


def test_deferred_donors(donors_db):
    assert donors.deferred(donors_db) == []


def test_archive_donor():
    donors.archive(settings.ARCHIVE_DB, 1001)
