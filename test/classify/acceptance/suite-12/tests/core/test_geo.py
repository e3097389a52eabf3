import pytest

from kerbside import geo

FLINDERS_ST = {"lat": -37.8183, "lon": 144.9671}
SOUTHERN_CROSS = {"lat": -37.8184, "lon": 144.9525}


def test_distance_between_stations():
    assert 1.2 < geo.distance_km(FLINDERS_ST, SOUTHERN_CROSS) < 1.4


def test_zone_of_flinders_street():
    assert geo.zone_of(FLINDERS_ST["lat"], FLINDERS_ST["lon"]) == "cbd"


def test_zone_outside_service_area():
    with pytest.raises(ValueError, match="unknown zone"):
        geo.zone_of(-37.90, 145.10)


def test_overlap_of_cbd_and_docklands():
    assert geo.overlap_km2("cbd", "docklands") < 1.0


def test_overlap_of_cbd_and_southbank():
    assert 0 < geo.overlap_km2("cbd", "southbank") < 1.0
