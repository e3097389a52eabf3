import threading
import time

import pytest

from humpyard import cache

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])


class Registry:
    def __init__(self, delay=0.005):
        self.delay = delay
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, number):
        with self._lock:
            self.calls += 1
        time.sleep(self.delay)
        return {"number": number, "track": f"T{int(number[-2:]) % 40:02d}", "tonnes": 20 + int(number[-2:])}


def all_at_once(count, target):
    barrier = threading.Barrier(count)

    def run():
        barrier.wait()
        target()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.chaos
class TestCache:
    def test_wagon_cached_after_first_get(self):
        registry = Registry()
        wagons = cache.WagonCache(registry)
        wagons.get("GBRF-4410")
        wagons.get("GBRF-4410")
        assert registry.calls == 1

    def test_wagon_cache_evicts_oldest(self):
        wagons = cache.WagonCache(Registry(delay=0), capacity=2)
        for number in ("GBRF-4401", "GBRF-4402", "GBRF-4403"):
            wagons.get(number)
        assert len(wagons) == 2

    def test_put_replaces(self):
        wagons = cache.WagonCache(Registry(delay=0))
        wagons.put("GBRF-4401", {"track": "T01", "tonnes": 10})
        wagons.put("GBRF-4401", {"track": "T02", "tonnes": 10})
        assert wagons.get("GBRF-4401")["track"] == "T02"

    @LOADS
    def test_wagon_loaded_once_under_load(self, users):
        registry = Registry()
        wagons = cache.WagonCache(registry)
        all_at_once(min(users, 40), lambda: wagons.get("GBRF-4410"))
        assert registry.calls == 1

    @LOADS
    def test_hit_rate_under_load(self, users):
        registry = Registry(delay=0)
        wagons = cache.WagonCache(registry, capacity=64)
        for number in range(users):
            wagons.get(f"GBRF-{number % 50:04d}")
        assert registry.calls == min(users, 50)

    def test_tracks_listed(self):
        wagons = cache.WagonCache(Registry(delay=0))
        for number in ("GBRF-4403", "GBRF-4405", "GBRF-4412", "GBRF-4417", "GBRF-4421", "GBRF-4430"):
            wagons.get(number)
        assert list(wagons.tracks()) == ["T03", "T05", "T12", "T17", "T21", "T30"]

    def test_tonnage_by_track(self):
        wagons = cache.WagonCache(Registry(delay=0))
        wagons.get("GBRF-4403")
        wagons.get("GBRF-4443")
        assert wagons.tonnage_by_track() == {"T03": 23 + 63}

    def test_tonnage_while_wagons_arrive(self):
        wagons = cache.WagonCache(Registry(delay=0), capacity=1_000_000)
        for number in range(60_000):
            wagons.put(f"W{number}", {"track": f"T{number % 40:02d}", "tonnes": 20})
        stop = threading.Event()

        def arrivals():
            number = 60_000
            while not stop.is_set():
                wagons.put(f"W{number}", {"track": "T01", "tonnes": 20})
                number += 1

        feeder = threading.Thread(target=arrivals)
        feeder.start()
        try:
            for _ in range(20):
                totals = wagons.tonnage_by_track()
        finally:
            stop.set()
            feeder.join()
        assert sum(totals.values()) >= 60_000 * 20

    def test_track_plan_memo(self):
        calls = []
        plan = cache.track_plan(lambda: calls.append(1) or {"tracks": 40})
        cache.track_plan(lambda: calls.append(1) or {"tracks": 40})
        assert plan["tracks"] == 40 and len(calls) <= 1

    def test_track_plan_of_small_yard(self):
        plan = cache.track_plan(lambda: {"tracks": 12})
        assert plan["tracks"] == 12

    def test_consist_expires_after_ttl(self):
        consists = cache.ConsistCache(ttl=0.2)
        consists.put("6M40", ["GBRF-4410", "GBRF-4411"])
        time.sleep(0.1)
        assert consists.get("6M40") is None

    @pytest.mark.parametrize("ttl", [1, 2, 5])
    def test_consist_kept_within_ttl(self, ttl):
        consists = cache.ConsistCache(ttl=ttl)
        consists.put("6M40", ["GBRF-4410"])
        assert consists.get("6M40") == ["GBRF-4410"]

    def test_missing_consist_is_none(self):
        assert cache.ConsistCache(ttl=1).get("4E22") is None

    def test_cache_capacity_default(self):
        wagons = cache.WagonCache(Registry(delay=0))
        for number in range(200):
            wagons.get(f"GBRF-{number:04d}")
        assert len(wagons) == 128

    def test_cache_len(self):
        wagons = cache.WagonCache(Registry(delay=0))
        wagons.get("GBRF-0001")
        assert len(wagons) == 1
