from decimal import Decimal

import pytest

from tramyard import fares

STOPS = [f"S{n:02d}" for n in range(1, 31)]
ACROSS = [(a, b) for a in STOPS[::3] for b in STOPS[1::3] if fares.ZONE_OF[a] != fares.ZONE_OF[b]]


@pytest.mark.parametrize(("origin", "destination"), [(a, b) for a in STOPS[::2] for b in STOPS[::5]])
def test_zones_crossed_symmetric(origin, destination):
    assert fares.zones_crossed(origin, destination) == fares.zones_crossed(destination, origin)


@pytest.mark.parametrize(("origin", "destination"), ACROSS)
def test_fare_across_zones(origin, destination):
    assert fares.fare(origin, destination) == fares.FARE[fares.zones_crossed(origin, destination)]


@pytest.mark.parametrize(("origin", "destination"), [("S01", "S03"), ("S12", "S14")])
def test_fare_within_zone(origin, destination):
    assert fares.fare(origin, destination) == Decimal("1.80")


def test_child_fare():
    assert fares.concession_fare("S01", "S09", "child") == Decimal("1.20")


@pytest.mark.parametrize("total", ["1.80", "4.20", "6.50", "9.00", "12.40"])
def test_daily_cap(total):
    assert fares.capped(total) <= fares.DAILY_CAP


def test_fares_rise_with_zones():
    values = [fares.FARE[n] for n in sorted(fares.FARE)]
    assert values == sorted(values)
