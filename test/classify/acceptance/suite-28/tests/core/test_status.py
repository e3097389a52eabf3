import time

from spokewell.status import StationStatus


def test_default_ttl():
    status = StationStatus(lambda station: 5)
    assert status.bikes_at("harbour") == 5


def test_default_ttl_shared_by_stations():
    status = StationStatus(lambda station: 5)
    assert status.bikes_at("harbour") == status.bikes_at("square")


def test_status_cached():
    calls = []
    status = StationStatus(lambda station: calls.append(station) or 7, ttl=60)
    status.bikes_at("harbour")
    status.bikes_at("harbour")
    assert calls == ["harbour"]


def test_empty_station_cached():
    calls = []
    status = StationStatus(lambda station: calls.append(station) or 0, ttl=60)
    status.bikes_at("depot")
    status.bikes_at("depot")
    assert calls == ["depot"]


def test_status_expires():
    counts = iter([3, 9])
    status = StationStatus(lambda station: next(counts), ttl=1)
    status.bikes_at("harbour")
    time.sleep(0.1)
    assert status.bikes_at("harbour") == 9
