"""Cache backends, chosen by dotted module path in the settings (cache.backend)."""
import importlib


class MemoryBackend:
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def set(self, key, value):
        self.data[key] = value


def load_backend(path):
    module = importlib.import_module(path)
    return module.Backend()


def redis_backend(url):
    import redis  # optional: pip install reedbank[redis]
    return redis.Redis.from_url(url)
