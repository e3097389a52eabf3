"""Upload gateway: a blocking HTTP connection pool and a circuit breaker in front of the ingest API."""
import time

import urllib3


class CircuitOpen(Exception):
    """Raised while the breaker is open."""


class Breaker:
    def __init__(self, threshold=3, reset_after=30.0):
        self.threshold, self.reset_after = threshold, reset_after
        self.failures, self.opened_at = 0, None

    def call(self, fn, *args):
        if self.opened_at is not None:
            if time.monotonic() - self.opened_at < self.reset_after:
                raise CircuitOpen(f"ingest breaker open after {self.failures} failures")
            self.opened_at = None
        try:
            result = fn(*args)
        except Exception:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = time.monotonic()
            raise
        self.failures = 0
        return result


def ingest_pool(host, port, size=2):
    return urllib3.HTTPConnectionPool(host, port, maxsize=size, block=True, timeout=2.0, retries=False)


def upload(pool, body):
    response = pool.urlopen("POST", "/ingest", body=body, pool_timeout=0.3, preload_content=False)
    return response
