"""The rope ledger in SQLite through a small pool, the archive and the reports database."""
import os
import sqlite3
import threading
from pathlib import Path

from ropewalk import settings


class PoolTimeout(Exception):
    pass


class Pool:
    def __init__(self, path, size, wait=0.5):
        self.path = str(path)
        self.size = size
        self.wait = wait
        self._slots = threading.Semaphore(size)

    def connect(self):
        if not self._slots.acquire(timeout=self.wait):
            raise PoolTimeout(f"no connection free within {self.wait}s (pool of {self.size})")
        return sqlite3.connect(self.path)

    def release(self, conn):
        conn.close()
        self._slots.release()


SCHEMA = """
create table if not exists ropes (id integer primary key, kind text not null, metres real not null, lay_mm real)
"""


def pool(name, folder):
    section = settings.databases()[name]
    return Pool(Path(folder) / section["path"], int(section["pool_size"]))


def migrate(conn):
    conn.executescript(SCHEMA)
    return conn


def add_rope(conn, kind, metres, lay_mm=None):
    cur = conn.execute("insert into ropes (kind, metres, lay_mm) values (?, ?, ?)", (kind, metres, lay_mm))
    conn.commit()
    return cur.lastrowid


def ropes_by_tension(conn, kn):
    return conn.execute("select id from ropes where tension_kn >= ?", (kn,)).fetchall()


def total_metres(conn, kind):
    row = conn.execute("select sum(metres) from ropes where kind = ?", (kind,)).fetchone()
    return row[0]


def reports_dsn():
    section = settings.databases()["reports"]
    return f"sqlite://{section['user']}:{section['password']}@{section['path']}"


def main_dsn():
    return os.environ["ROPEWALK_DB_URL"]


def record_migration(version):
    return settings.save_state({"migration": version})
