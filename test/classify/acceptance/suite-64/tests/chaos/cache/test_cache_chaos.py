from concurrent.futures import ThreadPoolExecutor

import pytest

from tramyard import cache


@pytest.mark.chaos
class TestCache:
    def test_line_status_cached(self, line_cache):
        line_cache.set("line:L1", "good service")
        assert line_cache.get("line:L1") == b"good service"

    def test_line_status_expires(self, line_cache):
        line_cache.set("line:L2", "part suspended", ex=1)
        assert line_cache.ttl("line:L2") <= 1

    @pytest.mark.parametrize("users", [100], ids=lambda n: f"{n}-users")
    def test_line_cache_under_load(self, line_cache, users):
        for n in range(users):
            line_cache.get(f"line:L{n % 5}")

    @pytest.mark.parametrize("stop", ["S01", "S02", "S03"])
    def test_stop_names(self, stop):
        assert cache.stop_name(stop) == {"S01": "Depot Gate", "S02": "Market Cross", "S03": "Harbour"}[stop]

    def test_stop_renamed(self):
        cache.stop_name("S03")
        cache.rename_stop("S03", "Harbour Quay")
        assert cache.stop_name("S03") == "Harbour Quay"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_departures_under_load(self, users):
        departures = cache.Departures()
        with ThreadPoolExecutor(max_workers=max(1, min(users // 10, 16))) as executor:
            boards = list(executor.map(lambda n: departures.get("S05"), range(users)))
        assert len(boards) == users
        assert departures.fetches == 1

    def test_departures_cached(self):
        departures = cache.Departures()
        departures.get("S01")
        departures.get("S01")
        assert departures.fetches == 1

    def test_departures_expire(self):
        departures = cache.Departures(ttl=0.0)
        departures.get("S01")
        departures.get("S01")
        assert departures.fetches == 2

    @pytest.mark.parametrize("stop", [f"S{n:02d}" for n in range(1, 7)])
    def test_departures_per_stop(self, stop):
        assert cache.Departures().get(stop)[0].startswith(stop)

    def test_unknown_stop_raises(self):
        with pytest.raises(KeyError):
            cache.stop_name("S99")

    def test_cache_ttl_default(self):
        assert cache.Departures().ttl == 5.0
