"""Glaze stock per shelf (in Redis) and the price list kept in process."""
import threading
import time
from decimal import Decimal, ROUND_HALF_UP

from kilnrow import settings


class GlazeStock:
    def __init__(self, kv):
        self.kv = kv

    def receive(self, shelf, glaze, grams):
        return self.kv.hincrby(f"glaze:{shelf}", glaze, grams)

    def grams(self, shelf, glaze):
        value = self.kv.hget(f"glaze:{shelf}", glaze)
        return int(value or 0)

    def use(self, shelf, glaze, grams):
        left = self.grams(shelf, glaze)
        if grams > left:
            raise ValueError(f"only {left} g of {glaze} on {shelf}")
        return self.kv.hincrby(f"glaze:{shelf}", glaze, -grams)


class PriceCache:
    """Prices per 100 g, kept for settings.GLAZE_CACHE_TTL seconds."""

    def __init__(self, load, ttl=None):
        self.load = load
        self.ttl = settings.GLAZE_CACHE_TTL if ttl is None else ttl
        self._entries = {}
        self._lock = threading.Lock()

    def price(self, glaze):
        now = time.monotonic()
        entry = self._entries.get(glaze)
        if entry and now - entry[1] < self.ttl:
            return entry[0]
        value = self.load(glaze)
        self._entries[glaze] = (value, now)
        return value

    def invalidate(self, glaze):
        self._entries.pop(glaze.lower(), None)


def batch_cost(price_per_100g, grams):
    cost = Decimal(price_per_100g) * grams / 100
    return cost.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def mix_ratio(parts):
    total = sum(parts.values())
    return {name: round(part / total, 3) for name, part in parts.items()}
