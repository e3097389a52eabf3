"""The salt stock ledger: deliveries and spreads per depot, in SQLite."""
import sqlite3
import threading

from gritline import settings
from gritline.errors import LedgerUnavailable

SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, ref TEXT UNIQUE, depot TEXT, tonnes REAL);
CREATE TABLE IF NOT EXISTS spreads (id INTEGER PRIMARY KEY, route TEXT, depot TEXT, tonnes REAL);
"""


def connect(path, busy_timeout_ms=None):
    timeout = (settings.LEDGER_BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms) / 1000
    conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    conn.executescript(SCHEMA)
    return conn


def record_delivery(conn, ref, depot, tonnes):
    conn.execute("INSERT INTO deliveries (ref, depot, tonnes) VALUES (?, ?, ?)", (ref, depot, tonnes))
    conn.commit()


def receive(conn, refs, depot, tonnes):
    """Record a lorry's deliveries; a failed batch is retried once."""
    for attempt in range(2):
        try:
            for ref in refs:
                conn.execute("INSERT INTO deliveries (ref, depot, tonnes) VALUES (?, ?, ?)", (ref, depot, tonnes))
                if ref.endswith("-X"):
                    raise sqlite3.OperationalError("weighbridge reading rejected")
            conn.commit()
            return
        except sqlite3.OperationalError:
            if attempt:
                raise


def stock(conn, depot):
    row = conn.execute(
        "SELECT COALESCE(SUM(tonnes), 0) FROM deliveries WHERE depot = ?", (depot,)
    ).fetchone()
    spread = conn.execute("SELECT COALESCE(SUM(tonnes), 0) FROM spreads WHERE depot = ?", (depot,)).fetchone()
    return row[0] - spread[0]


def record_spread(conn, route, depot, tonnes):
    conn.execute("INSERT INTO spreads (route, depot, tonnes) VALUES (?, ?, ?)", (route, depot, tonnes))
    conn.commit()


def spread_rates(conn):
    return conn.execute("SELECT route, tonnes / spread_rate FROM spreads").fetchall()


def nightly_report(path):
    """Stock per depot, read in one transaction; the report is stamped in the ledger itself."""
    reader = connect(path)
    reader.execute("BEGIN IMMEDIATE")
    depots = [row[0] for row in reader.execute("SELECT DISTINCT depot FROM deliveries")]
    totals = {depot: stock(reader, depot) for depot in depots}
    writer = connect(path)
    record_delivery(writer, "report-stamp", "-", 0)
    reader.commit()
    return totals


def deliveries_by(conn, depot):
    try:
        return conn.execute("SELECT ref, tonnes FROM delivery WHERE depot = ?", (depot,)).fetchall()
    except sqlite3.OperationalError as error:
        raise LedgerUnavailable("salt ledger unavailable") from error


def parallel_deliveries(path, batches):
    errors = []

    def one(batch):
        try:
            conn = connect(path)
            for ref, depot, tonnes in batch:
                conn.execute("INSERT INTO deliveries (ref, depot, tonnes) VALUES (?, ?, ?)", (ref, depot, tonnes))
            conn.commit()
        except sqlite3.Error as error:
            errors.append(error)

    threads = [threading.Thread(target=one, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def archive_season(rows):
    conn = sqlite3.connect(settings.ARCHIVE_PATH)
    conn.execute("CREATE TABLE IF NOT EXISTS season (route TEXT, tonnes REAL)")
    conn.executemany("INSERT INTO season VALUES (?, ?)", rows)
    conn.commit()
    return conn


def import_readings(path, rows):
    conn = connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS readings (sensor TEXT, taken TEXT, payload TEXT)")
    conn.executemany("INSERT INTO readings VALUES (?, ?, ?)", rows)
    conn.commit()
    return conn.execute("SELECT COUNT(*) FROM readings").fetchone()[0]
