import threading
import time

import numpy as np
import pytest

from shorewarden import cache


class TestTileCache:
    def test_set_get(self):
        tiles = cache.TileCache()
        tiles.set("spurn/3", {"cells": 4})
        assert tiles.get("spurn/3") == {"cells": 4}

    def test_elevation_grid_cached(self):
        tiles = cache.TileCache()
        tiles.set("spurn/grid", np.linspace(0.0, 4.5, 10))
        assert len(tiles.get("spurn/grid")) == 10

    def test_survey_summary_cached(self):
        tiles = cache.TileCache()
        tiles.set("summary/s-41", cache.survey_summary("s-41", ["120.5", "80.25"]))
        assert tiles.get("summary/s-41")["volume_m3"] == 200.75

    def test_zone_counts_cached(self):
        tiles = cache.TileCache()
        tiles.set("zones/spurn", cache.counts_by_zone([(1, 2.0), (1, 2.5), (2, 3.1)]))
        assert tiles.get("zones/spurn") == {"1": 2, "2": 1}

    def test_overwrite(self):
        tiles = cache.TileCache()
        tiles.set("k", 1)
        tiles.set("k", 2)
        assert tiles.get("k") == 2

    def test_clear(self):
        tiles = cache.TileCache()
        tiles.set("k", 1)
        tiles.clear()
        assert tiles.get("k") is None


class TestArchiveCache:
    def test_put_get(self, s3):
        archive = cache.ArchiveCache(s3, "shore-cache")
        archive.put("s-1", {"volume": 12})
        assert archive.get("s-1") == {"volume": 12}

    def test_miss_is_none(self, s3):
        archive = cache.ArchiveCache(s3, "shore-cache")
        assert archive.get("s-404") is None

    def test_keys(self, s3):
        archive = cache.ArchiveCache(s3, "shore-cache")
        archive.put("b", 1)
        archive.put("a", 2)
        assert archive.keys() == ["a", "b"]

    def test_delete(self, s3):
        archive = cache.ArchiveCache(s3, "shore-cache")
        archive.put("a", 2)
        archive.delete("a")
        assert archive.keys() == []


class TestTTL:
    def test_hit(self):
        readings = cache.TTLCache(ttl=30)
        readings.set("spurn", 3.2)
        assert readings.get("spurn") == 3.2

    def test_expires(self):
        readings = cache.TTLCache(ttl=0.2)
        readings.set("spurn", 3.2)
        time.sleep(0.05)
        assert readings.get("spurn") is None

    def test_expired_after_ttl(self):
        readings = cache.TTLCache(ttl=0.05)
        readings.set("spurn", 3.2)
        time.sleep(0.1)
        assert readings.get("spurn") is None


class TestSnapshot:
    def test_tile_cache_snapshot(self):
        tiles = cache.TileCache()
        tiles.set("k", [1, 2])
        assert cache.restore(cache.snapshot(tiles)).get("k") == [1, 2]

    def test_dict_snapshot(self):
        assert cache.restore(cache.snapshot({"a": 1})) == {"a": 1}


class TestKeys:
    def test_key_stable(self):
        assert cache.cache_key("s-1", "spurn") == cache.cache_key("s-1", "spurn")

    def test_key_per_survey(self):
        assert cache.cache_key("s-1", "spurn") != cache.cache_key("s-2", "spurn")


class TestMemo:
    def test_station_name(self):
        assert cache.station_name("spurn") == "Spurn Point"

    def test_renamed_station(self):
        assert cache.station_name("blakeney") == "Blakeney Point"
        cache.rename_station("blakeney", "Blakeney National Nature Reserve")
        assert cache.station_name("blakeney") == "Blakeney National Nature Reserve"


class TestLoad:
    @pytest.mark.parametrize("users", [10, 50], ids=["10-users", "50-users"])
    def test_concurrent_reads(self, users):
        tiles = cache.TileCache()
        tiles.set("k", {"v": 1})
        results = []
        threads = [threading.Thread(target=lambda: results.append(tiles.get("k"))) for _ in range(users)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(results) == users
