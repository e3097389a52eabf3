"""In-process caches: glaze recipes, a TTL map of kiln readings, an LRU of price quotes, a remote cache client."""
import collections
import functools
import json
import os
import socket
import time

RECIPES = {
    "shino": {"flux": "nepheline syenite", "cone": 10},
    "tenmoku": {"flux": "whiting", "cone": 10},
    "celadon": {"flux": "custer feldspar", "cone": 9},
}
TAGS = {"celadon": {"glossy", "green", "reduction", "translucent", "crackle", "cone-9"}}


@functools.lru_cache(maxsize=64)
def glaze_recipe(name):
    return dict(RECIPES[name])


def set_recipe(name, recipe):
    RECIPES[name] = recipe


def tags(name):
    """A glaze's tags, as a set."""
    return TAGS[name]


def price_key(glaze, size_cm):
    return f"{glaze}{size_cm}"


class TTLMap:
    """Kiln readings kept `ttl` seconds: an entry put at t is gone from t + ttl on."""

    def __init__(self, ttl, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self.entries = {}

    def put(self, key, value):
        self.entries[key] = (self.clock(), value)

    def get(self, key):
        if key not in self.entries:
            return None
        stored, value = self.entries[key]
        if self.clock() - stored > self.ttl:
            del self.entries[key]
            return None
        return value


class LRU:
    """Price quotes, at most `size`; the least recently used goes first."""

    def __init__(self, size):
        self.size = size
        self.items = collections.OrderedDict()

    def __len__(self):
        return len(self.items)

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.size:
            self.items.popitem(last=True)

    def get(self, key):
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def recent(self):
        """Keys, the most recently used first."""
        return list(self.items)


class RemoteCache:
    """The studio's shared cache (a line protocol over TCP), at KILNYARD_CACHE_ADDR (host:port)."""

    def __init__(self):
        host, port = os.environ["KILNYARD_CACHE_ADDR"].rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=2)

    def get(self, key):
        self.sock.sendall(f"GET {key}\n".encode())
        return json.loads(self.sock.recv(65536) or b"null")
