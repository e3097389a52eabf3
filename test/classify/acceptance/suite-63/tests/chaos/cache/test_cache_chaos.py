import threading
import time

import pytest

from lampwatch import beacons


def _loader(key):
    time.sleep(0.05)
    return f"notice {key}"


@pytest.mark.chaos
class TestCache:
    def test_beacon_state_cached(self, beacon_cache):
        beacon_cache.set("beacon:HW01", "lit")
        assert beacon_cache.get("beacon:HW01") == b"lit"

    def test_beacon_state_expires(self, beacon_cache):
        beacon_cache.set("beacon:HW02", "lit", px=50)
        time.sleep(0.1)
        assert beacon_cache.get("beacon:HW02") is None

    def test_beacon_cache_survives_failover(self, beacon_cache):
        assert beacon_cache.ping()

    @pytest.mark.parametrize("light", ["HW01", "HW02"])
    def test_beacon_keys_namespaced(self, beacon_cache, light):
        beacon_cache.set(f"beacon:{light}", "lit")
        assert beacon_cache.keys("beacon:*")

    def test_characteristic_memoised(self):
        assert beacons.characteristic("HW01") is beacons.characteristic("HW01")

    def test_characteristic_changed_by_notice(self):
        assert beacons.characteristic("HW02") == "Oc 6s"
        beacons.change_characteristic("HW02", "Oc(2) 8s")
        assert beacons.characteristic("HW02") == "Oc(2) 8s"

    @pytest.mark.parametrize("clients", [1, 10, 100], ids=lambda n: f"{n}-clients")
    def test_notice_cache_stampede(self, clients):
        cache = beacons.NoticeCache(_loader)
        threads = [threading.Thread(target=cache.get, args=("N-2026-114",)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert cache.loads == 1

    @pytest.mark.parametrize("key", ["N-1", "N-2", "N-3"])
    def test_notice_cache_hit(self, key):
        cache = beacons.NoticeCache(_loader)
        cache.get(key)
        cache.get(key)
        assert cache.loads == 1

    @pytest.mark.parametrize("ttl", [0.02, 0.05], ids=["fast-clock", "slow-clock"])
    def test_notice_cache_ttl(self, ttl):
        cache = beacons.NoticeCache(_loader, ttl=ttl)
        cache.get("N-9")
        time.sleep(ttl * 2)
        cache.get("N-9")
        assert cache.loads == 2

    @pytest.mark.parametrize("policy", ["lru", "ttl", "size"])
    def test_notice_cache_eviction(self, policy):
        cache = beacons.NoticeCache(lambda key: key, ttl=0 if policy == "ttl" else 30)
        cache.get("a")
        assert cache.get("a") == "a"

    def test_cache_warm_under_load(self):
        cache = beacons.NoticeCache(lambda key: key.upper())
        assert [cache.get(f"n{n % 10}") for n in range(100)][-1] == "N9"
        assert cache.loads == 10

    def test_characteristic_unknown_light(self):
        with pytest.raises(KeyError):
            beacons.characteristic("HW99")

    def test_characteristic_of_third_light(self):
        assert beacons.characteristic("HW03") == "Iso 4s"
