import time

from kilnrow.glaze import PriceCache


class Loader:
    def __init__(self, prices):
        self.prices = dict(prices)
        self.calls = 0

    def __call__(self, glaze):
        self.calls += 1
        return self.prices[glaze]


def test_price_is_kept():
    loader = Loader({"celadon": 4})
    cache = PriceCache(loader, ttl=60)
    cache.price("celadon")
    cache.price("celadon")
    assert loader.calls == 1


def test_invalidate_reloads_new_price():
    loader = Loader({"Celadon": 4})
    cache = PriceCache(loader, ttl=60)
    assert cache.price("Celadon") == 4
    loader.prices["Celadon"] = 5
    cache.invalidate("Celadon")
    assert cache.price("Celadon") == 5


def test_price_reloads_after_ttl():
    loader = Loader({"shino": 7})
    cache = PriceCache(loader)
    cache.price("shino")
    loader.prices["shino"] = 8
    time.sleep(0.3)
    assert cache.price("shino") == 8
