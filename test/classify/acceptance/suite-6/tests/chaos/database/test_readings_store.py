import sqlite3
from pathlib import Path

import pytest

from meterwell import store as storage

DATA = Path(__file__).parents[2] / "data"


@pytest.fixture
def store(tmp_path):
    return storage.Store(tmp_path / "readings.db")


@pytest.fixture
def compacted_store(tmp_path):
    store = storage.Store(tmp_path / "compact.db")
    yield store
    store.db.execute("DELETE FROM readings WHERE ts < 1764547200")
    store.db.execute("VACUUM")


@pytest.fixture
def registry():
    with storage.open_registry() as db:
        yield db


def test_batch_is_stored(store):
    store.add_batch([{"meter": "M-1", "ts": 1, "wh": 10}, {"meter": "M-1", "ts": 2, "wh": 12}])
    assert store.count() == 2


def test_gateway_retry_is_idempotent(store):
    batch = [{"meter": "M-1", "ts": 1764547200, "wh": 1250}, {"meter": "M-1", "ts": 1764548100, "wh": 1262}]
    store.add_batch(batch)
    store.add_batch(batch)
    assert store.count() == 2


def test_flagged_readings(store):
    store.add({"meter": "M-2", "ts": 1764547200, "wh": 90})
    assert store.flagged("M-2") == []


def test_write_while_reporting_job_reads(tmp_path):
    path = tmp_path / "shared.db"
    store = storage.Store(path)
    report = sqlite3.connect(path)
    report.execute("BEGIN IMMEDIATE")
    report.execute("INSERT INTO schema_version VALUES (3)")
    store.add({"meter": "M-3", "ts": 1764547200, "wh": 4})
    assert store.count() == 1


def test_meter_is_registered(registry):
    assert b"M-1" in registry


def test_import_legacy_readings():
    rows = storage.import_legacy(DATA / "legacy-readings.db")
    assert len(rows) > 1000


def test_purge_old_readings(compacted_store):
    compacted_store.add({"meter": "M-9", "ts": 1700000000, "wh": 1})
    assert compacted_store.count() == 1
