import pytest

from coldtrail import carriers, localdb, store

pytestmark = pytest.mark.chaos

READINGS = [{"device": "reefer-0042", "at": 1764748800 + 300 * i, "temp_c": 4.5 + i / 10} for i in range(6)]


def test_write_readings(influx_db):
    assert store.write_readings(READINGS, influx=influx_db) == 6


def test_latest_after_write(influx_db):
    store.write_readings(READINGS, influx=influx_db)
    assert store.latest_temperature("reefer-0042", influx=influx_db) == pytest.approx(5.0)


def test_write_empty_batch(influx_db):
    assert store.write_readings([], influx=influx_db) == 0


def test_retention_policy_present(influx_db):
    assert any(p["name"] == "ninety_days" for p in influx_db.get_list_retention_policies())


def test_archive_reachable():
    assert store.archive_client().ping()


def test_reading_schema_registered(http_stub):
    url = http_stub(status=409, body={"error_code": 409, "message": "Schema being registered is incompatible with an earlier schema for subject \"coldtrail.readings-value\""})
    schema = '{"type": "record", "name": "Reading", "fields": [{"name": "temp_c", "type": "float"}]}'
    assert carriers.register_schema(url, "coldtrail.readings-value", schema) > 0


def test_gateway_buffer_keeps_battery(tmp_path):
    conn = localdb.open_buffer(str(tmp_path / "buffer.sqlite"))
    localdb.buffer_reading(conn, {"device": "reefer-0042", "at": 1764748800, "temp_c": 4.5, "battery_mv": 3600})
    assert conn.execute("SELECT count(*) FROM readings").fetchone()[0] == 1
