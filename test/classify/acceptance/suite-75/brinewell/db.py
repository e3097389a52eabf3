"""The harvest ledger in SQLite, a small connection pool, the retention purge."""
import datetime
import queue
import sqlite3

from brinewell import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS harvest (id INTEGER PRIMARY KEY, pan INTEGER, kg REAL, day TEXT);
CREATE TABLE IF NOT EXISTS sale (id INTEGER PRIMARY KEY, buyer TEXT, kg REAL);
"""
DEFAULT_RETENTION_DAYS = 0


class PoolExhausted(Exception):
    pass


def ledger_path():
    return settings.ROOT / settings.service()["service"]["database"]


def open_ledger(path=None):
    conn = sqlite3.connect(path or ledger_path())
    conn.executescript(SCHEMA)
    return conn


def open_tuned(path):
    timeout = settings.service()["service"]["busy_timeout_ms"] / 1000
    conn = sqlite3.connect(path, timeout=timeout)
    conn.executescript(SCHEMA)
    return conn


def open_autocommit(path):
    return sqlite3.connect(path, autocommit=True)


class Pool:
    def __init__(self, path, size=None):
        self.size = size or settings.service()["service"]["pool_size"]
        self.free = queue.Queue()
        for _ in range(self.size):
            self.free.put(sqlite3.connect(path, check_same_thread=False))

    def acquire(self, timeout=0.2):
        try:
            return self.free.get(timeout=timeout)
        except queue.Empty:
            raise PoolExhausted(f"no connection free in a pool of {self.size}") from None

    def release(self, conn):
        self.free.put(conn)


def record_harvest(conn, pan, kg):
    conn.execute("INSERT INTO harvest (pan, kg, day) VALUES (?, ?, ?)", (pan, kg, datetime.date.today().isoformat()))
    conn.commit()


def harvests_of_day(conn, day):
    return conn.execute("SELECT pan, kg FROM harvest WHERE day = ?", (day,)).fetchall()


def graded_harvests(conn):
    return conn.execute("SELECT pan, kg, grade FROM harvest").fetchall()


def purge(conn, days=DEFAULT_RETENTION_DAYS):
    cutoff = (datetime.date.today() - datetime.timedelta(days=days)).isoformat()
    conn.execute("DELETE FROM harvest WHERE day <= ?", (cutoff,))
    conn.commit()


def next_sale_id(conn):
    return conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sale").fetchone()[0]
