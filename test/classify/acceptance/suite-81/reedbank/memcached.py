"""The memcached-protocol backend (reedbank.memcached): an in-process stand-in on CI."""


class Backend:
    def __init__(self):
        self.items = {}

    def get(self, key):
        return self.items.get(key)

    def set(self, key, value):
        self.items[key] = value
