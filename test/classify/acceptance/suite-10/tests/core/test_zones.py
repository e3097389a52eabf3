import pytest

from hotbox import geo


@pytest.mark.geo
@pytest.mark.parametrize("zone", sorted(geo.ZONES))
def test_every_zone_has_a_neighbour(zone):
    assert geo.ZONES[zone]


@pytest.mark.geo
def test_neighbours_are_mutual():
    for zone, neighbours in geo.ZONES.items():
        for neighbour in neighbours:
            assert zone in geo.ZONES[neighbour]
