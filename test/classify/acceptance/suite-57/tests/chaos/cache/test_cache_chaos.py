import threading
import time

import pytest

from combwright import cache


def scale_reading(hive):
    return {"H1": 41.2, "H2": 38.7, "H3": 44.0}.get(hive, 40.0)


@pytest.mark.chaos
class TestCacheChaos:
    def test_hive_weight_cached(self, hive_cache):
        assert cache.hive_weight(hive_cache, "H1", scale_reading) == 41.2

    def test_hive_weight_second_read(self, hive_cache):
        cache.hive_weight(hive_cache, "H2", scale_reading)
        assert cache.hive_weight(hive_cache, "H2", scale_reading) == 38.7

    def test_colony_strength_cached(self, hive_cache, hive_db):
        assert cache.colony_strength(hive_cache, hive_db, "H1") == 6

    @pytest.mark.parametrize("hives", [8, 16, 32, 64, 128])
    def test_hive_weight_load(self, hive_cache, hives):
        for n in range(hives):
            cache.hive_weight(hive_cache, f"H{n}", scale_reading)


@pytest.mark.chaos
class TestCacheMemory:
    @pytest.mark.parametrize("kib", [16, 48, 96, 120])
    def test_frame_images_stored(self, frame_cache, kib):
        image = "x" * (kib * 1024)
        for frame in range(4):
            cache.store_frame_image(frame_cache, "H1", frame, image)

    def test_draft_resumed_after_busy_morning(self, pressured_cache):
        cache.save_draft(pressured_cache, "rowan", {"hive": "H2", "queen_seen": True})
        for frame in range(3):
            cache.store_frame_image(pressured_cache, "H9", frame, "y" * (100 * 1024))
        assert cache.resume_draft(pressured_cache, "rowan")["hive"] == "H2"


@pytest.mark.chaos
class TestCacheStampede:
    def test_forage_forecast_computed_once(self, pressured_cache):
        calls = []

        def fetch(apiary):
            calls.append(apiary)
            time.sleep(0.2)  # the forecast model's run
            return {"apiary": apiary, "nectar_flow": "heather"}

        threads = [threading.Thread(target=cache.forage_forecast, args=(pressured_cache, "moor-end", fetch))
                   for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(calls) == 1


@pytest.mark.chaos
class TestCacheInvalidation:
    def test_colony_strength_after_update(self, pressured_cache, hive_db):
        assert cache.colony_strength(pressured_cache, hive_db, "H2") == 9
        cache.update_colony_strength(pressured_cache, hive_db, "H2", 12)
        assert cache.colony_strength(pressured_cache, hive_db, "H2") == 12

    def test_queen_status_after_supersedure(self, pressured_cache, hive_db):
        stop = threading.Event()

        def dashboard():
            while not stop.is_set():
                cache.queen_status(pressured_cache, hive_db, "H1")
                time.sleep(0.05)

        poller = threading.Thread(target=dashboard)
        poller.start()
        time.sleep(0.1)
        cache.record_queen_change(pressured_cache, hive_db, "H1", "superseded")
        stop.set()
        poller.join()
        assert cache.queen_status(pressured_cache, hive_db, "H1") == "superseded"


@pytest.mark.chaos
class TestCacheApiaryTotals:
    @pytest.mark.parametrize("apiary,hives", [("moor-end", ["H1", "H2"]), ("church-field", ["H3"])])
    def test_apiary_weight_total(self, hive_cache, apiary, hives):
        total = sum(cache.hive_weight(hive_cache, hive, scale_reading) for hive in hives)
        assert total > 0
