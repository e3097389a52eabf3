from datetime import datetime

import pytest

from spokewell import fleetdb

pytestmark = pytest.mark.chaos


def test_open_ledger():
    fleetdb.open_ledger()
    assert fleetdb.Dock.select().count() >= 0


def test_ledger_has_riders():
    fleetdb.open_ledger()
    assert fleetdb.Rider.select().count() >= 0


def test_register_rider(fleet):
    assert fleetdb.register("ben@example.org").email == "ben@example.org"


def test_register_same_rider_twice(fleet):
    first = fleetdb.register("Ana@Example.org")
    assert first.email == "ana@example.org"


def test_unknown_dock_is_none(fleet):
    assert fleetdb.dock_by_name("Old Quay") is None


def test_rides_with_promo(fleet):
    assert fleetdb.rides_with_promo("SPRING24") == []


def test_close_ride(fleet):
    ride = fleetdb.Ride(rider=fleetdb.Rider.byEmail("ana@example.org"), start_dock=fleetdb.Dock.byName("Harbour"),
                        started_at=datetime(2026, 12, 4, 8, 0))
    closed = fleetdb.close_ride(ride, datetime(2026, 12, 4, 8, 21), 415)
    assert closed.fare_pence == 415


def test_dock_capacity(fleet):
    assert fleetdb.Dock.byName("Station Square").capacity == 20


@pytest.fixture
def export_dir(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    yield folder
    folder.rmdir()


def test_export_docks(fleet, export_dir):
    out = export_dir / "docks.csv"
    out.write_text("\n".join(f"{d.name},{d.bikes}" for d in fleetdb.Dock.select()))
    assert out.read_text().count("\n") == 1
