import pytest

from kerbside import db

pytestmark = pytest.mark.chaos


def test_vehicles_in_cbd(fleet_db):
    assert db.vehicles_in_zone(fleet_db, "cbd")


def test_vehicle_plates_unique(fleet_db):
    plates = [v["plate"] for v in db.vehicles_in_zone(fleet_db, "cbd")]
    assert len(plates) == len(set(plates))


def test_no_open_reservations_for_new_member(fleet_db):
    assert db.open_reservations(fleet_db, 900010) == []


def test_reservation_insert(fleet_db):
    with fleet_db.cursor() as cur:
        cur.execute("INSERT INTO reservations (vehicle_id, member_id) VALUES (1, 900011)")
    assert db.open_reservations(fleet_db, 900011)


def test_battery_levels_in_range(fleet_db):
    assert all(0 <= v["battery_pct"] <= 100 for v in db.vehicles_in_zone(fleet_db, "southbank"))


def test_reports_read_from_replica():
    conn = db.replica()
    assert db.vehicles_in_zone(conn, "cbd")


def test_replica_dropping_connections(tcp_stub, monkeypatch):
    host, port = tcp_stub(b"")
    monkeypatch.setattr(db.settings, "MYSQL_REPLICA_PORT", port)
    conn = db.replica()
    assert db.vehicles_in_zone(conn, "cbd")
