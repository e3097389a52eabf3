import importlib
import json
import socket
import threading
from collections import OrderedDict


class CacheClient:
    """The session cache's line protocol: SET key value / GET key / DEL key."""

    def __init__(self, addr, timeout=1.0):
        host, _, port = addr.rpartition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.reader = self.sock.makefile("rb")

    def _call(self, *words):
        self.sock.sendall((" ".join(words) + "\r\n").encode())
        return self.reader.readline().decode().rstrip("\r\n")

    def set(self, key, value):
        return self._call("SET", key, value)

    def get(self, key):
        reply = self._call("GET", key)
        return None if reply == "NIL" else reply

    def delete(self, key):
        return self._call("DEL", key)

    def close(self):
        self.reader.close()
        self.sock.close()


class LocalCache:
    """The in-process LRU in front of the session cache."""

    def __init__(self, max_items=128, max_bytes=4096):
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.data = OrderedDict()
        self.size_bytes = 0
        self.hits = 0
        self.misses = 0
        self.lock = threading.Lock()

    def set(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        self.size_bytes += len(value)
        while len(self.data) > self.max_items or self.size_bytes > self.max_bytes:
            _, evicted = self.data.popitem(last=False)
            self.size_bytes -= len(evicted)

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def get_or_compute(self, key, compute):
        with self.lock:
            if key in self.data:
                self.hits += 1
                return self.data[key]
            self.misses += 1
            value = compute()
            self.set(key, value)
            return value

    def clear(self):
        self.data.clear()
        self.size_bytes = 0

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "items": len(self.data)}


DEFAULT_CACHE = LocalCache()


def berth_key(tenant, berth_id):
    return f"berth:{berth_id}"


def serialize_booking(booking):
    return json.dumps(booking)


def load_backend(settings):
    module_name, _, class_name = settings["cache"]["backend"].rpartition(".")
    module = importlib.import_module(module_name)
    return getattr(module, class_name)


class MemoryBackend:
    def __init__(self):
        self.data = {}
