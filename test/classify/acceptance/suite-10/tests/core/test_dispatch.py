import pytest

from hotbox import dispatch, geo

DUBLIN_SPIRE = (53.3498, -6.2603)
HEUSTON = (53.3464, -6.2921)


def test_distance_to_itself_is_zero():
    assert geo.haversine_km(DUBLIN_SPIRE, DUBLIN_SPIRE) == 0


def test_distance_across_the_city():
    assert geo.haversine_km(DUBLIN_SPIRE, HEUSTON) == pytest.approx(2.15, abs=0.05)


def test_nearest_courier():
    near = dispatch.Courier(1, (53.3490, -6.2600))
    far = dispatch.Courier(2, (53.3000, -6.3000))
    assert dispatch.nearest([far, near], DUBLIN_SPIRE) is near


def test_rank_by_eta():
    couriers = [dispatch.Courier(1, DUBLIN_SPIRE, 12.0), dispatch.Courier(2, HEUSTON, 4.0)]
    assert [courier.id for courier in dispatch.rank(couriers)] == [2, 1]


def test_rank_with_a_courier_just_logged_in():
    couriers = [dispatch.Courier(1, DUBLIN_SPIRE, 12.0), dispatch.Courier(2, HEUSTON),
                dispatch.Courier(3, HEUSTON, 6.5)]
    assert dispatch.rank(couriers)[0].id == 3


def test_dispatch_settings_from_the_environment_file():
    assert dispatch.dispatch_settings()["max_active"] == 3


def test_register_a_night_courier():
    dispatch.register(dispatch.Courier(40, HEUSTON))
    assert 40 in dispatch.REGISTRY


def test_register_couriers():
    for courier_id in (1, 2, 3):
        dispatch.register(dispatch.Courier(courier_id, DUBLIN_SPIRE))
    assert len(dispatch.REGISTRY) == 3


@pytest.mark.parametrize("zone,expected", [("northside", {"city-centre", "docklands", "ringsend"})])
def test_zones_reachable_for_a_courier(zone, expected):
    assert geo.reachable(zone) - {zone} == expected
