import pytest

from kerbside import cache

pytestmark = pytest.mark.chaos


@pytest.fixture
def fleet_cache():
    return cache.FleetCache(cache.client())


def test_availability_round_trip(fleet_cache):
    fleet_cache.put_availability("cbd", [1, 2, 3])
    assert fleet_cache.availability("cbd") == [1, 2, 3]


def test_missing_zone_is_empty(fleet_cache):
    assert fleet_cache.availability("nowhere") == []


def test_forget_zone(fleet_cache):
    fleet_cache.forget("cbd")
    assert fleet_cache.availability("cbd") == []


def test_availability_many(fleet_cache):
    assert fleet_cache.availability_many(["cbd", "southbank"]) == {}


def test_search_results_cached():
    mc = cache.FleetCache(cache.client())
    mc.store_search("model:ioniq near:cbd", [1, 4])
    assert mc.search_results("model:ioniq near:cbd") == b"1,4"


def test_long_search_cached():
    mc = cache.FleetCache(cache.client())
    query = "features:" + ",".join(["child-seat", "bike-rack", "tow-bar", "roof-box", "snow-chains"] * 40)
    assert mc.search_results(query) is None


def test_free_count_follows_bookings():
    fc = cache.FleetCache(mc=None)
    free = {"cbd": [1, 2, 3]}
    assert fc.free_count("cbd", free.get) == 3
    free["cbd"].remove(fc.reserved("cbd", 2))
    assert fc.free_count("cbd", free.get) == 2
