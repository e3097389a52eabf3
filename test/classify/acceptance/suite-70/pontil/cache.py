import random
import time
from collections import OrderedDict

from pontil import settings
from pontil.network import Gallery


class RodStock:
    """Colour rods in stock per colour, cached in process."""

    def __init__(self, source):
        self.source = source
        self._cache = {}
        self.reads = 0

    def count(self, colour, diameter):
        key = diameter
        if key not in self._cache:
            self.reads += 1
            self._cache[key] = self.source[(colour, diameter)]
        return self._cache[key]


class Memo:
    def __init__(self, loader):
        self.loader = loader
        self._value = None

    def get(self):
        if self._value is None:
            self._value = self.loader()
        return self._value

    def restock(self, loader):
        self.loader = loader


class RodCache:
    def __init__(self):
        self.capacity = settings.studio()["rod_cache_size"]
        self._items = OrderedDict()

    def put(self, key, value):
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def __len__(self):
        return len(self._items)


class Warmer:
    """Pre-loads some colours at start-up so the first orders of the day are fast."""

    COLOURS = [
        "amber", "cobalt", "ruby", "opal", "jade", "topaz", "onyx", "pearl", "coral", "ivory",
        "teal", "plum", "saffron", "smoke", "aqua", "rose", "olive", "slate", "copper", "gold",
    ]

    def __init__(self):
        self.warm = set()

    def warm_up(self, count=10):
        self.warm.update(random.sample(self.COLOURS, count))


_CATALOGUE = None


def catalogue():
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = Gallery().catalogue()
    return _CATALOGUE


def timed(function):
    start = time.monotonic()
    value = function()
    return value, time.monotonic() - start
