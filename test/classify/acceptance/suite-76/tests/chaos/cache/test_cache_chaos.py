import asyncio
import os
import threading
import time

import pytest

from hivecote import cache

pytestmark = pytest.mark.chaos


class TestCacheChaos:
    @pytest.mark.parametrize("apiary", ["north", "south", "heath", "orchard", "moor"])
    def test_reading_cached(self, apiary):
        ttl = cache.TTLCache(ttl=30)
        ttl.put(apiary, {"weight_kg": 41.2})
        assert ttl.get(apiary) == {"weight_kg": 41.2}

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_grades_under_load(self, users):
        loader = cache.Loader(lambda key: {"grade": "A", "key": key})
        assert all(loader.get(f"k{n % 7}")["grade"] == "A" for n in range(users))

    @pytest.mark.parametrize("grams", [0, 227, 340, 454])
    def test_jar_reading_cached(self, grams):
        ttl = cache.TTLCache(ttl=30)
        ttl.put("jar", grams)
        assert ttl.get("jar") == grams

    def test_missing_reading_is_none(self):
        assert cache.TTLCache(ttl=30).get("nowhere") is None

    def test_reading_expires(self):
        ttl = cache.TTLCache(ttl=0.5)
        ttl.put("north", {"weight_kg": 41.2})
        time.sleep(0.2)
        assert "north" not in ttl

    def test_one_load_per_key_under_stampede(self):
        loads = []

        def load(key):
            loads.append(key)
            time.sleep(0.05)
            return {"grade": "A"}

        loader = cache.Loader(load)
        threads = [threading.Thread(target=loader.get, args=("heather-2026",)) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(loads) == 1

    def test_sweep_while_readings_arrive(self):
        ttl = cache.TTLCache(ttl=0.0)
        for n in range(200_000):
            ttl.put(n, n)
        stop = threading.Event()

        def arrive():
            n = 10**6
            while not stop.is_set():
                ttl.put(n, n)
                n += 1

        writer = threading.Thread(target=arrive)
        writer.start()
        try:
            for _ in range(20):
                ttl.sweep()
        finally:
            stop.set()
            writer.join()

    def test_grade_files_written_in_parallel(self, tmp_path):
        files = cache.GradeFileCache(str(tmp_path))
        errors = []

        def write(n):
            try:
                for round_ in range(200):
                    files.store(f"apiary-{n}", {"round": round_})
            except Exception as error:  # noqa: BLE001 - gathered for the assertion below
                errors.append(error)
                raise

        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [files.read(f"apiary-{n}") for n in range(4)] == [{"round": 199}] * 4

    def test_price_list_memo_twice(self):
        prices = cache.PriceList()

        async def twice():
            first = await prices.prices("wholefoods")
            second = await prices.prices("wholefoods")
            return first, second

        first, second = asyncio.run(twice())
        assert first == second

    def test_cold_grade_sheet_within_budget(self, tmp_path_factory):
        marker = cache.warm_marker(str(tmp_path_factory.getbasetemp()))
        started = time.monotonic()
        if not os.path.exists(marker):
            cache.rebuild_grade_sheet(marker)
        assert time.monotonic() - started < 1.0

    def test_sweep_removes_stale(self):
        ttl = cache.TTLCache(ttl=0.0)
        ttl.put("a", 1)
        time.sleep(0.01)
        assert ttl.sweep() == 1

    def test_loader_caches(self):
        loads = []
        loader = cache.Loader(lambda key: loads.append(key) or key)
        loader.get("x")
        loader.get("x")
        assert loads == ["x"]
