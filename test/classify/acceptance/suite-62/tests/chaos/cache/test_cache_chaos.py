import pytest

from tremorline import stations


@pytest.mark.chaos
class TestCache:
    def test_station_location(self):
        assert stations.location("TRM01") == (37.512, 22.341)

    def test_station_moved(self):
        stations.location("TRM03")
        stations.move("TRM03", 38.145, 21.902)
        assert stations.location("TRM03") == (38.145, 21.902)

    def test_picks_cached(self, pick_cache):
        pick_cache.set("event:41:picks", 6)
        assert int(pick_cache.get("event:41:picks")) == 6

    def test_pick_cache_expires(self, pick_cache):
        pick_cache.set("event:42:picks", 2, ex=60)
        assert pick_cache.ttl("event:42:picks") > 0
