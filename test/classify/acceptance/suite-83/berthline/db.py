import csv
import queue
import sqlite3

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS berths (id TEXT PRIMARY KEY, name TEXT NOT NULL, length_m REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS bookings (id INTEGER PRIMARY KEY, reference TEXT UNIQUE NOT NULL,"
    " berth_id TEXT NOT NULL, vessel TEXT NOT NULL, amount_pence INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS charges (id INTEGER PRIMARY KEY, reference TEXT NOT NULL, amount_pence INTEGER)",
]
# 0004_berth_draught.sql was written for 3.8 and never added here


class PoolExhausted(Exception):
    pass


def connect(path, timeout=5.0):
    connection = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    return connection


def migrate(connection):
    for statement in SCHEMA:
        connection.execute(statement)
    connection.commit()


def open_primary(settings):
    connection = connect(settings["database"]["path"])
    migrate(connection)
    return connection


def add_berth(connection, berth_id, name, length_m):
    connection.execute("INSERT INTO berths VALUES (?, ?, ?)", (berth_id, name, length_m))
    connection.commit()


def book(connection, reference, berth_id, vessel, amount_pence):
    connection.execute(
        "INSERT INTO bookings (reference, berth_id, vessel, amount_pence) VALUES (?, ?, ?, ?)",
        (reference, berth_id, vessel, amount_pence),
    )
    connection.commit()


def book_and_charge(connection, reference, berth_id, vessel, amount_pence, charge):
    book(connection, reference, berth_id, vessel, amount_pence)
    charge(reference, amount_pence)
    connection.execute("INSERT INTO charges (reference, amount_pence) VALUES (?, ?)", (reference, amount_pence))
    connection.commit()


def berths_for_draught(connection, draught_m):
    rows = connection.execute("SELECT id FROM berths WHERE draught_m >= ? ORDER BY id", (draught_m,))
    return [row["id"] for row in rows]


def reserve_berth(path, reference, berth_id):
    connection = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("UPDATE bookings SET berth_id = ? WHERE reference = ?", (berth_id, reference))
        connection.commit()
    finally:
        connection.close()


def import_berths(connection, csv_path):
    with open(csv_path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            add_berth(connection, row["id"], row["name"], int(row["length_m"]))


class Pool:
    def __init__(self, path, size, timeout):
        self.timeout = timeout
        self.size = size
        self.idle = queue.Queue()
        for _ in range(size):
            self.idle.put(connect(path))

    def acquire(self):
        try:
            return self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise PoolExhausted(f"no connection free after {self.timeout}s (pool_size={self.size})") from None

    def release(self, connection):
        self.idle.put(connection)
