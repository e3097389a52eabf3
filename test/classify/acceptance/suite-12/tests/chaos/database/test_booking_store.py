import datetime

import pytest

from kerbside import models

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kiosk.db"
    models.open_store(path)
    yield path
    models.database.close()


def test_register_vehicle(store):
    vehicle = models.Vehicle.create(plate="1KB-101", zone="cbd")
    assert vehicle.id


def test_register_second_vehicle(store):
    vehicle = models.Vehicle.create(plate="1KB-101", zone="southbank")
    assert vehicle.zone == "southbank"


def test_double_booking_refused(store):
    vehicle = models.Vehicle.create(plate="1KB-102", zone="cbd")
    at = datetime.datetime(2026, 12, 4, 9, 0)
    models.reserve(vehicle, 900020, at)
    with pytest.raises(models.VehicleTaken):
        models.reserve(vehicle, 900021, at)


def test_low_battery_vehicles(store):
    assert models.low_battery("cbd") == []


def test_close_trip_charges_member(store):
    vehicle = models.Vehicle.create(plate="1KB-103", zone="cbd")
    trip = models.Trip.create(vehicle=vehicle, member_id=900022, minutes=12)
    models.close_trip(trip, store)
    assert models.database.execute_sql("SELECT cents FROM ledger").fetchall() == [(420,)]


def test_first_vehicle_is_in_cbd(store):
    assert models.Vehicle.get_by_id(1).zone == "cbd"


def test_vehicle_forty_two(store):
    assert models.Vehicle.get_by_id(42).plate.startswith("1KB")
