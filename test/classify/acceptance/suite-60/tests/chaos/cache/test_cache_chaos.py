from concurrent.futures import ThreadPoolExecutor

import pytest

from pressline import cache


@pytest.mark.chaos
class TestCache:
    def test_tank_reading_cached(self, tank_cache):
        cache.record_reading(tank_cache, "T1", b"21.5")
        assert cache.tank_reading(tank_cache, "T1") == b"21.5"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda users: f"{users}-users")
    def test_reading_load(self, tank_cache, users):
        for n in range(users):
            cache.record_reading(tank_cache, f"T{n % 40}", b"20.0")

    def test_cache_node_failover(self, tank_cache):
        assert tank_cache.ping()

    def test_readings_expire(self, tank_cache):
        tank_cache.set("tank:T1:brix", b"19.0", ex=1)
        assert tank_cache.ttl("tank:T1:brix") <= 1


@pytest.mark.chaos
class TestMemo:
    def test_new_reading_shows(self):
        store = cache.DictStore()
        cache.record_reading(store, "T4", b"22.1")
        assert cache.tank_reading(store, "T4") == b"22.1"
        cache.record_reading(store, "T4", b"18.3")
        assert cache.tank_reading(store, "T4") == b"18.3"

    def test_block_filled_once(self):
        blocks = cache.BlockCache(cache.slow_register)
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(blocks.get, ["SONN-04"] * 8))
        assert blocks.fills == 1

    def test_block_served_from_cache(self):
        blocks = cache.BlockCache(cache.slow_register)
        blocks.get("B12")
        blocks.get("B12")
        assert blocks.fills == 1
