"""The sales ledger: SQLAlchemy over SQLite, and the quay books over sqlite3."""
import sqlite3
import threading

import sqlalchemy
from sqlalchemy.pool import QueuePool

from tideshelf import settings


def engine(url=None):
    return sqlalchemy.create_engine(
        url or settings.LEDGER_URL, poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0, pool_timeout=0.5,
    )


SCHEMA = "CREATE TABLE IF NOT EXISTS sales (lot INTEGER, buyer TEXT, boxes INTEGER, price TEXT)"


def record_sales(eng, sales, workers):
    """Each worker records its share of the sales inside a transaction held until all are written."""
    with eng.begin() as conn:
        conn.execute(sqlalchemy.text(SCHEMA))
    barrier = threading.Barrier(workers, timeout=2)
    errors = []

    def work(share):
        try:
            with eng.begin() as conn:
                for lot, buyer, boxes, price in share:
                    conn.execute(sqlalchemy.text("INSERT INTO sales VALUES (:l, :b, :n, :p)"), {"l": lot, "b": buyer, "n": boxes, "p": price})
                barrier.wait()
        except Exception as error:  # noqa: BLE001 - reported to the caller
            errors.append(error)

    threads = [threading.Thread(target=work, args=(sales[i::workers],)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


class QuayBook:
    def __init__(self, path):
        self.path = path
        self.writer = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        self.writer.execute("CREATE TABLE IF NOT EXISTS landings (quay TEXT, boxes INTEGER)")

    def land(self, quay, boxes):
        self.writer.execute("BEGIN IMMEDIATE")
        self.writer.execute("INSERT INTO landings VALUES (?, ?)", (quay, boxes))
        self.audit(quay, boxes)
        self.writer.execute("COMMIT")

    def audit(self, quay, boxes):
        audit = sqlite3.connect(self.path, timeout=0.2)
        audit.execute("CREATE TABLE IF NOT EXISTS audit (quay TEXT, boxes INTEGER)")
        audit.execute("INSERT INTO audit VALUES (?, ?)", (quay, boxes))
        audit.commit()
