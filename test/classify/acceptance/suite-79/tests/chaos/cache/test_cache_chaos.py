import time

import pytest

from kilnyard import cache


@pytest.fixture(scope="module")
def shelf():
    return cache.LRU(4)


@pytest.fixture
def remote():
    return cache.RemoteCache()


class TestRecipes:
    def test_recipe_lookup(self):
        assert cache.glaze_recipe("shino")["cone"] == 10

    def test_recipe_is_a_copy(self):
        recipe = cache.glaze_recipe("tenmoku")
        recipe["cone"] = 6
        assert cache.RECIPES["tenmoku"]["cone"] == 10

    def test_recipe_reflects_catalogue(self, monkeypatch):
        monkeypatch.setitem(cache.RECIPES, "shino", {"flux": "spodumene", "cone": 10})
        assert cache.glaze_recipe("shino")["flux"] == "spodumene"

    def test_recipe_updated(self):
        cache.glaze_recipe("celadon")
        cache.set_recipe("celadon", {"flux": "potash feldspar", "cone": 9})
        assert cache.glaze_recipe("celadon")["flux"] == "potash feldspar"

    def test_unknown_recipe(self):
        with pytest.raises(KeyError):
            cache.glaze_recipe("ash")

    def test_tags_listed(self):
        assert list(cache.tags("celadon")) == ["cone-9", "crackle", "glossy", "green", "reduction", "translucent"]

    def test_tags_contain_colour(self):
        assert "green" in cache.tags("celadon")


class TestPriceKeys:
    def test_price_keys_distinct(self):
        assert cache.price_key("tenmoku", 10) != cache.price_key("tenmoku1", 0)

    def test_price_key_stable(self):
        assert cache.price_key("shino", 20) == cache.price_key("shino", 20)


class TestReadings:
    def test_reading_served_within_ttl(self):
        readings = cache.TTLMap(ttl=30)
        readings.put("k1", 1180)
        assert readings.get("k1") == 1180

    def test_reading_gone_at_ttl(self):
        now = [100.0]
        readings = cache.TTLMap(ttl=30, clock=lambda: now[0])
        readings.put("k1", 1180)
        now[0] = 130.0
        assert readings.get("k1") is None

    def test_reading_gone_after_ttl_real_clock(self):
        readings = cache.TTLMap(ttl=0.5)
        readings.put("k2", 1222)
        time.sleep(0.1)
        assert readings.get("k2") is None

    def test_missing_reading(self):
        assert cache.TTLMap(ttl=30).get("k9") is None


class TestQuotes:
    def test_oldest_quote_evicted(self):
        quotes = cache.LRU(2)
        quotes.put("a", 1)
        quotes.put("b", 2)
        quotes.put("c", 3)
        assert quotes.get("a") is None
        assert quotes.get("c") == 3

    def test_recent_first(self):
        quotes = cache.LRU(3)
        for key in ("a", "b", "c"):
            quotes.put(key, key)
        quotes.get("a")
        assert quotes.recent() == ["a", "c", "b"]

    def test_shelf_fills(self, shelf):
        for key in ("jug", "bowl", "cup"):
            shelf.put(key, 12.5)
        assert len(shelf) == 3

    def test_shelf_starts_empty(self, shelf):
        assert len(shelf) == 0

    def test_get_refreshes(self):
        quotes = cache.LRU(5)
        quotes.put("a", 1)
        assert quotes.get("a") == 1


class TestRemote:
    def test_remote_recipe(self, remote):
        assert remote.get("recipe:shino") is not None

    def test_remote_address_setting(self, monkeypatch):
        monkeypatch.setenv("KILNYARD_CACHE_ADDR", "cache.kilnyard")
        with pytest.raises(ValueError):
            cache.RemoteCache()

    def test_remote_absent_setting(self, monkeypatch):
        monkeypatch.delenv("KILNYARD_CACHE_ADDR")
        with pytest.raises(KeyError):
            cache.RemoteCache()
