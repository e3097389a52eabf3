"""The booking desk's threads: a token refresher, a rate limiter, nonces."""
import threading
import time

from . import auth


class Refresher:
    def __init__(self, tenant="main"):
        self.tenant = tenant
        self.token = None
        self.expires = 0.0
        self.calls = 0
        self.lock = threading.Lock()

    def current(self):
        if time.time() >= self.expires:
            with self.lock:
                self.calls += 1
            token = auth.fetch_token(self.tenant)
            with self.lock:
                self.token, self.expires = token, time.time() + 600
        return self.token


class RateLimiter:
    def __init__(self, per_second):
        self.per_second = per_second
        self.window = int(time.time())
        self.used = 0

    def allow(self):
        now = int(time.time())
        if now != self.window:
            self.window, self.used = now, 0
        if self.used < self.per_second:
            used = self.used
            time.sleep(0)
            self.used = used + 1
            return True
        return False


def nonce():
    return f"n{time.time_ns() // 1_000_000}"


class Slots:
    def __init__(self, slots):
        self.free = list(slots)
        self.taken = {}
        self.lock = threading.Lock()

    def take(self, pilot):
        with self.lock:
            slot = self.free.pop(0)
            self.taken[slot] = pilot
            return slot
