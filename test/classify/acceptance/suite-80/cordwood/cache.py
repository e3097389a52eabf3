"""Caches: prices and quotes in process, a shelf of stacks, a file cache of moisture readings, a dbm of tallies,
and the shared cache server over TCP."""
import dbm
import hashlib
import json
import os
import shelve
import socket
import time

from cordwood import ledger, settings

_prices = {}


PRICE_TABLE = {"oak": 310, "ash": 285, "birch": 260, "pine": 190}


def price_per_cord(species):
    if species not in _prices:
        _prices[species] = PRICE_TABLE[species]
    return _prices[species]


def set_price(species, amount):
    PRICE_TABLE[species] = amount


def clear_prices():
    _prices.clear()


class QuoteCache:
    """Quotes per (customer, species, cords)."""

    def __init__(self, quote_fn):
        self.quote_fn = quote_fn
        self.entries = {}
        self.misses = 0

    def quote(self, customer, species, cords):
        key = (customer, cords)
        if key not in self.entries:
            self.misses += 1
            self.entries[key] = self.quote_fn(species, cords)
        return self.entries[key]


class StackShelf:
    """Stacks pickled in a shelve file, by name."""

    def __init__(self, path):
        self.path = path

    def put(self, stack):
        with shelve.open(self.path) as shelf:
            shelf[stack.name] = stack

    def get(self, name):
        with shelve.open(self.path) as shelf:
            return shelf.get(name)

    def add_reading(self, name, percent):
        with shelve.open(self.path) as shelf:
            shelf[name].moisture.append(percent)

    def names(self):
        with shelve.open(self.path, flag="r") as shelf:
            return sorted(shelf.keys())


class ReadingCache:
    """Moisture readings cached as JSON files under a folder, for `ttl` seconds."""

    def __init__(self, folder, ttl=1.0):
        self.folder = folder
        self.ttl = ttl

    def _path(self, key):
        return os.path.join(self.folder, str(abs(hash(key))) + ".json")

    def put(self, key, value):
        os.makedirs(self.folder, exist_ok=True)
        with open(self._path(key), "w") as out:
            json.dump({"at": time.time(), "value": value}, out)

    def get(self, key):
        try:
            with open(self._path(key)) as handle:
                entry = json.load(handle)
        except FileNotFoundError:
            return None
        if time.time() - entry["at"] > self.ttl:
            return None
        return entry["value"]


class Tallies:
    """Loads delivered per driver, in a dbm file."""

    def __init__(self, path):
        self.path = path

    def add(self, driver, loads):
        with dbm.open(self.path, "c") as db:
            db[driver] = str(int(db.get(driver, b"0")) + loads)

    def get(self, driver):
        with dbm.open(self.path, "r") as db:
            return int(db.get(driver, b"0"))

    def set_raw(self, driver, loads):
        with dbm.open(self.path, "c") as db:
            db[driver] = loads


class Remote:
    """The shared cache server: one line `GET key` or `SET key value`, one line back."""

    def __init__(self, addr=None):
        self.addr = addr or settings.cache_addr()

    def _ask(self, line):
        with socket.create_connection(self.addr, timeout=1.0) as sock:
            sock.sendall(line.encode() + b"\n")
            return sock.makefile().readline().strip()

    def get(self, key):
        answer = self._ask(f"GET {key}")
        return None if answer == "" else answer

    def set(self, key, value):
        return self._ask(f"SET {key} {value}")


class StockCache:
    """Stack cords from the ledger, cached until invalidated."""

    def __init__(self, conn):
        self.conn = conn
        self.entries = {}

    def cords(self, name):
        if name not in self.entries:
            self.entries[name] = ledger.stack_cords(self.conn, name)
        return self.entries[name]

    def take(self, name, cords):
        self.conn.execute("UPDATE stacks SET cords = cords - ? WHERE name = ?", (cords, name))
        self.conn.commit()

    def customer_list(self, town):
        key = hashlib.sha1(town.encode()).hexdigest()
        if key not in self.entries:
            self.entries[key] = [row[0] for row in self.conn.execute("SELECT name FROM customers WHERE town = ?", (town,))]
        return self.entries[key]
