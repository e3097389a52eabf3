from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from milkrun import cache


@pytest.mark.chaos
class TestCache:
    def test_farm_reading_cached(self, reading_cache):
        cache.record_reading(reading_cache, "N1", "23", b"1840")
        assert cache.farm_reading(reading_cache, "N1", "23") == b"1840"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda users: f"{users}-users")
    def test_reading_load(self, reading_cache, users):
        for n in range(users):
            cache.record_reading(reading_cache, "N1", str(n % 40), b"1500")

    def test_cache_node_failover(self, reading_cache):
        assert reading_cache.ping()

    def test_readings_expire(self, reading_cache):
        reading_cache.set("reading:N123", b"1500", ex=1)
        assert reading_cache.ttl("reading:N123") <= 1


@pytest.mark.chaos
class TestReadingKeys:
    def test_reading_round_trip(self):
        store = cache.DictStore()
        cache.record_reading(store, "S2", "7", b"960")
        assert cache.farm_reading(store, "S2", "7") == b"960"

    def test_neighbouring_regions_kept_apart(self):
        store = cache.DictStore()
        cache.record_reading(store, "N1", "23", b"1840")
        cache.record_reading(store, "N12", "3", b"610")
        assert cache.farm_reading(store, "N1", "23") == b"1840"


@pytest.mark.chaos
class TestPriceMemo:
    def test_price_read_once(self):
        store = cache.DictStore()
        store.set("price:F0042", "0.41")
        memo = cache.PriceMemo(store)
        assert memo.price("F0042") == memo.price("F0042") == Decimal("0.41")

    def test_new_price_shows(self):
        store = cache.DictStore()
        memo = cache.PriceMemo(store)
        memo.set_price("F0042", Decimal("0.41"))
        assert memo.price("F0042") == Decimal("0.41")
        memo.set_price("F0042", Decimal("0.43"))
        assert memo.price("F0042") == Decimal("0.43")

    def test_prices_under_load(self):
        store = cache.DictStore()
        for n in range(50):
            store.set(f"price:F{n:04d}", "0.41")
        memo = cache.PriceMemo(store)
        with ThreadPoolExecutor(max_workers=8) as pool:
            prices = list(pool.map(memo.price, [f"F{n % 50:04d}" for n in range(400)]))
        assert set(prices) == {Decimal("0.41")}


@pytest.mark.chaos
class TestRoutePlans:
    @pytest.mark.parametrize("routes", [10, 60, 240], ids=lambda routes: f"routes-{routes}")
    def test_route_plans_for_the_day(self, depot_memcached, routes):
        mc = cache.route_client(depot_memcached)
        names = [f"R{n:03d}" for n in range(routes)]
        cache.warm_routes(mc, names)
        assert all(len(cache.stops_for(mc, name)) == 12 for name in names)
