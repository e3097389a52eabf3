import pytest

from tremorline import alerts, stations

RECEIVED = []


@pytest.mark.parametrize("event_id", range(1, 41))
def test_bulletin_fields(event_id):
    bulletin = alerts.bulletin({"id": event_id, "magnitude": 2.0 + event_id / 10, "lat": 37.0, "lon": 22.0})
    RECEIVED.append(bulletin)
    assert set(bulletin) == {"event", "magnitude", "lat", "lon"}


def test_bulletins_received_in_order():
    assert [b["event"] for b in RECEIVED] == [str(n) for n in range(1, 41)]


@pytest.mark.parametrize("code", ["TRM01", "TRM02"])
def test_registered_station_located(code):
    lat, lon = stations.location(code)
    assert 35 < lat < 40 and 20 < lon < 25


def test_unknown_station(station_registry):
    assert "TRM99" not in station_registry
