"""Tankers collecting from farms: the tanker's litres, transfers between tankers, the depot's collection book."""
import sqlite3
import threading
import time

import psycopg2

from milkrun import settings


def connect():
    return psycopg2.connect(settings.DATABASE_URL, connect_timeout=1)


class Tanker:
    def __init__(self, name, litres=0):
        self.name = name
        self.litres = litres
        self.lock = threading.Lock()

    def collect(self, litres, pause=0.0):
        current = self.litres
        time.sleep(pause)
        self.litres = current + litres


def transfer(source, target, litres):
    """Pumps milk from one tanker to the other, holding both tankers' locks."""
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            source.litres -= litres
            target.litres += litres


def open_book(path):
    conn = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT)
    conn.execute("CREATE TABLE IF NOT EXISTS collections (route TEXT, farm TEXT, day TEXT, litres INTEGER, "
                 "PRIMARY KEY (route, farm, day))")
    return conn


def record_collection(conn, route, farm, day, litres, send):
    """Writes a collection and sends it to the co-op; a send that times out is tried once more."""
    for attempt in range(2):
        conn.execute("INSERT INTO collections VALUES (?, ?, ?, ?)", (route, farm, day, litres))
        try:
            send(route, farm, litres)
            conn.commit()
            return attempt + 1
        except TimeoutError:
            continue
    conn.commit()
    return 2


def wait_for_tankers(threads, seconds):
    time.sleep(seconds)
