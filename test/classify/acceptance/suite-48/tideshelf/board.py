"""The price board: prices per species and market, memoised in process and shared through memcached."""
import decimal
import functools
import json

from tideshelf import cache

_memo = {}


class PriceBoard:
    def __init__(self, client=None, local=None):
        self.mc = client or cache.memcache_client()
        self.local = local or cache.LocalCache()

    def publish(self, market, prices):
        for species, price in prices.items():
            self.mc.set(f"price:{market}:{species}", str(price), expire=600, noreply=False)

    def price(self, market, species):
        raw = self.mc.get(f"price:{market}:{species}")
        return decimal.Decimal(raw.decode()) if raw else None

    def publish_board(self, market, board):
        self.mc.set(f"board:{market}", json.dumps(board), expire=600, noreply=False)

    def remember(self, market, species, price):
        self.local.set(f"price:{species}", str(price).encode())

    def recall(self, market, species):
        raw = self.local.get(f"price:{species}")
        return decimal.Decimal(raw.decode()) if raw else None

    def buyer_note(self, buyer, note):
        self.mc.set(f"note:{buyer}", note.encode(), expire=3600)


def last_price(board, market, species):
    key = (market, species)
    if key not in _memo:
        _memo[key] = board.price(market, species)
    return _memo[key]


def set_price(board, market, species, price):
    board.publish(market, {species: price})


def box_price(price_per_kg, kilos, discount):
    total = decimal.Decimal(price_per_kg) * kilos
    return (total * (1 - discount)).quantize(decimal.Decimal("0.01"))


@functools.lru_cache(maxsize=256)
def grade_prices(market, grades):
    return {grade: decimal.Decimal("1.00") + decimal.Decimal(rank) / 10 for rank, grade in enumerate(grades)}
