"""A small pool of ledger connections, sized by CORDWOOD_POOL_SIZE."""
import queue

from cordwood import ledger, settings


class PoolExhausted(RuntimeError):
    pass


class Pool:
    def __init__(self, path, size=None):
        self.size = settings.pool_size() if size is None else size
        self.free = queue.Queue()
        for _ in range(self.size):
            self.free.put(ledger.connect(path))

    def acquire(self, timeout=0.2):
        try:
            return self.free.get(timeout=timeout)
        except queue.Empty:
            raise PoolExhausted(f"no ledger connection free within {timeout} s (pool of {self.size})")

    def release(self, conn):
        self.free.put(conn)

    def run(self, fn, *args):
        conn = self.acquire()
        try:
            return fn(conn, *args)
        finally:
            self.release(conn)
