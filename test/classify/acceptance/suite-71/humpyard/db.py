"""The waybill ledger in SQLite, through a small pool of connections."""
import queue
import sqlite3
import threading

from humpyard import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS waybills (id INTEGER PRIMARY KEY, wagon TEXT NOT NULL, destination TEXT NOT NULL,
                                     tonnes REAL NOT NULL);
CREATE TABLE IF NOT EXISTS moves (seq INTEGER PRIMARY KEY, wagon TEXT NOT NULL, track INTEGER NOT NULL);
"""


class PoolExhausted(Exception):
    pass


def connect(path, timeout=settings.LEDGER_TIMEOUT):
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=True)
    connection.executescript(SCHEMA)
    return connection


class Pool:
    def __init__(self, path, size=settings.POOL_SIZE):
        self.path = path
        self._free = queue.Queue()
        for _ in range(size):
            self._free.put(sqlite3.connect(path, timeout=settings.LEDGER_TIMEOUT, check_same_thread=False,
                                           isolation_level=None))
        with sqlite3.connect(path) as connection:
            connection.executescript(SCHEMA)

    def acquire(self):
        try:
            return self._free.get(timeout=settings.POOL_WAIT)
        except queue.Empty:
            raise PoolExhausted(f"no ledger connection free in {settings.POOL_WAIT} s") from None

    def release(self, connection):
        self._free.put(connection)


class Ledger:
    def __init__(self, pool):
        self.pool = pool

    def add_waybill(self, wagon, destination, tonnes):
        connection = self.pool.acquire()
        if tonnes <= 0:
            raise ValueError(f"waybill for {wagon} with {tonnes} t")
        connection.execute("INSERT INTO waybills (wagon, destination, tonnes) VALUES (?, ?, ?)",
                           (wagon, destination, tonnes))
        self.pool.release(connection)

    def count(self):
        connection = self.pool.acquire()
        try:
            return connection.execute("SELECT COUNT(*) FROM waybills").fetchone()[0]
        finally:
            self.pool.release(connection)

    def record_move(self, wagon, track):
        connection = self.pool.acquire()
        try:
            seq = connection.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM moves").fetchone()[0]
            threading.Event().wait(0.002)  # the move is checked against the track plan
            connection.execute("INSERT INTO moves (seq, wagon, track) VALUES (?, ?, ?)", (seq, wagon, track))
        finally:
            self.pool.release(connection)

    def tonnes_to(self, destination):
        connection = self.pool.acquire()
        try:
            row = connection.execute("SELECT SUM(tonnes) FROM waybills WHERE destination = ?",
                                     (destination,)).fetchone()
            return row[0]
        finally:
            self.pool.release(connection)


class Journal:
    """Each shift's moves, written through one connection the shift opens."""

    def __init__(self, path):
        self.connection = connect(path)

    def write_async(self, wagon, track):
        errors = []

        def write():
            try:
                self.connection.execute("INSERT INTO moves (wagon, track) VALUES (?, ?)", (wagon, track))
            except Exception as error:
                errors.append(error)

        thread = threading.Thread(target=write)
        thread.start()
        thread.join()
        if errors:
            raise errors[0]
